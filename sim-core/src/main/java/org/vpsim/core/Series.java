package org.vpsim.core;

/**
 * A handle on a series scheduled with {@link Simulation#scheduleSeries}: lets its owner stop it. Confined to
 * the simulation's thread, like the simulation.
 */
public final class Series {
    final SeriesHandler handler;
    final int priority;
    boolean cancelled;
    boolean ended;

    Series(SeriesHandler handler, int priority) {
        this.handler = handler;
        this.priority = priority;
    }

    /**
     * Stops the series: no further occurrence runs. Called from the series' own occurrence, that occurrence
     * finishes and is the last, whatever time it returns. A no-op on a series that has ended.
     */
    public void cancel() {
        cancelled = true;
    }

    /** True until the series is cancelled or its handler returned {@link SeriesHandler#END}. */
    public boolean active() {
        return !cancelled && !ended;
    }

    /** Priority of every occurrence (see {@link Priority}). */
    public int priority() {
        return priority;
    }
}
