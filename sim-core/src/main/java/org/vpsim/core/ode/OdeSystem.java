package org.vpsim.core.ode;

/** A first-order ODE system y' = f(t, y), with inputs held by the implementation. */
public interface OdeSystem {
    int dimension();

    /** Writes f(t, y) into {@code yDot}; must not modify {@code y}. Time t is in the system's own unit. */
    void computeDerivatives(double t, double[] y, double[] yDot);
}
