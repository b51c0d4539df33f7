package org.vpsim.patient.uva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.VirtualPatient;

/**
 * The memo of modal exponentials in {@link UvaPadovaExactInsulin}: what it holds is exactly what {@code Math.exp}
 * gives (so results are bit for bit those without it), and on what a study does — strokes every 1.5 min, a bolus
 * as strokes one second apart, a CGM reading every 5 min, an insulin-sensitivity change every 15 min, a meal eaten
 * minute by minute — most exponentials are found in it.
 */
class ExponentialMemoTest {
    private static final double STROKE_UNITS = 0.025;

    @Test
    void everyMemoisedExponentialIsBitForBitMathExpAndAStudyDayMostlyReusesThem() {
        UvaPadova2008Model model = UvaPadovaCohort.standard().patient("adult#001");
        UvaPadovaExactInsulin exact = (UvaPadovaExactInsulin) model.exactInsulinIntegrator(new DormandPrince45(
                VirtualPatient.GLUCOSE_ABSOLUTE_TOLERANCE, VirtualPatient.RELATIVE_TOLERANCE,
                VirtualPatient.MAX_STEP_MINUTES));
        double[] x = model.initialState();
        assertTrue(exact.restart(x, 0, ModelInputs.NONE));
        double nextStroke = 0;
        double sensitivity = 1.0;
        for (int minute = 0; minute < 1440; minute += 1) {
            boolean eating = minute >= 420 && minute < 430;
            boolean observe = minute % 5 == 0 || eating || minute == 430;
            if (observe) {
                exact.integrateTo(x, minute);
                if (minute % 15 == 0) {
                    sensitivity = sensitivity == 1.0 ? 1.1 : 1.0;
                }
                double carbs = eating ? 5.0 : 0.0;
                double dbar = minute >= 420 ? 1000.0 * 5.0 * Math.min(10, minute - 419) : 0.0;
                assertTrue(exact.restart(x, minute, new ModelInputs(carbs, 0, dbar, 1.0, sensitivity, 1.0, 1.0)));
            }
            for (; nextStroke < minute + 1; nextStroke += 1.5) {
                exact.addSubcutaneousInsulin(nextStroke, STROKE_UNITS);
            }
            if (minute == 420) {
                // A 1.5 U meal bolus: strokes one second apart after the basal stroke at this minute.
                for (int k = 1; k <= 60; k++) {
                    exact.addSubcutaneousInsulin(minute + k / 60.0, STROKE_UNITS);
                }
            }
        }
        exact.integrateTo(x, 1440);
        int filled = 0;
        for (int slot = 0; slot < UvaPadovaExactInsulin.memoSlots(); slot++) {
            double s = exact.memoisedArgument(slot);
            if (Double.isNaN(s)) {
                continue;
            }
            filled++;
            for (int m = 0; m < 6; m++) {
                assertEquals(Double.doubleToRawLongBits(Math.exp(exact.rate(m) * s)),
                        Double.doubleToRawLongBits(exact.memoisedExponential(slot, m)), "slot " + slot + " mode " + m);
            }
        }
        long hits = exact.memoHits();
        long misses = exact.memoMisses();
        System.out.printf("exponential memo over a study-like day: %d hits, %d misses (%.0f %%), %d slots filled%n",
                hits, misses, 100.0 * hits / (hits + misses), filled);
        assertTrue(filled > 0);
        assertTrue(hits > 2 * misses, hits + " hits, " + misses + " misses");
    }
}
