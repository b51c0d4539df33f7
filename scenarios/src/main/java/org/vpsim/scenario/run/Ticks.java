package org.vpsim.scenario.run;

import java.util.function.LongConsumer;
import org.vpsim.core.Event;
import org.vpsim.core.EventHandler;
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

    /** Schedules {@code action} at start, start+every, … up to {@code last}, one pending event at a time. */
    static void repeating(Simulation sim, long start, long every, long last, int priority, LongConsumer action) {
        if (start <= last) {
            sim.schedule(new Tick(start, priority), new Repeating(every, last, action));
        }
    }

    /** Runs the action, then schedules itself again {@code every} ms later (one handler for the whole series). */
    private record Repeating(long every, long last, LongConsumer action) implements EventHandler<Tick> {
        @Override
        public void handle(Tick e, Simulation s) {
            action.accept(e.timeMillis());
            long next = e.timeMillis() + every;
            if (next <= last) {
                s.schedule(new Tick(next, e.priority()), this);
            }
        }
    }
}
