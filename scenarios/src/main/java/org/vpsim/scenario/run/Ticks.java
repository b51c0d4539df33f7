package org.vpsim.scenario.run;

import java.util.function.LongConsumer;
import org.vpsim.core.Event;
import org.vpsim.core.SeriesHandler;
import org.vpsim.core.Simulation;

/** The plain timed events of one patient × arm, and repeating series of them. */
final class Ticks {
    private Ticks() {
    }

    /** An event that carries only its time and priority; the handler knows what to do. */
    record Tick(long timeMillis, int priority) implements Event {
    }

    /** Runs {@code action} once at {@code atMillis}. */
    static void once(Simulation sim, long atMillis, int priority, LongConsumer action) {
        sim.schedule(new Tick(atMillis, priority), (e, s) -> action.accept(e.timeMillis()));
    }

    /**
     * Runs {@code action} at start, start+every, … up to {@code last}: a kernel series (one queue entry, no event
     * object per occurrence), ordered as if each occurrence rescheduled itself after its action.
     */
    static void repeating(Simulation sim, long start, long every, long last, int priority, LongConsumer action) {
        if (start <= last) {
            sim.scheduleSeries(start, priority, new Repeating(every, last, action));
        }
    }

    /** Runs the action, then names the next time, {@code every} ms later, while it is not after {@code last}. */
    private record Repeating(long every, long last, LongConsumer action) implements SeriesHandler {
        @Override
        public long run(long timeMillis, Simulation s) {
            action.accept(timeMillis);
            long next = timeMillis + every;
            return next <= last ? next : END;
        }
    }
}
