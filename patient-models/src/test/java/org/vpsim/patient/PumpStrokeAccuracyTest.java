package org.vpsim.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.ClassicalRungeKutta;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.patient.uva.UvaPadova2008Model;
import org.vpsim.patient.uva.UvaPadovaCohort;

/**
 * The default integrator under the input pattern a pump produces — 0.025 U impulses every few minutes for basal
 * and one second apart during a bolus, with the derivative carried across impulses and short intervals crossed
 * by single RK3/RK4 steps — against a 0.001-min fixed-step RK4 (error ~1e-12 relative) under the same impulses.
 */
class PumpStrokeAccuracyTest {
    private static final double STROKE_UNITS = 0.025;
    /**
     * Measured 1.2e-3 mg/dL (adolescent#006, 45 min into an 80 g meal), set by the integrator's absolute
     * tolerance (1e-4 state units); 1e-10/1e-10 tolerances bring it to 2e-6, so it is tolerance, not method.
     * DESIGN.md's requirement for reference parity is 0.1 mg/dL.
     */
    private static final double TOLERANCE_MG_DL = 5e-3;

    /** Event times (min) → action, for one pump-therapy day: basal strokes, three meals with stroke boluses. */
    private static TreeMap<Double, Runnable> pumpDay(VirtualPatient p) {
        TreeMap<Double, Runnable> events = new TreeMap<>();
        double basalPerMinute = p.basalInsulinUnitsPerHour() / 60.0;
        for (double t = STROKE_UNITS / basalPerMinute; t < 1440; t += STROKE_UNITS / basalPerMinute) {
            events.merge(t, () -> p.injectSubcutaneousInsulin(STROKE_UNITS), PumpStrokeAccuracyTest::both);
        }
        double[] mealMinutes = {420, 720, 1110};
        double[] mealGrams = {50, 70, 80};
        for (int m = 0; m < 3; m++) {
            double start = mealMinutes[m];
            int minutes = (int) Math.ceil(mealGrams[m] / 5);
            for (int k = 0; k < minutes; k++) {
                events.merge(start + k, () -> p.setCarbIntakeGramsPerMinute(5), PumpStrokeAccuracyTest::both);
            }
            events.merge(start + minutes, () -> p.setCarbIntakeGramsPerMinute(0), PumpStrokeAccuracyTest::both);
            long strokes = Math.round(mealGrams[m] / p.carbRatioGramsPerUnit() / STROKE_UNITS);
            for (int k = 0; k < strokes; k++) { // 1.5 U/min: one stroke per second
                events.merge(start + k / 60.0, () -> p.injectSubcutaneousInsulin(STROKE_UNITS),
                        PumpStrokeAccuracyTest::both);
            }
        }
        return events;
    }

    private static Runnable both(Runnable a, Runnable b) {
        return () -> {
            a.run();
            b.run();
        };
    }

    /** Plasma glucose every 5 minutes (mg/dL). */
    private static double[] run(VirtualPatient p) {
        double[] glucose = new double[289];
        TreeMap<Double, Runnable> events = pumpDay(p);
        for (int i = 0; i <= 288; i++) {
            events.merge(i * 5.0, () -> { }, PumpStrokeAccuracyTest::both);
        }
        for (Map.Entry<Double, Runnable> e : events.entrySet()) {
            p.advanceToMinute(e.getKey());
            e.getValue().run();
            double minute = e.getKey();
            if (minute % 5.0 == 0 && minute <= 1440) {
                glucose[(int) (minute / 5)] = p.plasmaGlucoseMgDl();
            }
        }
        return glucose;
    }

    @Test
    void aPumpDayOfStrokesMatchesFineRungeKutta() {
        double worst = 0;
        String worstPatient = "";
        for (String name : new String[] {"adult#001", "child#001", "adolescent#006"}) {
            UvaPadova2008Model model = UvaPadovaCohort.standard().patient(name);
            VirtualPatient adaptive = VirtualPatient.atSteadyState(model);
            VirtualPatient fine = new VirtualPatient(model, new ClassicalRungeKutta(0.001));
            double[] a = run(adaptive);
            double[] f = run(fine);
            assertEquals(fine.cumulativeInsulinUnits(), adaptive.cumulativeInsulinUnits(), 1e-12);
            for (int i = 0; i < a.length; i++) {
                double d = Math.abs(a[i] - f[i]);
                if (d > worst) {
                    worst = d;
                    worstPatient = name + " at minute " + i * 5;
                }
            }
        }
        System.out.printf("pump-stroke day: worst |DP45 - RK4(0.001)| %.2e mg/dL (%s)%n", worst, worstPatient);
        assertTrue(worst < TOLERANCE_MG_DL, worstPatient + ": " + worst + " mg/dL");
    }

    @Test
    void bolusStrokesAreCrossedByShortSteps() {
        // Guards the point of the short-interval path: a bolus's one-second intervals must not each cost a full
        // adaptive step. 200 strokes 1 s apart on top of a settled patient.
        UvaPadova2008Model model = UvaPadovaCohort.standard().patient("adult#001");
        DormandPrince45 dp = new DormandPrince45(VirtualPatient.ABSOLUTE_TOLERANCE, VirtualPatient.RELATIVE_TOLERANCE,
                VirtualPatient.MAX_STEP_MINUTES);
        VirtualPatient p = new VirtualPatient(model, dp);
        p.advanceToMinute(60);
        p.plasmaGlucoseMgDl();
        long before = dp.shortSteps();
        for (int k = 0; k < 200; k++) {
            p.advanceToMinute(60 + k / 60.0);
            p.injectSubcutaneousInsulin(STROKE_UNITS);
        }
        p.plasmaGlucoseMgDl();
        assertTrue(dp.shortSteps() - before >= 190, "short steps: " + (dp.shortSteps() - before));
    }
}
