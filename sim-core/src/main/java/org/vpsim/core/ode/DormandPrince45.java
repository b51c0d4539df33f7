package org.vpsim.core.ode;

/**
 * Adaptive Dormand–Prince 5(4) Runge–Kutta with FSAL and local extrapolation (Dormand &amp; Prince
 * 1980, "A family of embedded Runge–Kutta formulae", J. Comput. Appl. Math. 6(1):19–26; step-size
 * control as in Hairer, Nørsett &amp; Wanner, "Solving ODEs I", §II.4). This is the method behind
 * scipy's {@code dopri5}, which the reference implementation of the UVA/Padova model uses.
 *
 * <p>Hand-written rather than Commons Math's {@code DormandPrince54Integrator} because the simulation
 * calls it millions of times on short intervals: this version allocates nothing per call and
 * remembers the last accepted step size between calls. Tests compare it with Commons Math.
 * Not thread-safe: one instance per simulated patient.
 */
public final class DormandPrince45 implements OdeIntegrator {
    private static final double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private static final double A21 = 1.0 / 5;
    private static final double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private static final double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private static final double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561,
            A54 = -212.0 / 729;
    private static final double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247,
            A64 = 49.0 / 176, A65 = -5103.0 / 18656;
    private static final double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192,
            B5 = -2187.0 / 6784, B6 = 11.0 / 84;
    // Error coefficients: 5th-order minus embedded 4th-order weights.
    private static final double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920,
            E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;

    /**
     * An interval no longer than this fraction of the step the error control last chose is crossed by one
     * classical RK4 step instead of a DP45 step (4 evaluations instead of 6). Both are explicit Runge–Kutta
     * methods whose local error scales as h^5 on smooth solutions, so at h &lt;= H/16 the RK4 error is
     * about (1/16)^5 ≈ 1e-6 of the error DP45 was accepting at H; H is also inside both methods'
     * stability regions. Pump boluses (strokes one second apart) are the case this is for.
     */
    static final double SHORT_INTERVAL_FRACTION = 1.0 / 16;

    /**
     * An interval no longer than this fraction of the chosen step is crossed by Kutta's third-order method
     * (3 evaluations). Its local error is O(h^4): with the chosen step H limited by stability to |λ|H &lt;~ 3.3
     * for the fastest mode, |λ|h &lt;= 0.05 here and the error is below (0.05)^4/24 ≈ 3e-7 of that mode's
     * amplitude per step, decaying with the mode. Pump bolus strokes (1 s apart against minute-scale steps)
     * are this case.
     */
    static final double TINY_INTERVAL_FRACTION = 1.0 / 64;

    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final double maxStep;
    private double lastStep = Double.NaN;
    private long evaluations;
    private long acceptedSteps;
    private long rejectedSteps;
    private long shortSteps;

    private double[] k1 = new double[0];
    private double[] k2, k3, k4, k5, k6, k7, yNew, yTmp;

    /**
     * @param absoluteTolerance per-component absolute error tolerance (&gt; 0)
     * @param relativeTolerance per-component relative error tolerance (&gt;= 0)
     * @param maxStep           largest step allowed (&gt; 0), in the system's time unit
     */
    /**
     * Most steps (accepted or rejected) one call may take. A healthy patient model needs a few per minute;
     * absurd inputs (10^150 g of carbohydrate) drive the error control to ever smaller accepted steps, which
     * without this bound would never finish. 10^6 steps cost about a tenth of a second.
     */
    public static final long MAX_STEPS_PER_CALL = 1_000_000;

    public DormandPrince45(double absoluteTolerance, double relativeTolerance, double maxStep) {
        if (!(absoluteTolerance > 0)) {
            throw new IllegalArgumentException("absoluteTolerance must be > 0, got " + absoluteTolerance);
        }
        if (!(relativeTolerance >= 0)) {
            throw new IllegalArgumentException("relativeTolerance must be >= 0, got " + relativeTolerance);
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be > 0, got " + maxStep);
        }
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
        this.maxStep = maxStep;
    }

    /** Derivative evaluations so far (for benchmarks and convergence tests). */
    public long evaluations() {
        return evaluations;
    }

    public long acceptedSteps() {
        return acceptedSteps;
    }

    public long rejectedSteps() {
        return rejectedSteps;
    }

    /** Intervals crossed by one RK3 or RK4 step (see {@link #SHORT_INTERVAL_FRACTION}, {@link #TINY_INTERVAL_FRACTION}). */
    public long shortSteps() {
        return shortSteps;
    }

    @Override
    public void integrate(OdeSystem system, double t0, double[] y, double t1) {
        if (!(t1 - t0 > 0)) {
            return;
        }
        ensureCapacity(system.dimension());
        system.computeDerivatives(t0, y, k1);
        evaluations++;
        advance(system, t0, y, t1);
    }

    @Override
    public void integrate(OdeSystem system, double t0, double[] y, double t1, double[] yDot,
                          boolean derivativeKnown) {
        int n = system.dimension();
        ensureCapacity(n);
        if (derivativeKnown) {
            System.arraycopy(yDot, 0, k1, 0, n);
        } else {
            system.computeDerivatives(t0, y, k1);
            evaluations++;
        }
        if (t1 - t0 > 0) {
            advance(system, t0, y, t1);
        }
        System.arraycopy(k1, 0, yDot, 0, n);
    }

    /** Integrates from t0 to t1 &gt; t0 with k1 = f(t0, y) on entry; leaves k1 = f(t1, y(t1)) (FSAL). */
    private void advance(OdeSystem system, double t0, double[] y, double t1) {
        int n = system.dimension();
        if (!Double.isNaN(lastStep) && t1 - t0 <= lastStep * SHORT_INTERVAL_FRACTION) {
            shortStep(system, t0, y, t1 - t0, n);
            return;
        }
        double t = t0;
        double h = Double.isNaN(lastStep) ? initialStep(n, y) : lastStep;
        h = Math.min(h, maxStep);
        long steps = 0;
        while (t < t1) {
            if (++steps > MAX_STEPS_PER_CALL) {
                throw new IntegrationException(t, "step size collapsed (" + MAX_STEPS_PER_CALL
                        + " steps did not reach t=" + t1 + "; last h=" + h + ")");
            }
            if (t1 - t <= h * SHORT_INTERVAL_FRACTION) {
                // The remainder after full steps is a sliver: the same single step as a short interval.
                shortStep(system, t, y, t1 - t, n);
                return;
            }
            boolean last = false;
            if (t + h >= t1 || t + h * 1.000001 >= t1) {
                h = t1 - t;
                last = true;
            }
            double err = attemptStep(system, t, y, h, n);
            if (err <= 1.0) {
                acceptedSteps++;
                t = last ? t1 : t + h;
                System.arraycopy(yNew, 0, y, 0, n);
                double[] swap = k1;
                k1 = k7; // FSAL: the last stage is the first stage of the next step
                k7 = swap;
                double factor = err == 0 ? 5.0 : Math.min(5.0, Math.max(0.2, 0.9 * Math.pow(err, -0.2)));
                double next = Math.min(maxStep, h * factor);
                if (!last) {
                    lastStep = next;
                } else if (Double.isNaN(lastStep) || factor < 1) {
                    // A step only shortened to land on t1 says little; remember it only if it shrank.
                    lastStep = Double.isNaN(lastStep) ? next : Math.min(lastStep, next);
                }
                h = next;
            } else {
                rejectedSteps++;
                h = h * Math.max(0.1, 0.9 * Math.pow(err, -0.25));
                if (h < 1e-12 * Math.max(1.0, Math.abs(t))) {
                    throw new IntegrationException(t, "step size collapsed (h=" + h + ")");
                }
            }
        }
    }

    /** Crosses a short interval h (&lt;= lastStep/16) in one step: Kutta's RK3 when h &lt;= lastStep/64, else RK4. */
    private void shortStep(OdeSystem system, double t, double[] y, double h, int n) {
        shortSteps++;
        if (h <= lastStep * TINY_INTERVAL_FRACTION) {
            kutta3(system, t, y, h, n);
        } else {
            rungeKutta4(system, t, y, h, n);
        }
    }

    /**
     * One step of Kutta's third-order method (Hairer, Nørsett &amp; Wanner, "Solving ODEs I", Table II.1.1) from
     * (t, y) with k1 = f(t, y); then k1 = f(t + h, y). 3 evaluations.
     */
    private void kutta3(OdeSystem system, double t, double[] y, double h, int n) {
        final double[] s1 = k1, s2 = k2, s3 = k3, tmp = yTmp;
        double half = h / 2;
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + half * s1[i];
        }
        system.computeDerivatives(t + half, tmp, s2);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + h * (2 * s2[i] - s1[i]);
        }
        system.computeDerivatives(t + h, tmp, s3);
        double sixth = h / 6;
        for (int i = 0; i < n; i++) {
            y[i] += sixth * (s1[i] + 4 * s2[i] + s3[i]);
        }
        requireFinite(y, n, t, h);
        system.computeDerivatives(t + h, y, s1);
        evaluations += 3;
    }

    /** One classical RK4 step of length h from (t, y) with k1 = f(t, y); then k1 = f(t + h, y). 4 evaluations. */
    private void rungeKutta4(OdeSystem system, double t, double[] y, double h, int n) {
        ClassicalRungeKutta.step(system, t, y, h, n, k1, k2, k3, k4, yTmp);
        requireFinite(y, n, t, h);
        system.computeDerivatives(t + h, y, k1);
        evaluations += 4;
    }

    private static void requireFinite(double[] y, int n, double t, double h) {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IntegrationException(t, "non-finite state (h=" + h + ")");
            }
        }
    }

    private double attemptStep(OdeSystem system, double t, double[] y, double h, int n) {
        // Locals: the JIT then keeps the arrays and step-scaled coefficients in registers across the loops.
        final double[] s1 = k1, s2 = k2, s3 = k3, s4 = k4, s5 = k5, s6 = k6, tmp = yTmp, out = yNew;
        double a21 = h * A21;
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + a21 * s1[i];
        }
        system.computeDerivatives(t + C2 * h, tmp, s2);
        double a31 = h * A31, a32 = h * A32;
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + a31 * s1[i] + a32 * s2[i];
        }
        system.computeDerivatives(t + C3 * h, tmp, s3);
        double a41 = h * A41, a42 = h * A42, a43 = h * A43;
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + a41 * s1[i] + a42 * s2[i] + a43 * s3[i];
        }
        system.computeDerivatives(t + C4 * h, tmp, s4);
        double a51 = h * A51, a52 = h * A52, a53 = h * A53, a54 = h * A54;
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + a51 * s1[i] + a52 * s2[i] + a53 * s3[i] + a54 * s4[i];
        }
        system.computeDerivatives(t + C5 * h, tmp, s5);
        double a61 = h * A61, a62 = h * A62, a63 = h * A63, a64 = h * A64, a65 = h * A65;
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + a61 * s1[i] + a62 * s2[i] + a63 * s3[i] + a64 * s4[i] + a65 * s5[i];
        }
        system.computeDerivatives(t + h, tmp, s6);
        double b1 = h * B1, b3 = h * B3, b4 = h * B4, b5 = h * B5, b6 = h * B6;
        for (int i = 0; i < n; i++) {
            out[i] = y[i] + b1 * s1[i] + b3 * s3[i] + b4 * s4[i] + b5 * s5[i] + b6 * s6[i];
        }
        final double[] s7 = k7;
        system.computeDerivatives(t + h, out, s7);
        evaluations += 6;
        double e1 = h * E1, e3 = h * E3, e4 = h * E4, e5 = h * E5, e6 = h * E6, e7 = h * E7;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = e1 * s1[i] + e3 * s3[i] + e4 * s4[i] + e5 * s5[i] + e6 * s6[i] + e7 * s7[i];
            double scale = absoluteTolerance + relativeTolerance * Math.max(Math.abs(y[i]), Math.abs(out[i]));
            double r = e / scale;
            sum += r * r;
        }
        double err = Math.sqrt(sum / n);
        if (Double.isNaN(err)) {
            throw new IntegrationException(t, "non-finite state (h=" + h + ")");
        }
        return err;
    }

    /** Hairer–Wanner starting step heuristic (simplified: one evaluation already in k1). */
    private double initialStep(int n, double[] y) {
        double d0 = 0;
        double d1 = 0;
        for (int i = 0; i < n; i++) {
            double sc = absoluteTolerance + relativeTolerance * Math.abs(y[i]);
            d0 += (y[i] / sc) * (y[i] / sc);
            d1 += (k1[i] / sc) * (k1[i] / sc);
        }
        d0 = Math.sqrt(d0 / n);
        d1 = Math.sqrt(d1 / n);
        double h = (d0 < 1e-5 || d1 < 1e-5) ? 1e-3 : 0.01 * d0 / d1;
        return Math.min(h, maxStep);
    }

    private void ensureCapacity(int n) {
        if (k1.length != n) {
            k1 = new double[n];
            k2 = new double[n];
            k3 = new double[n];
            k4 = new double[n];
            k5 = new double[n];
            k6 = new double[n];
            k7 = new double[n];
            yNew = new double[n];
            yTmp = new double[n];
        }
    }
}
