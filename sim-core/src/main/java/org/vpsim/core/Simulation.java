package org.vpsim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A discrete-event simulation with hybrid (continuous + discrete) state. An object, not a global:
 * many simulations run in one JVM at once, each confined to one thread.
 *
 * <p>Events run in the total order (time, priority, sequence). Before the events at a time run,
 * every registered {@link ContinuousProcess} is advanced to that time with the inputs set by earlier
 * events (piecewise-constant inputs).
 */
public final class Simulation {
    private final PriorityQueue<Scheduled<?>> queue = new PriorityQueue<>();
    private final List<ContinuousProcess> processes = new ArrayList<>();
    private long nowMillis;
    private long nextSequence;
    private long eventsRun;

    /** Current simulated time, in milliseconds since the scenario start. */
    public long nowMillis() {
        return nowMillis;
    }

    /** Number of events dispatched so far. */
    public long eventsRun() {
        return eventsRun;
    }

    /** Registers continuous state; processes are advanced in registration order. */
    public void addContinuousProcess(ContinuousProcess process) {
        processes.add(Objects.requireNonNull(process, "process"));
    }

    /**
     * Schedules an event. Events may not be scheduled in the past.
     *
     * @throws IllegalArgumentException if {@code event.timeMillis()} is before {@link #nowMillis()}
     */
    public <E extends Event> void schedule(E event, EventHandler<? super E> handler) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(handler, "handler");
        if (event.timeMillis() < nowMillis) {
            throw new IllegalArgumentException("event " + event + " at " + event.timeMillis()
                    + " ms is before the current time " + nowMillis + " ms");
        }
        queue.add(new Scheduled<>(event, handler, nextSequence++));
    }

    /** Time of the next pending event, or {@link Long#MAX_VALUE} if none. */
    public long nextEventTimeMillis() {
        Scheduled<?> head = queue.peek();
        return head == null ? Long.MAX_VALUE : head.event.timeMillis();
    }

    /**
     * Runs every event with time &lt;= {@code endMillis} in order, then advances continuous state to
     * {@code endMillis}. Events after {@code endMillis} stay pending.
     */
    public void runUntil(long endMillis) {
        if (endMillis < nowMillis) {
            throw new IllegalArgumentException("endMillis " + endMillis + " is before now " + nowMillis);
        }
        while (!queue.isEmpty() && queue.peek().event.timeMillis() <= endMillis) {
            Scheduled<?> next = queue.poll();
            advanceContinuousTo(next.event.timeMillis());
            eventsRun++;
            next.dispatch(this);
        }
        advanceContinuousTo(endMillis);
    }

    private void advanceContinuousTo(long timeMillis) {
        if (timeMillis > nowMillis) {
            for (int i = 0; i < processes.size(); i++) {
                processes.get(i).advanceTo(timeMillis);
            }
            nowMillis = timeMillis;
        }
    }

    private static final class Scheduled<E extends Event> implements Comparable<Scheduled<?>> {
        final E event;
        final EventHandler<? super E> handler;
        final long sequence;

        Scheduled(E event, EventHandler<? super E> handler, long sequence) {
            this.event = event;
            this.handler = handler;
            this.sequence = sequence;
        }

        void dispatch(Simulation simulation) {
            handler.handle(event, simulation);
        }

        @Override
        public int compareTo(Scheduled<?> o) {
            int c = Long.compare(event.timeMillis(), o.event.timeMillis());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(event.priority(), o.event.priority());
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
