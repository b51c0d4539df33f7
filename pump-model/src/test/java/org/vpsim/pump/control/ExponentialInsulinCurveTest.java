package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExponentialInsulinCurveTest {
    private final ExponentialInsulinCurve curve = ExponentialInsulinCurve.rapidActingAdult();

    @Test
    void matchesLoopTestVectorsForPeak75Duration360() {
        // DESIGN.md "Verification": IOB fraction of the Loop/oref0 exponential model.
        assertEquals(0.92952, curve.fractionRemaining(30), 1e-5);
        assertEquals(0.77930, curve.fractionRemaining(60), 1e-5);
        assertEquals(0.44975, curve.fractionRemaining(120), 1e-5);
        assertEquals(0.20817, curve.fractionRemaining(180), 1e-5);
        assertEquals(0.07267, curve.fractionRemaining(240), 1e-5);
    }

    @Test
    void isOneAtTheDoseAndReachesZeroContinuouslyAtTheDuration() {
        assertEquals(1.0, curve.fractionRemaining(0), 1e-12);
        assertEquals(1.0, curve.fractionRemaining(-5), 0.0);
        assertEquals(0.0, curve.fractionRemaining(360 - 1e-6), 1e-12);
        assertEquals(0.0, curve.fractionRemaining(360), 0.0);
        assertEquals(0.0, curve.fractionRemaining(1000), 0.0);
    }

    @Test
    void activityPeaksAtThePeakTime() {
        // activity = -dIOB/dt; its maximum over a 0.5-min grid is at 75 min.
        double bestT = 0;
        double best = -1;
        for (double t = 0.5; t < 360; t += 0.5) {
            double activity = (curve.fractionRemaining(t - 0.25) - curve.fractionRemaining(t + 0.25)) / 0.5;
            if (activity > best) {
                best = activity;
                bestT = t;
            }
        }
        assertEquals(75.0, bestT, 0.5);
    }

    @Test
    void isMonotoneNonIncreasing() {
        double previous = 1.0;
        for (double t = 0; t <= 370; t += 0.25) {
            double f = curve.fractionRemaining(t);
            assertTrue(f <= previous + 1e-15, "at " + t);
            previous = f;
        }
    }

    @Test
    void refusesADurationNotAboveTwiceThePeak() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExponentialInsulinCurve(75, 150));
        assertTrue(e.getMessage().startsWith("durationMinutes: 150.0"), e.getMessage());
    }
}
