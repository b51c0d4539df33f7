package org.vpsim.core.ode;

/** A first-order ODE system y' = f(t, y), with inputs held by the implementation. */
public interface OdeSystem {
    int dimension();

    /** Writes f(t, y) into {@code yDot}; must not modify {@code y}. Time t is in the system's own unit. */
    void computeDerivatives(double t, double[] y, double[] yDot);

    /**
     * Called by {@link DormandPrince45} before the evaluations of each step it attempts (and of each short RK3/RK4
     * step) from {@code t} of length {@code h}: they come at t + c·h for the method's fixed fractions c, every one
     * a multiple of 1/90 (Dormand–Prince 1/5, 3/10, 4/5, 8/9, 1; RK3/RK4 1/2, 1). A system whose right-hand side
     * holds costly functions of time (exponentials of t) may work them out once per step from this and get the
     * stage values by multiplication. f must not depend on whether this was called; the default does nothing.
     */
    default void beginStep(double t, double h) {
    }
}
