package org.vpsim.core;

/**
 * The work of one occurrence of a {@link Series}: runs it and says when the next one is. A series is a
 * train of occurrences (pump strokes, sensor samples, output rows) that the {@link Simulation} holds as
 * one pending entry, with no event object per occurrence; see {@link Simulation#scheduleSeries}.
 */
@FunctionalInterface
public interface SeriesHandler {
    /** Returned by {@link #run} when the series has no further occurrence. */
    long END = Long.MIN_VALUE;

    /**
     * Runs the occurrence at {@code timeMillis} (the simulation's current time) and returns the time of the
     * next occurrence ({@code >= timeMillis}), or {@link #END}.
     */
    long run(long timeMillis, Simulation simulation);
}
