package org.vpsim.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.TestSystems.ExponentialDecay;
import org.vpsim.core.ode.TestSystems.HarmonicOscillator;
import org.vpsim.core.ode.TestSystems.LotkaVolterra;

class DormandPrince45Test {

    @Test
    void exponentialDecayMatchesClosedFormWithinTolerance() {
        ExponentialDecay decay = new ExponentialDecay(0.05);
        double[] y = {120.0};
        new DormandPrince45(1e-9, 1e-9, 10.0).integrate(decay, 0.0, y, 180.0);
        // Global error is a small multiple of the local tolerance for this non-stiff, contracting problem.
        assertEquals(decay.exact(120.0, 180.0), y[0], 1e-7);
    }

    @Test
    void harmonicOscillatorOverTenPeriodsMatchesClosedForm() {
        double omega = 2 * Math.PI;
        double[] y = {1.0, 0.0};
        new DormandPrince45(1e-10, 1e-10, 1.0).integrate(new HarmonicOscillator(omega), 0.0, y, 10.0);
        // After ten periods the state is back at (1, 0); phase error grows linearly, so allow 1e-7.
        assertEquals(1.0, y[0], 1e-7);
        assertEquals(0.0, y[1], 1e-7 * omega);
    }

    @Test
    void errorShrinksWithTheTolerance() {
        double omega = 1.0;
        double previous = Double.POSITIVE_INFINITY;
        for (double tol : new double[] {1e-4, 1e-6, 1e-8, 1e-10}) {
            double[] y = {1.0, 0.0};
            new DormandPrince45(tol, tol, 100.0).integrate(new HarmonicOscillator(omega), 0.0, y, 20.0);
            double error = Math.hypot(y[0] - Math.cos(20.0), y[1] + Math.sin(20.0));
            assertTrue(error < 100 * tol, "tol=" + tol + " error=" + error);
            // Tightening the tolerance 100x must cut the error by at least 30x (measured: ~100x, i.e.
            // global error ≈ 10 × tol, proportional as expected with local extrapolation).
            assertTrue(error < previous / 30, "tol=" + tol + " error=" + error + " previous=" + previous);
            previous = error;
        }
    }

    @Test
    void agreesWithCommonsMathDormandPrince54OnLotkaVolterra() {
        double t1 = 15.0;
        double[] ours = {10.0, 5.0};
        new DormandPrince45(1e-10, 1e-10, 1.0).integrate(new LotkaVolterra(), 0.0, ours, t1);

        LotkaVolterra lv = new LotkaVolterra();
        FirstOrderDifferentialEquations equations = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                lv.computeDerivatives(t, y, yDot);
            }
        };
        double[] theirs = {10.0, 5.0};
        new DormandPrince54Integrator(1e-12, 1.0, 1e-12, 1e-12).integrate(equations, 0.0, theirs, t1, theirs);

        for (int i = 0; i < 2; i++) {
            // Both run at 1e-10..1e-12; measured difference ~2e-9, bound is 100 × our tolerance.
            assertEquals(theirs[i], ours[i], 1e-8 * Math.max(1.0, Math.abs(theirs[i])), "component " + i);
        }
        // And the first integral of the system is conserved along our trajectory.
        assertEquals(LotkaVolterra.invariant(new double[] {10.0, 5.0}), LotkaVolterra.invariant(ours), 1e-7);
    }

    @Test
    void manyShortCallsEqualOneLongCallWithinTolerance() {
        // The simulation advances the patient between events that are minutes (or 100 ms) apart.
        double[] once = {10.0, 5.0};
        new DormandPrince45(1e-9, 1e-9, 1.0).integrate(new LotkaVolterra(), 0.0, once, 12.0);
        double[] pieces = {10.0, 5.0};
        DormandPrince45 dp = new DormandPrince45(1e-9, 1e-9, 1.0);
        double dt = 12.0 / 1000;
        for (int i = 0; i < 1000; i++) {
            dp.integrate(new LotkaVolterra(), i * dt, pieces, (i + 1) * dt);
        }
        for (int i = 0; i < 2; i++) {
            // Measured ~7e-8 at tol 1e-9: restarting 1000 times costs accuracy only at the tolerance level.
            assertEquals(once[i], pieces[i], 3e-7 * Math.max(1.0, Math.abs(once[i])), "component " + i);
        }
    }

    @Test
    void zeroLengthIntervalIsANoOp() {
        ExponentialDecay decay = new ExponentialDecay(1.0);
        DormandPrince45 dp = new DormandPrince45(1e-8, 1e-8, 1.0);
        double[] y = {3.0};
        dp.integrate(decay, 5.0, y, 5.0);
        assertEquals(3.0, y[0], 0.0);
        assertEquals(0, decay.evaluations);
        assertEquals(0, dp.evaluations());
        assertEquals(0, dp.acceptedSteps());
    }

    @Test
    void countsOneEvaluationPerCallPlusSixPerStepThanksToFsal() {
        ExponentialDecay decay = new ExponentialDecay(0.7);
        DormandPrince45 dp = new DormandPrince45(1e-8, 1e-8, 0.5);
        double[] y = {1.0};
        int calls = 5;
        for (int i = 0; i < calls; i++) {
            dp.integrate(decay, i, y, i + 1);
        }
        long attempts = dp.acceptedSteps() + dp.rejectedSteps();
        assertEquals(calls + 6 * attempts, dp.evaluations());
        assertEquals(dp.evaluations(), decay.evaluations);
        assertEquals(decay.exact(1.0, calls), y[0], 1e-7);
    }

    @Test
    void neverStepsFurtherThanMaxStep() {
        // A constant derivative has zero error estimate, so only maxStep limits the step.
        DormandPrince45 dp = new DormandPrince45(1e-6, 1e-6, 0.5);
        double[] y = {0.0};
        dp.integrate(TestSystems.quadrature(t -> 2.0), 0.0, y, 10.0);
        assertTrue(dp.acceptedSteps() >= 20, "accepted " + dp.acceptedSteps());
        assertEquals(20.0, y[0], 1e-12);
    }

    @Test
    void landsExactlyOnTheEndTime() {
        // y' = 1 integrates time itself: y(t1) - y(t0) must be t1 - t0, so the last step ends at t1.
        DormandPrince45 dp = new DormandPrince45(1e-6, 1e-6, 0.37);
        double[] y = {0.0};
        dp.integrate(TestSystems.quadrature(t -> 1.0), 0.0, y, 3.3);
        assertEquals(3.3, y[0], 1e-14);
    }

    @Test
    void nonFiniteDerivativesFailLoudlyNamingTheTime() {
        DormandPrince45 dp = new DormandPrince45(1e-6, 1e-6, 1.0);
        double[] y = {1.0};
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> dp.integrate(TestSystems.quadrature(t -> t > 2 ? Double.NaN : 1.0), 0.0, y, 5.0));
        assertTrue(ex.getMessage().contains("t="), ex.getMessage());
    }

    @Test
    void stepSizeCollapseFailsNamingTheTimeInsteadOfLooping() {
        // y' = 1e7 cos(1e7 t) needs steps of ~1e-8 to meet 1e-9 tolerances: 1e8 steps for one unit of time,
        // far above the per-call bound. The integrator must stop with the time, not grind for minutes.
        DormandPrince45 dp = new DormandPrince45(1e-9, 1e-9, 1.0);
        double[] y = {0.0};
        IntegrationException ex = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60),
                () -> assertThrows(IntegrationException.class,
                        () -> dp.integrate(TestSystems.quadrature(t -> 1e7 * Math.cos(1e7 * t)), 0.0, y, 1.0)));
        assertTrue(ex.getMessage().contains("step size collapsed"), ex.getMessage());
        assertTrue(ex.time() > 0 && ex.time() < 1.0, "stopped at t=" + ex.time());
    }

    @Test
    void constructorValidationNamesTheParameterAndValue() {
        assertMessage(() -> new DormandPrince45(0.0, 1e-6, 1.0), "absoluteTolerance", "0.0");
        assertMessage(() -> new DormandPrince45(Double.NaN, 1e-6, 1.0), "absoluteTolerance", "NaN");
        assertMessage(() -> new DormandPrince45(1e-6, -1e-6, 1.0), "relativeTolerance", "-1.0E-6");
        assertMessage(() -> new DormandPrince45(1e-6, Double.NaN, 1.0), "relativeTolerance", "NaN");
        assertMessage(() -> new DormandPrince45(1e-6, 1e-6, 0.0), "maxStep", "0.0");
        assertMessage(() -> new DormandPrince45(1e-6, 1e-6, -2.0), "maxStep", "-2.0");
        // Zero relative tolerance is legal (pure absolute control).
        new DormandPrince45(1e-6, 0.0, 1.0);
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable constructor, String field, String value) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, constructor);
        assertTrue(ex.getMessage().contains(field), ex.getMessage());
        assertTrue(ex.getMessage().contains(value), ex.getMessage());
    }

    @Test
    void manyShortIntervalsCrossedBySingleStepsAgreeWithTheClosedForm() {
        // A pump bolus: intervals of one second (1/60 min) after the controller has settled on
        // minute-scale steps. The single RK3/RK4 steps across them must keep the error at the tolerance's level.
        ExponentialDecay decay = new ExponentialDecay(0.05);
        DormandPrince45 dp = new DormandPrince45(1e-9, 1e-9, 10.0);
        double[] y = {120.0};
        double[] yDot = new double[1];
        dp.integrate(decay, 0.0, y, 30.0, yDot, false);
        double t = 30.0;
        for (int i = 0; i < 600; i++) {
            dp.integrate(decay, t, y, t + 1.0 / 60, yDot, true);
            t += 1.0 / 60;
        }
        assertTrue(dp.shortSteps() == 600, "short steps: " + dp.shortSteps());
        assertEquals(decay.exact(120.0, t), y[0], 1e-7);
        assertEquals(-0.05 * y[0], yDot[0], 1e-12, "yDot is f at the end");
    }

    @Test
    void aKnownDerivativeIsNotEvaluatedAgain() {
        ExponentialDecay decay = new ExponentialDecay(0.05);
        DormandPrince45 dp = new DormandPrince45(1e-9, 1e-9, 10.0);
        double[] y = {120.0};
        double[] yDot = new double[1];
        dp.integrate(decay, 0.0, y, 5.0, yDot, false);
        long afterFirst = dp.evaluations();
        long steps = dp.acceptedSteps() + dp.rejectedSteps();
        dp.integrate(decay, 5.0, y, 10.0, yDot, true);
        long second = dp.evaluations() - afterFirst;
        long secondSteps = dp.acceptedSteps() + dp.rejectedSteps() - steps;
        assertEquals(6 * secondSteps, second, "FSAL across calls: 6 evaluations per step, none at the start");
        assertEquals(decay.exact(120.0, 10.0), y[0], 1e-7);
    }
}
