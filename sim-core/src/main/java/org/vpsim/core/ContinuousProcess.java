package org.vpsim.core;

/**
 * Continuous state advanced by the {@link Simulation} between events, with inputs held constant
 * over each interval (piecewise-constant inputs). Inputs change only inside event handlers.
 */
@FunctionalInterface
public interface ContinuousProcess {
    /**
     * Advances the continuous state from the last time it was advanced to {@code timeMillis}.
     * Called with non-decreasing times; a call with the current time is a no-op.
     */
    void advanceTo(long timeMillis);
}
