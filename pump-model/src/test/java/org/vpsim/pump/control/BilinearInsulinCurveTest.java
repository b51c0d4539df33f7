package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BilinearInsulinCurveTest {

    @Test
    void followsOref0QuadraticsAtThreeHours() {
        BilinearInsulinCurve curve = new BilinearInsulinCurve(180);
        assertEquals(1.0, curve.fractionRemaining(0), 1e-12);
        // Pre-peak at 75 min: x = 16, -0.001852*256 + 0.001852*16 + 1 = 0.55552
        assertEquals(0.55552, curve.fractionRemaining(75 - 1e-9), 1e-6);
        // Post-peak at 125 min: x = 10, 0.1323 - 0.54233 + 0.55556 = 0.14553
        assertEquals(0.14553, curve.fractionRemaining(125), 1e-6);
        assertEquals(0.0, curve.fractionRemaining(180), 0.0);
    }

    @Test
    void scalesTimeWithTheDuration() {
        BilinearInsulinCurve threeHours = new BilinearInsulinCurve(180);
        BilinearInsulinCurve fiveHours = new BilinearInsulinCurve(300);
        for (double t = 0; t <= 180; t += 7.5) {
            assertEquals(threeHours.fractionRemaining(t), fiveHours.fractionRemaining(t * 300 / 180), 1e-12);
        }
    }

    @Test
    void isMonotoneNonIncreasingUpToTheFittedQuadraticsEndWiggle() {
        // oref0's post-peak quadratic has its minimum at x = 20.5 (scaled 177.5 min; clamped at 0)
        // and rises to 0.00011 before the cut at 180 scaled minutes; kept as published.
        BilinearInsulinCurve curve = new BilinearInsulinCurve(240);
        double previous = 1.0;
        for (double t = 0; t <= 250; t += 0.25) {
            double f = curve.fractionRemaining(t);
            assertTrue(f <= previous + 1.2e-4, "at " + t);
            assertTrue(f >= 0.0, "at " + t);
            previous = f;
        }
    }
}
