package org.vpsim.core;

/**
 * A small immutable value that happens at a point of simulated time. Implementations are records.
 *
 * <p>The order of events is total: (time, priority, sequence), where the sequence number is assigned
 * by the {@link Simulation} when the event is scheduled. See {@link Priority} for the documented
 * order of events that share a time.
 */
public interface Event {
    /** Milliseconds since the scenario start. */
    long timeMillis();

    /** Lower runs first among events at the same time; see {@link Priority}. */
    int priority();
}
