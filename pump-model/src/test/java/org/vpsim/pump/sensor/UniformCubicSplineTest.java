package org.vpsim.pump.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UniformCubicSplineTest {

    @Test
    void matchesScipyInterp1dCubicOnElevenKnots() {
        // Golden values from SciPy 1.17.1: interp1d(arange(11) * 15.0, y, kind="cubic")(x), the call
        // simglucose's CGMNoise makes; x here is in knot units (minutes / 15).
        double[] y = {3.1, -2.0, 0.5, 7.25, -4.0, 1.0, 0.0, 2.5, -6.0, 3.3, 1.7};
        double[][] golden = {
            {0, 3.1}, {5, 0.9923288377970512}, {10, -0.7950258186512481}, {20, -2.360529736904308},
            {37.5, 5.507948844808543}, {70, -1.196790396189021}, {100, 2.6176303205512816},
            {131, -0.09344906816487712}, {145, 6.403814728449607}, {150, 1.7},
        };
        UniformCubicSpline spline = new UniformCubicSpline(11);
        spline.fit(y);
        for (double[] point : golden) {
            assertEquals(point[1], spline.value(point[0] / 15.0), 1e-12, "at " + point[0] + " min");
        }
    }

    @Test
    void reproducesACubicPolynomialExactly() {
        // Not-a-knot splines reproduce cubics (a natural spline would not: its ends have y'' = 0).
        UniformCubicSpline spline = new UniformCubicSpline(11);
        double[] y = new double[11];
        for (int i = 0; i < 11; i++) {
            y[i] = cubic(i);
        }
        spline.fit(y);
        for (double x = 0; x <= 10; x += 0.125) {
            assertEquals(cubic(x), spline.value(x), 1e-9, "at x = " + x);
        }
    }

    private static double cubic(double x) {
        return 0.5 * x * x * x - 3 * x * x + 2 * x - 7;
    }
}
