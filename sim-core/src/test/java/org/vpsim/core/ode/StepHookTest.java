package org.vpsim.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link OdeSystem#beginStep}: {@link DormandPrince45} announces every step it attempts (DP45, and the short RK3 and
 * RK4 steps) before evaluating it, and every evaluation of that step comes at t + (k/90)·h for an integer k in
 * [0, 90], up to the rounding of the time itself; a system may rely on this to prepare time-dependent factors.
 */
class StepHookTest {
    /** y' = −y, recording whether each evaluation is on the announced step's 1/90 grid. */
    private static final class Recording implements OdeSystem {
        double stepStart = Double.NaN;
        double stepLength = Double.NaN;
        int steps;
        int evaluations;
        int announced;
        int offGrid;

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            yDot[0] = -y[0] + Math.sin(t);
            evaluations++;
            if (Double.isNaN(stepStart)) {
                return; // the first evaluation of a call, at its start
            }
            announced++;
            double k = Math.rint((t - stepStart) / stepLength * 90);
            double r = t - stepStart - k * stepLength / 90;
            if (!(k >= 0 && k <= 90 && Math.abs(r) <= 4 * Math.ulp(t))) {
                offGrid++;
            }
        }

        @Override
        public void beginStep(double t, double h) {
            stepStart = t;
            stepLength = h;
            steps++;
        }
    }

    @Test
    void everyStepIsAnnouncedAndEveryStageIsOnItsNinetiethGrid() {
        Recording system = new Recording();
        DormandPrince45 integrator = new DormandPrince45(1e-9, 1e-9, 5.0);
        double[] y = {1.0};
        double[] yDot = new double[1];
        boolean known = false;
        double t = 1e5 / 3; // far from zero: stage times carry rounding of their own
        // Long intervals (several DP45 steps, some rejected), then bolus-like slivers (RK3/RK4 steps).
        for (double dt : new double[] {30, 5, 5, 1.0 / 60, 1.0 / 60, 0.2, 5, 0.9, 1.0 / 600}) {
            integrator.integrate(system, t, y, t + dt, yDot, known);
            known = true;
            t += dt;
        }
        assertTrue(integrator.shortSteps() > 0, "RK3/RK4 steps exercised");
        assertTrue(integrator.rejectedSteps() + integrator.acceptedSteps() > 9, "several DP45 steps");
        assertEquals(integrator.acceptedSteps() + integrator.rejectedSteps() + integrator.shortSteps(), system.steps);
        assertEquals(0, system.offGrid, system.offGrid + " of " + system.announced + " evaluations off the grid");
        assertTrue(system.announced > 0);
    }
}
