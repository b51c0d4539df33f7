package org.vpsim.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.TestSystems.ExponentialDecay;
import org.vpsim.core.ode.TestSystems.HarmonicOscillator;

class ClassicalRungeKuttaTest {

    private static double decayError(double h) {
        ExponentialDecay decay = new ExponentialDecay(1.0);
        double[] y = {1.0};
        new ClassicalRungeKutta(h).integrate(decay, 0.0, y, 2.0);
        return Math.abs(y[0] - decay.exact(1.0, 2.0));
    }

    private static double oscillatorError(double h) {
        double omega = 2 * Math.PI;
        double[] y = {1.0, 0.0};
        // Over one full period the O(h^4) phase error dominates; at other end times it can partly cancel
        // with the O(h^5) amplitude error and the ratio approaches 16 only for much smaller h.
        new ClassicalRungeKutta(h).integrate(new HarmonicOscillator(omega), 0.0, y, 1.0);
        return Math.hypot(y[0] - 1.0, y[1]);
    }

    @Test
    void exponentialDecayMatchesClosedForm() {
        ExponentialDecay decay = new ExponentialDecay(0.05); // e.g. per minute
        double[] y = {120.0};
        new ClassicalRungeKutta(1.0).integrate(decay, 0.0, y, 180.0);
        // Local error of RK4 on y'=-ky is (kh)^5/120 per step relative; 180 steps at kh=0.05 → ~5e-9 relative.
        assertEquals(decay.exact(120.0, 180.0), y[0], 1e-8 * 120.0);
    }

    @Test
    void halvingTheStepDividesTheErrorBySixteen() {
        // Fourth order: e(h) ≈ C h^4, so e(h)/e(h/2) → 2^4 = 16 as h → 0.
        double[] steps = {0.1, 0.05, 0.025, 0.0125};
        for (int i = 0; i + 1 < steps.length; i++) {
            double ratio = decayError(steps[i]) / decayError(steps[i + 1]);
            assertEquals(16.0, ratio, 1.0, "decay, h=" + steps[i]);
            double oscRatio = oscillatorError(steps[i] / 4) / oscillatorError(steps[i + 1] / 4);
            assertEquals(16.0, oscRatio, 1.0, "oscillator, h=" + steps[i] / 4);
        }
    }

    @Test
    void harmonicOscillatorReturnsAfterOnePeriodWithTheKnownAmplitudeDamping() {
        double omega = 2 * Math.PI / 60.0; // one-hour period, time in minutes
        double h = 0.5;
        int steps = 120;
        double[] y = {1.0, 0.0};
        new ClassicalRungeKutta(h).integrate(new HarmonicOscillator(omega), 0.0, y, steps * h);
        // On y' = Ay one RK4 step is multiplication by R(hA), R(z) = 1 + z + z²/2 + z³/6 + z⁴/24; for the
        // oscillator's eigenvalues z = ±iθ, θ = ωh, |R(iθ)|² = 1 − θ⁶/72 + θ⁸/576 (Hairer & Wanner, Solving
        // ODEs II, §IV.2). So after N steps the amplitude is exactly |R(iθ)|^N: RK4 slowly damps oscillations.
        double theta = omega * h;
        double re = 1 - theta * theta / 2 + Math.pow(theta, 4) / 24;
        double im = theta - Math.pow(theta, 3) / 6;
        double expectedAmplitude = Math.pow(Math.hypot(re, im), steps);
        double amplitude = Math.hypot(y[0], y[1] / omega);
        assertEquals(expectedAmplitude, amplitude, 1e-13);
        assertTrue(amplitude < 1.0, "RK4 is dissipative on the imaginary axis");
        // Phase error per step is O(θ⁵); over one period the state is back at (1, 0) to ~1e-7.
        assertEquals(1.0, y[0], 1e-7);
        assertEquals(0.0, y[1] / omega, 1e-6);
    }

    @Test
    void cubicQuadratureIsExactInOneStep() {
        // RK4 reduces to Simpson's rule when f depends on t only; Simpson is exact for cubics.
        double[] y = {1.0};
        new ClassicalRungeKutta(10.0).integrate(TestSystems.quadrature(t -> 4 * t * t * t), 0.0, y, 2.0);
        assertEquals(17.0, y[0], 1e-14);
    }

    @Test
    void splitsTheIntervalIntoTheFewestEqualStepsNoLargerThanMaxStep() {
        ExponentialDecay decay = new ExponentialDecay(1.0);
        ClassicalRungeKutta rk = new ClassicalRungeKutta(0.3);
        rk.integrate(decay, 0.0, new double[] {1.0}, 1.0);
        assertEquals(4 * 4, decay.evaluations, "ceil(1.0/0.3) = 4 steps of 4 stages");
        decay.evaluations = 0;
        // 0.9/0.3 is 3.0000000000000004 in binary; the interval still needs only 3 steps.
        rk.integrate(decay, 0.0, new double[] {1.0}, 0.9);
        assertEquals(3 * 4, decay.evaluations);
    }

    @Test
    void manyShortCallsEqualOneLongCallWhenStepsAlign() {
        ExponentialDecay decay = new ExponentialDecay(0.3);
        ClassicalRungeKutta rk = new ClassicalRungeKutta(0.25);
        double[] once = {2.0};
        rk.integrate(decay, 0.0, once, 10.0);
        double[] pieces = {2.0};
        for (int i = 0; i < 40; i++) {
            rk.integrate(decay, i * 0.25, pieces, (i + 1) * 0.25);
        }
        assertEquals(once[0], pieces[0], 1e-15);
    }

    @Test
    void zeroLengthIntervalIsANoOp() {
        ExponentialDecay decay = new ExponentialDecay(1.0);
        double[] y = {3.0};
        new ClassicalRungeKutta(0.1).integrate(decay, 5.0, y, 5.0);
        assertEquals(3.0, y[0], 0.0);
        assertEquals(0, decay.evaluations);
    }

    @Test
    void tinyIntervalStillAdvancesTheState() {
        // An interval far below maxStep is one short step, not silently skipped.
        double[] y = {0.0};
        new ClassicalRungeKutta(1.0).integrate(TestSystems.quadrature(t -> 1.0), 0.0, y, 1e-13);
        assertEquals(1e-13, y[0], 1e-25);
    }

    @Test
    void reusesOneInstanceAcrossSystemsOfDifferentDimension() {
        ClassicalRungeKutta rk = new ClassicalRungeKutta(0.01);
        double[] osc = {1.0, 0.0};
        rk.integrate(new HarmonicOscillator(1.0), 0.0, osc, 1.0);
        double[] dec = {1.0};
        rk.integrate(new ExponentialDecay(1.0), 0.0, dec, 1.0);
        assertEquals(Math.cos(1.0), osc[0], 1e-10);
        assertEquals(Math.exp(-1.0), dec[0], 1e-10);
    }

    @Test
    void constructorRejectsNonPositiveOrNonFiniteMaxStep() {
        for (double bad : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                    () -> new ClassicalRungeKutta(bad));
            assertTrue(ex.getMessage().contains("maxStep"), ex.getMessage());
            assertTrue(ex.getMessage().contains(String.valueOf(bad)), ex.getMessage());
        }
    }

    @Test
    void nonFiniteStatesAndImpossibleStepCountsFailNamingTheTime() {
        ClassicalRungeKutta rk = new ClassicalRungeKutta(0.5);
        double[] y = {1.0};
        IntegrationException e = org.junit.jupiter.api.Assertions.assertThrows(IntegrationException.class,
                () -> rk.integrate(TestSystems.quadrature(t -> t > 2 ? Double.POSITIVE_INFINITY : 1.0), 0.0, y, 5.0));
        org.junit.jupiter.api.Assertions.assertEquals(2.5, e.time(), 1e-12);
        org.junit.jupiter.api.Assertions.assertThrows(IntegrationException.class,
                () -> new ClassicalRungeKutta(1e-300).integrate(TestSystems.quadrature(t -> 1.0), 0.0, new double[] {0}, 1.0));
    }
}
