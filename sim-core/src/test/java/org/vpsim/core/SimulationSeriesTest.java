package org.vpsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Series ({@link Simulation#scheduleSeries}): one pending entry per train of occurrences, ordered exactly as an
 * event handler that reschedules itself as its last act, including the skip of the queue when the next occurrence
 * already comes first; and cancellation.
 */
class SimulationSeriesTest {
    private final Simulation sim = new Simulation();
    private final List<String> trace = new ArrayList<>();
    private final EventHandler<TestEvent> record = (e, s) -> trace.add(e.label() + "@" + e.timeMillis());

    @Test
    void aSeriesRunsAtTheTimesItReturnsUntilEnd() {
        Series series = sim.scheduleSeries(100, Priority.ACT, (t, s) -> {
            trace.add("s@" + t);
            assertEquals(t, s.nowMillis());
            return t < 400 ? t + 150 : SeriesHandler.END;
        });
        sim.runUntil(10_000);
        assertEquals(List.of("s@100", "s@250", "s@400"), trace);
        assertEquals(3, sim.eventsRun());
        assertFalse(series.active());
        assertEquals(Long.MAX_VALUE, sim.nextEventTimeMillis());
    }

    @Test
    void anOccurrenceComesAfterWhatItsPredecessorScheduledAtTheSameTimeAndPriority() {
        // The next occurrence takes its sequence number when the handler returns: the event the occurrence at 0
        // scheduled for 10 at the same priority runs first, and so does one scheduled from outside beforehand.
        sim.schedule(new TestEvent(10, Priority.ACT, "outside"), record);
        sim.scheduleSeries(0, Priority.ACT, (t, s) -> {
            trace.add("s@" + t);
            if (t == 0) {
                s.schedule(new TestEvent(10, Priority.ACT, "fromOccurrence"), record);
                return 10;
            }
            return SeriesHandler.END;
        });
        sim.runUntil(10);
        assertEquals(List.of("s@0", "outside@10", "fromOccurrence@10", "s@10"), trace);
    }

    @Test
    void theQueueSkipNeverOvertakesAnEventOfLowerPriorityValueAtTheSameTime() {
        // A 1-ms stroke train at ACT meets an INPUT event at 3 and a RECORD event at 3: INPUT before, RECORD after.
        sim.schedule(new TestEvent(3, Priority.RECORD, "record"), record);
        sim.schedule(new TestEvent(3, Priority.INPUT, "input"), record);
        sim.scheduleSeries(0, Priority.ACT, (t, s) -> {
            trace.add("stroke@" + t);
            return t < 5 ? t + 1 : SeriesHandler.END;
        });
        sim.runUntil(100);
        assertEquals(List.of("stroke@0", "stroke@1", "stroke@2", "input@3", "stroke@3", "record@3", "stroke@4",
                "stroke@5"), trace);
    }

    @Test
    void runUntilStopsAtItsEndEvenWhenTheSeriesWouldComeFirst() {
        sim.scheduleSeries(0, Priority.ACT, (t, s) -> {
            trace.add("s@" + t);
            return t + 1;
        });
        sim.runUntil(4);
        assertEquals(List.of("s@0", "s@1", "s@2", "s@3", "s@4"), trace);
        assertEquals(5, sim.nextEventTimeMillis(), "the next occurrence stays pending");
        assertEquals(4, sim.nowMillis());
        sim.runUntil(6);
        assertEquals(List.of("s@0", "s@1", "s@2", "s@3", "s@4", "s@5", "s@6"), trace);
    }

    @Test
    void anOccurrenceMayReturnItsOwnTimeAndRunsAgainAfterWhatIsAlreadyPendingThere() {
        sim.schedule(new TestEvent(0, Priority.ACT, "e"), record);
        sim.scheduleSeries(0, Priority.ACT, new SeriesHandler() {
            private int n;

            @Override
            public long run(long t, Simulation s) {
                trace.add("s" + n + "@" + t);
                return ++n < 3 ? t : SeriesHandler.END;
            }
        });
        sim.runUntil(0);
        assertEquals(List.of("e@0", "s0@0", "s1@0", "s2@0"), trace);
    }

    @Test
    void aCancelledSeriesIsDroppedWithoutRunningOrAdvancingContinuousState() {
        List<Long> advances = new ArrayList<>();
        sim.addContinuousProcess(advances::add);
        Series train = sim.scheduleSeries(100, Priority.ACT, (t, s) -> {
            trace.add("train@" + t);
            return t + 100;
        });
        sim.schedule(new TestEvent(250, Priority.INPUT, "cancel"), (e, s) -> {
            trace.add("cancel@" + e.timeMillis());
            train.cancel();
        });
        sim.schedule(new TestEvent(1_000, Priority.INPUT, "later"), record);
        assertEquals(100, sim.nextEventTimeMillis());
        sim.runUntil(260);
        assertFalse(train.active());
        assertEquals(1_000, sim.nextEventTimeMillis(), "the cancelled occurrence at 300 is not reported as next");
        sim.runUntil(2_000);
        assertEquals(List.of("train@100", "train@200", "cancel@250", "later@1000"), trace);
        assertEquals(List.of(100L, 200L, 250L, 260L, 1_000L, 2_000L), advances, "nothing advanced to 300");
        assertEquals(4, sim.eventsRun());
    }

    @Test
    void aSeriesCancelledFromItsOwnOccurrenceEndsThere() {
        Series[] self = new Series[1];
        self[0] = sim.scheduleSeries(0, Priority.ACT, (t, s) -> {
            trace.add("s@" + t);
            if (t == 20) {
                self[0].cancel(); // e.g. the stroke that empties the reservoir halts the basal train
            }
            return t + 10;
        });
        sim.runUntil(1_000);
        assertEquals(List.of("s@0", "s@10", "s@20"), trace);
        assertFalse(self[0].active());
        assertEquals(Long.MAX_VALUE, sim.nextEventTimeMillis());
    }

    @Test
    void aReplacedTrainRunsOnlyFromItsReplacement() {
        // The pump's re-plan on a rate change: cancel the pending train, start a new one at the new spacing.
        Series[] train = new Series[1];
        train[0] = sim.scheduleSeries(90, Priority.ACT, (t, s) -> {
            trace.add("old@" + t);
            return t + 90;
        });
        sim.schedule(new TestEvent(200, Priority.DECIDE, "replan"), (e, s) -> {
            trace.add("replan@" + e.timeMillis());
            train[0].cancel();
            train[0] = s.scheduleSeries(e.timeMillis() + 45, Priority.ACT, (t, s2) -> {
                trace.add("new@" + t);
                return t < 300 ? t + 45 : SeriesHandler.END;
            });
        });
        sim.runUntil(1_000);
        assertEquals(List.of("old@90", "old@180", "replan@200", "new@245", "new@290", "new@335"), trace);
    }

    @Test
    void schedulingASeriesInThePastOrReturningATimeInThePastIsRefused() {
        sim.runUntil(1_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.scheduleSeries(999, Priority.ACT, (t, s) -> SeriesHandler.END));
        assertTrue(e.getMessage().contains("999") && e.getMessage().contains("1000"), e.getMessage());
        sim.scheduleSeries(1_500, Priority.ACT, (t, s) -> t - 1);
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(2_000));
    }

    @Test
    void randomWorkloadsRunInTheOrderOfSelfReschedulingEvents() {
        for (long seed = 1; seed <= 30; seed++) {
            assertSameTrace(Workload.run(new Simulation(), seed, false), Workload.run(new Simulation(), seed, true),
                    "seed " + seed);
        }
    }

    @Test
    void randomWorkloadsKeepTheirOrderAcrossFrequentRenumberingOfSequences() {
        for (long limit : new long[] {1, 2, 5, 33}) {
            for (long seed = 1; seed <= 5; seed++) {
                assertSameTrace(Workload.run(new Simulation(), seed, false),
                        Workload.run(new Simulation(limit), seed, true), "limit " + limit + ", seed " + seed);
            }
        }
    }

    @Test
    void randomWorkloadsKeepTheirOrderWhateverTheNearWindow() {
        // Occurrences 0-3 ms apart: windows of 1-20 ms move series (cancelled ones too) between the near and the
        // far heap all the time, and the queue skip then compares with a head that has just come over.
        for (long window : new long[] {1, 2, 5, 20}) {
            for (long seed = 1; seed <= 5; seed++) {
                assertSameTrace(Workload.run(new Simulation(), seed, false),
                        Workload.run(new Simulation(Simulation.SEQUENCE_LIMIT, window), seed, true),
                        "window " + window + ", seed " + seed);
                assertSameTrace(Workload.run(new Simulation(), seed, false),
                        Workload.run(new Simulation(5, window), seed, true),
                        "window " + window + ", sequence limit 5, seed " + seed);
            }
        }
    }

    /** Equal traces; on failure the message shows where they part (a whole trace is thousands of entries). */
    private static void assertSameTrace(List<String> expected, List<String> actual, String what) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        if (i < expected.size() || i < actual.size()) {
            int from = Math.max(0, i - 5);
            throw new AssertionError(what + ": traces part at entry " + i + "; expected "
                    + expected.subList(from, Math.min(expected.size(), i + 5)) + " but was "
                    + actual.subList(from, Math.min(actual.size(), i + 5)));
        }
        assertTrue(expected.stream().filter(e -> e.startsWith("train")).count() > 5_000,
                what + ": a workload of some size");
    }

    /**
     * Eight trains with random spacing (0 to 3 ms, so ties and same-time repeats are common), random priorities,
     * random one-off events scheduled from the trains (some at the current time, some at a lower priority value
     * than the train's), random cancellations and re-starts of trains by other trains, and runUntil in random
     * steps; trains that ended or were cancelled start again between runs. The same seed drives a simulation whose trains are series and one whose trains are events that
     * reschedule themselves as their last act (a cancelled one ignored when it comes due, as the pump did with its
     * generation tokens); the traces must be equal.
     */
    private static final class Workload {
        private static final int[] PRIORITIES = {Priority.INPUT, Priority.OBSERVE, Priority.ACT, Priority.ACT,
            Priority.RECORD};
        private static final int TRAINS = 8;

        private final Simulation sim;
        private final UniformRandomProvider rng;
        private final boolean useSeries;
        private final List<String> trace = new ArrayList<>();
        private final Series[] series = new Series[TRAINS];
        private final int[] generation = new int[TRAINS];
        private final boolean[] running = new boolean[TRAINS];

        private record Tick(long timeMillis, int priority, int train, int generation) implements Event {
        }

        private Workload(Simulation sim, long seed, boolean useSeries) {
            this.sim = sim;
            this.rng = RandomSource.SPLIT_MIX_64.create(seed);
            this.useSeries = useSeries;
        }

        static List<String> run(Simulation sim, long seed, boolean useSeries) {
            Workload w = new Workload(sim, seed, useSeries);
            for (int i = 0; i < TRAINS; i++) {
                w.start(i, w.rng.nextInt(5));
            }
            long end = 0;
            while (end < 3_000) {
                end += w.rng.nextInt(4) * 7L;
                sim.runUntil(end);
                for (int i = 0; i < TRAINS; i++) {
                    if (!w.running[i]) { // a train that ended or was cancelled starts again, from outside
                        w.start(i, end + w.rng.nextInt(3));
                    }
                }
                // (not nextEventTimeMillis: the reference still holds the stale events of cancelled trains)
                w.trace.add("until " + end + " now " + sim.nowMillis());
            }
            return w.trace;
        }

        private void start(int train, long first) {
            generation[train]++;
            running[train] = true;
            int priority = PRIORITIES[rng.nextInt(PRIORITIES.length)];
            if (useSeries) {
                series[train] = sim.scheduleSeries(first, priority, (t, s) -> occur(train, t));
            } else {
                int g = generation[train];
                sim.schedule(new Tick(first, priority, train, g), this::onTick);
            }
        }

        private void cancel(int train) {
            running[train] = false;
            if (useSeries) {
                series[train].cancel();
            }
        }

        private void onTick(Tick e, Simulation s) {
            if (!running[e.train()] || e.generation() != generation[e.train()]) {
                return; // stale: a cancelled train's pending event
            }
            long next = occur(e.train(), e.timeMillis());
            if (next != SeriesHandler.END && running[e.train()] && e.generation() == generation[e.train()]) {
                s.schedule(new Tick(next, e.priority(), e.train(), e.generation()), this::onTick);
            }
        }

        /** One occurrence of a train: traced, may schedule one-offs, cancel or restart a train (itself too). */
        private long occur(int train, long t) {
            trace.add("train" + train + "@" + t + " now " + sim.nowMillis());
            int action = rng.nextInt(10);
            if (action == 0) {
                sim.schedule(new TestEvent(t + rng.nextInt(3), PRIORITIES[rng.nextInt(PRIORITIES.length)], "x"),
                        (e, s) -> trace.add("oneoff@" + e.timeMillis()));
            } else if (action == 1) {
                int other = rng.nextInt(TRAINS);
                cancel(other);
                if (rng.nextBoolean()) {
                    start(other, t + rng.nextInt(3));
                }
            } else if (action == 2 && rng.nextInt(4) == 0) {
                running[train] = false;
                return SeriesHandler.END;
            }
            return t + rng.nextInt(4);
        }
    }
}
