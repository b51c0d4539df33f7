package org.vpsim.patient.uva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.VirtualPatient;

/**
 * The stage exponentials of {@link UvaPadovaExactInsulin}, got per step by one exp per mode and products
 * ({@code beginStep}): at every Dormand–Prince and RK3/RK4 stage of steps of all sizes, from the origin and from
 * later in an interval, a year into a run (where the stage times carry rounding of their own), they agree with
 * {@code Math.exp} to rounding level (2e-14 relative: k·ulp of the step's factor, k ≤ 90).
 */
class StageExponentialsTest {
    private static final double[] FRACTIONS = {1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1.0, 0.5};

    @Test
    void stageExponentialsFromOneExpPerStepAgreeWithMathExpToRoundingLevel() {
        UvaPadova2008Model model = UvaPadovaCohort.standard().patient("adult#010"); // its closest pair of rates
        UvaPadovaExactInsulin exact = (UvaPadovaExactInsulin) model.exactInsulinIntegrator(new DormandPrince45(
                VirtualPatient.GLUCOSE_ABSOLUTE_TOLERANCE, VirtualPatient.RELATIVE_TOLERANCE,
                VirtualPatient.MAX_STEP_MINUTES));
        double worst = 0;
        int checked = 0;
        for (double origin : new double[] {0, 1440.0 * 365 + 7.0 / 3}) {
            double[] x = model.initialState();
            assertTrue(exact.restart(x, 0, ModelInputs.NONE));
            exact.integrateTo(x, origin);
            for (double offset : new double[] {0, 0.37, 2.5, 4.1}) {
                for (double h : new double[] {5.0, 0.9, 1.0 / 60, 3.3, 0.123456789}) {
                    double start = origin + offset;
                    for (double c : FRACTIONS) {
                        double t = c == 1.0 ? start + h : start + c * h;
                        double[] e = exact.stageExponentialsForTest(start, h, t);
                        for (int m = 0; m < 6; m++) {
                            double want = Math.exp(exact.rate(m) * (t - origin));
                            double relative = Math.abs(e[m] - want) / want;
                            worst = Math.max(worst, relative);
                            assertEquals(want, e[m], 2e-14 * want, "mode " + m + " at " + t + " step " + start + "+" + h);
                            checked++;
                        }
                    }
                }
            }
        }
        System.out.printf("stage exponentials from one exp per step: %d checked, worst relative error %.1e%n",
                checked, worst);
    }
}
