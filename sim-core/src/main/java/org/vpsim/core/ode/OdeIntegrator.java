package org.vpsim.core.ode;

/** Advances an {@link OdeSystem} in place from t0 to t1. Implementations are not thread-safe. */
public interface OdeIntegrator {
    /** Integrates {@code y} (modified in place) from {@code t0} to {@code t1 >= t0}. */
    void integrate(OdeSystem system, double t0, double[] y, double t1);

    /**
     * As {@link #integrate(OdeSystem, double, double[], double)}, carrying the derivative across calls:
     * if {@code derivativeKnown}, {@code yDot} holds f(t0, y) on entry and the integrator may use it
     * instead of evaluating f there; on exit {@code yDot} holds f(t1, y(t1)) in every case. A caller that
     * integrates interval after interval thus pays for f at each interval start only when it changed the
     * state or the system in between (and may even update {@code yDot} itself when it knows how f moved).
     * The default evaluates f afresh at both ends.
     */
    default void integrate(OdeSystem system, double t0, double[] y, double t1, double[] yDot,
                           boolean derivativeKnown) {
        integrate(system, t0, y, t1);
        system.computeDerivatives(Math.max(t0, t1), y, yDot);
    }
}
