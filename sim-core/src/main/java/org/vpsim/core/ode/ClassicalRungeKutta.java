package org.vpsim.core.ode;

/**
 * Classical fourth-order Runge–Kutta with a fixed maximum step (Butcher 2008, "Numerical Methods for
 * Ordinary Differential Equations", §2.3). The interval is split into the fewest equal steps no larger
 * than {@code maxStep}. Work arrays are reused; not thread-safe.
 */
public final class ClassicalRungeKutta implements OdeIntegrator {
    private final double maxStep;
    private double[] k1 = new double[0];
    private double[] k2;
    private double[] k3;
    private double[] k4;
    private double[] tmp;

    public ClassicalRungeKutta(double maxStep) {
        if (!(maxStep > 0) || Double.isInfinite(maxStep)) {
            throw new IllegalArgumentException("maxStep must be positive and finite, got " + maxStep);
        }
        this.maxStep = maxStep;
    }

    @Override
    public void integrate(OdeSystem system, double t0, double[] y, double t1) {
        double span = t1 - t0;
        if (span <= 0) {
            return;
        }
        int n = system.dimension();
        if (k1.length != n) {
            k1 = new double[n];
            k2 = new double[n];
            k3 = new double[n];
            k4 = new double[n];
            tmp = new double[n];
        }
        // At least one step: without the floor, a span below 1e-12 * maxStep gave 0 steps (y unchanged).
        double wanted = Math.ceil(span / maxStep - 1e-12);
        if (!(wanted <= Integer.MAX_VALUE)) {
            throw new IntegrationException(t0, "interval " + span + " needs more than " + Integer.MAX_VALUE
                    + " steps of " + maxStep);
        }
        int steps = Math.max(1, (int) wanted);
        double h = span / steps;
        for (int s = 0; s < steps; s++) {
            double t = t0 + s * h;
            system.computeDerivatives(t, y, k1);
            step(system, t, y, h, n, k1, k2, k3, k4, tmp);
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(y[i])) {
                    throw new IntegrationException(t + h, "non-finite state (h=" + h + ")");
                }
            }
        }
    }

    /**
     * One classical RK4 step of length {@code h} from (t, y), y updated in place; {@code k1} must hold f(t, y)
     * on entry. {@code k2}, {@code k3}, {@code k4} and {@code tmp} are scratch arrays of length &gt;= n.
     */
    static void step(OdeSystem system, double t, double[] y, double h, int n, double[] k1, double[] k2,
                     double[] k3, double[] k4, double[] tmp) {
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + 0.5 * h * k1[i];
        }
        system.computeDerivatives(t + 0.5 * h, tmp, k2);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + 0.5 * h * k2[i];
        }
        system.computeDerivatives(t + 0.5 * h, tmp, k3);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + h * k3[i];
        }
        system.computeDerivatives(t + h, tmp, k4);
        for (int i = 0; i < n; i++) {
            y[i] += h / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }
}
