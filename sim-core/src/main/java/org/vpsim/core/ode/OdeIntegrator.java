package org.vpsim.core.ode;

/** Advances an {@link OdeSystem} in place from t0 to t1. Implementations are not thread-safe. */
public interface OdeIntegrator {
    /** Integrates {@code y} (modified in place) from {@code t0} to {@code t1 >= t0}. */
    void integrate(OdeSystem system, double t0, double[] y, double t1);
}
