package org.vpsim.pump.sensor;

/**
 * Cubic spline interpolation through {@code n} knots at x = 0, 1, ..., n-1 with "not-a-knot" end
 * conditions (the third derivative is continuous at the second and the second-to-last knots, de Boor,
 * A Practical Guide to Splines, 1978, ch. IV). That is the spline SciPy's
 * {@code interp1d(kind="cubic")} fits (it delegates to {@code make_interp_spline(k=3)} whose default
 * boundary condition is not-a-knot), so the CGM noise is interpolated as simglucose 0.2.11 does.
 *
 * <p>Reusable and allocation-free after construction: {@link #fit(double[])} refits in O(n^2) with a
 * precomputed inverse (n is 11 for the CGM noise, so this is ~120 multiplications per 150 minutes).
 * Not thread-safe.
 */
final class UniformCubicSpline {
    private final int n;
    private final double[][] inverse;
    private final double[] y;
    private final double[] rhs;
    private final double[] secondDerivatives;

    UniformCubicSpline(int knotCount) {
        if (knotCount < 4) {
            throw new IllegalArgumentException("knotCount: " + knotCount + " is below 4, the minimum for a not-a-knot cubic");
        }
        this.n = knotCount;
        this.inverse = invert(systemMatrix(knotCount));
        this.y = new double[knotCount];
        this.rhs = new double[knotCount];
        this.secondDerivatives = new double[knotCount];
    }

    int knotCount() {
        return n;
    }

    /** Fits the spline through (i, values[i]); values are copied. */
    void fit(double[] values) {
        if (values.length != n) {
            throw new IllegalArgumentException("values.length: " + values.length + " is not " + n);
        }
        System.arraycopy(values, 0, y, 0, n);
        rhs[0] = 0.0;
        rhs[n - 1] = 0.0;
        for (int i = 1; i < n - 1; i++) {
            rhs[i] = 6.0 * (y[i - 1] - 2.0 * y[i] + y[i + 1]);
        }
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            double[] row = inverse[i];
            for (int j = 0; j < n; j++) {
                sum += row[j] * rhs[j];
            }
            secondDerivatives[i] = sum;
        }
    }

    /** The spline's value at x in [0, n-1]. */
    double value(double x) {
        if (!(x >= 0.0 && x <= n - 1)) {
            throw new IllegalArgumentException("x: " + x + " is outside [0, " + (n - 1) + "]");
        }
        int i = Math.min((int) x, n - 2);
        double s = x - i;
        double r = 1.0 - s;
        // Standard second-derivative form of a cubic on a unit interval.
        return r * y[i] + s * y[i + 1]
                + ((r * r * r - r) * secondDerivatives[i] + (s * s * s - s) * secondDerivatives[i + 1]) / 6.0;
    }

    /**
     * Equations for the knot second derivatives M (unit spacing): continuity of the first derivative
     * at interior knots, M[i-1] + 4 M[i] + M[i+1] = 6 (y[i-1] - 2 y[i] + y[i+1]); not-a-knot at both
     * ends, M[0] - 2 M[1] + M[2] = 0 and M[n-3] - 2 M[n-2] + M[n-1] = 0.
     */
    private static double[][] systemMatrix(int n) {
        double[][] a = new double[n][n];
        a[0][0] = 1.0;
        a[0][1] = -2.0;
        a[0][2] = 1.0;
        for (int i = 1; i < n - 1; i++) {
            a[i][i - 1] = 1.0;
            a[i][i] = 4.0;
            a[i][i + 1] = 1.0;
        }
        a[n - 1][n - 3] = 1.0;
        a[n - 1][n - 2] = -2.0;
        a[n - 1][n - 1] = 1.0;
        return a;
    }

    /** Gauss-Jordan elimination with partial pivoting; the matrix is small and well conditioned. */
    private static double[][] invert(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
            inv[i][i] = 1.0;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            t = inv[col];
            inv[col] = inv[pivot];
            inv[pivot] = t;
            double p = a[col][col];
            for (int j = 0; j < n; j++) {
                a[col][j] /= p;
                inv[col][j] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0.0) {
                    double f = a[r][col];
                    for (int j = 0; j < n; j++) {
                        a[r][j] -= f * a[col][j];
                        inv[r][j] -= f * inv[col][j];
                    }
                }
            }
        }
        return inv;
    }
}
