package org.vpsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's queue against a reference: every dispatch must be the minimum by (time, priority,
 * insertion order) of what is pending, for random workloads with many ties, through capacity growth,
 * with events scheduled between runs and from handlers, across the whole int range of priorities, and
 * across renumbering of sequence numbers (forced often with a small sequence limit), and whatever the window
 * that splits the pending entries into the near and the far heap (a small window moves entries between them
 * at almost every step).
 */
class SimulationQueueTest {
    /** A pending event as the reference model sees it; {@code order} is the global insertion index. */
    private record Entry(long time, int priority, long order) {
    }

    private record Numbered(long timeMillis, int priority, long order) implements Event {
    }

    private static final Comparator<Entry> TOTAL_ORDER = Comparator.comparingLong(Entry::time)
            .thenComparingInt(Entry::priority).thenComparingLong(Entry::order);

    private static final int[] PRIORITIES = {
        Integer.MIN_VALUE, -1, 0, Priority.INPUT, Priority.OBSERVE, Priority.DECIDE, Priority.ACT, Priority.RECORD,
        Integer.MAX_VALUE - 1, Integer.MAX_VALUE};

    /** Pending events in the random workloads stay around this (a real run has 5–15; growth is tested above). */
    private static final int MAX_PENDING = 40;

    private static UniformRandomProvider rng(long seed) {
        return RandomSource.SPLIT_MIX_64.create(seed);
    }

    @Test
    void batchesOfRandomEventsRunInSortedOrder() {
        UniformRandomProvider rng = rng(20_241_123L);
        // Sizes around the initial capacity (16) and its doublings, and well beyond.
        for (int n : new int[] {1, 2, 3, 15, 16, 17, 31, 32, 33, 100, 1_000, 5_000}) {
            for (int repeat = 0; repeat < 5; repeat++) {
                Simulation sim = new Simulation();
                List<Entry> expected = new ArrayList<>();
                List<Long> ran = new ArrayList<>();
                // Few distinct times and priorities, so that ties on time and on (time, priority) abound.
                int timeRange = 1 + rng.nextInt(Math.max(1, n / 4));
                for (long i = 0; i < n; i++) {
                    long time = rng.nextInt(timeRange) * 1_000L;
                    int priority = PRIORITIES[rng.nextInt(PRIORITIES.length)];
                    expected.add(new Entry(time, priority, i));
                    sim.schedule(new Numbered(time, priority, i), (e, s) -> ran.add(e.order()));
                }
                expected.sort(TOTAL_ORDER);
                assertEquals(expected.get(0).time(), sim.nextEventTimeMillis(), "head time, n=" + n);
                sim.runUntil(timeRange * 1_000L);
                assertEquals(expected.stream().map(Entry::order).toList(), ran, "order, n=" + n);
                assertEquals(n, sim.eventsRun());
                assertEquals(Long.MAX_VALUE, sim.nextEventTimeMillis());
            }
        }
    }

    @Test
    void descendingSchedulingGrowsThePastInitialCapacityAndRunsAscending() {
        Simulation sim = new Simulation();
        List<Long> ran = new ArrayList<>();
        int n = 10_000;
        for (int i = n - 1; i >= 0; i--) {
            sim.schedule(new Numbered(i, Priority.INPUT, i), (e, s) -> ran.add(e.timeMillis()));
            assertEquals(i, sim.nextEventTimeMillis());
        }
        sim.runUntil(n / 2 - 1);
        assertEquals(n / 2, ran.size());
        assertEquals(n / 2, sim.nextEventTimeMillis());
        sim.runUntil(n);
        for (int i = 0; i < n; i++) {
            assertEquals(i, ran.get(i));
        }
    }

    @Test
    void extremePrioritiesOrderLikeInts() {
        Simulation sim = new Simulation();
        List<Integer> ran = new ArrayList<>();
        int[] priorities = {Integer.MAX_VALUE, Priority.RECORD, 0, Integer.MIN_VALUE, -1, Priority.INPUT,
            Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1};
        for (int p : priorities) {
            sim.schedule(new Numbered(42, p, 0), (e, s) -> ran.add(e.priority()));
        }
        sim.runUntil(42);
        assertEquals(List.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, Priority.INPUT, Priority.RECORD,
                Integer.MAX_VALUE - 1, Integer.MAX_VALUE), ran);
    }

    @Test
    void interleavedSchedulingAndRunningMatchesTheReference() {
        for (long seed = 1; seed <= 20; seed++) {
            runRandomWorkload(new Simulation(), seed, 5_000);
        }
    }

    @Test
    void orderSurvivesFrequentRenumberingOfSequences() {
        // A limit of 1 renumbers at every schedule; limits below the number pending renumber at every
        // schedule too; the larger ones renumber every so often with many ties pending.
        for (long limit : new long[] {1, 2, 3, 7, 16, 64, 1_000}) {
            for (long seed = 1; seed <= 5; seed++) {
                runRandomWorkload(new Simulation(limit), 1_000 * limit + seed, 2_000);
            }
        }
    }

    @Test
    void interleavedWorkloadsRunInTheSameOrderWhateverTheNearWindow() {
        // The workload schedules up to 1,250 ms ahead: windows from 1 ms to beyond that horizon.
        for (long window : new long[] {1, 2, 250, 251, 600, 1_000, 5_000}) {
            for (long seed = 1; seed <= 3; seed++) {
                runRandomWorkload(new Simulation(Simulation.SEQUENCE_LIMIT, window), 7_000 * window + seed, 3_000);
                runRandomWorkload(new Simulation(3, window), 9_000 * window + seed, 1_000);
            }
        }
    }

    @Test
    void eventsScheduledFarAheadRunInOrderAmongNearOnesWhateverTheNearWindow() {
        // A study's shape: thousands of one-offs scheduled at the start across its whole length (many ties on
        // time and priority), then a cycling event that reschedules itself every 300 ms, run in uneven steps.
        for (long window : new long[] {1, 300, 999, 86_400, Simulation.NEAR_WINDOW_MILLIS}) {
            UniformRandomProvider rng = rng(window);
            Simulation sim = new Simulation(Simulation.SEQUENCE_LIMIT, window);
            List<Entry> expected = new ArrayList<>();
            List<Long> ran = new ArrayList<>();
            long[] order = {0};
            for (int i = 0; i < 3_000; i++) {
                long time = rng.nextInt(2_000) * 300L;
                int priority = PRIORITIES[rng.nextInt(PRIORITIES.length)];
                long o = order[0]++;
                expected.add(new Entry(time, priority, o));
                sim.schedule(new Numbered(time, priority, o), (e, s) -> ran.add(e.order()));
            }
            long end = 2_000 * 300L;
            @SuppressWarnings("unchecked")
            EventHandler<Numbered>[] cycle = new EventHandler[1];
            cycle[0] = (e, s) -> {
                ran.add(e.order());
                long next = e.timeMillis() + 300;
                if (next < end) {
                    long o = order[0]++;
                    expected.add(new Entry(next, Priority.OBSERVE, o));
                    s.schedule(new Numbered(next, Priority.OBSERVE, o), cycle[0]);
                }
            };
            long first = order[0]++;
            expected.add(new Entry(0, Priority.OBSERVE, first));
            sim.schedule(new Numbered(0, Priority.OBSERVE, first), cycle[0]);
            for (long until = 0; until < end; until += 1 + rng.nextInt(5_000)) {
                sim.runUntil(until);
            }
            sim.runUntil(end);
            expected.sort(TOTAL_ORDER);
            assertEquals(expected.stream().map(Entry::order).toList(), ran, "window " + window);
            assertEquals(Long.MAX_VALUE, sim.nextEventTimeMillis());
        }
    }

    @Test
    void theNearWindowReachesEventsAtTheEndOfTime() {
        // The near heap's limit saturates at Long.MAX_VALUE rather than overflowing past it.
        for (long window : new long[] {1, 2, Simulation.NEAR_WINDOW_MILLIS, Long.MAX_VALUE}) {
            Simulation sim = new Simulation(Simulation.SEQUENCE_LIMIT, window);
            List<Long> ran = new ArrayList<>();
            sim.schedule(new Numbered(Long.MAX_VALUE, Priority.RECORD, 0), (e, s) -> ran.add(e.order()));
            sim.schedule(new Numbered(Long.MAX_VALUE, Priority.INPUT, 1), (e, s) -> ran.add(e.order()));
            sim.schedule(new Numbered(Long.MAX_VALUE - 1, Priority.RECORD, 2), (e, s) -> ran.add(e.order()));
            sim.schedule(new Numbered(5, Priority.RECORD, 3), (e, s) -> ran.add(e.order()));
            assertEquals(5, sim.nextEventTimeMillis());
            sim.runUntil(Long.MAX_VALUE);
            assertEquals(List.of(3L, 2L, 1L, 0L), ran, "window " + window);
            assertEquals(Long.MAX_VALUE, sim.nextEventTimeMillis());
        }
    }

    @Test
    void aNearWindowBelowOneMillisecondIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Simulation(Simulation.SEQUENCE_LIMIT, 0));
    }

    @Test
    void tiesScheduledAcrossARenumberingKeepTheirSchedulingOrder() {
        Simulation sim = new Simulation(4);
        List<Long> ran = new ArrayList<>();
        for (long i = 0; i < 50; i++) {
            sim.schedule(new Numbered(7, Priority.ACT, i), (e, s) -> ran.add(e.order()));
        }
        sim.runUntil(7);
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < 50; i++) {
            expected.add(i);
        }
        assertEquals(expected, ran);
    }

    /**
     * Random schedule/run operations: handlers schedule 0–3 follow-ups (some at the current time, so
     * in the same pass), and between runs events are scheduled from outside, up to about
     * {@link #MAX_PENDING} pending. Every dispatch is checked
     * against the minimum of the reference's pending set; the head time and counts after every run.
     */
    private static void runRandomWorkload(Simulation sim, long seed, int operations) {
        UniformRandomProvider rng = rng(seed);
        List<Entry> pending = new ArrayList<>();
        long[] order = {0};
        long[] dispatched = {0};
        boolean[] draining = {false};
        @SuppressWarnings("unchecked")
        EventHandler<Numbered>[] handler = new EventHandler[1];
        handler[0] = (e, s) -> {
            Entry min = pending.stream().min(TOTAL_ORDER).orElseThrow();
            assertEquals(min, new Entry(e.timeMillis(), e.priority(), e.order()), "seed " + seed);
            assertEquals(e.timeMillis(), s.nowMillis());
            pending.remove(min);
            dispatched[0]++;
            int children = draining[0] ? 0 : rng.nextInt(4);
            for (int c = 0; c < children && pending.size() < MAX_PENDING; c++) {
                schedule(s, rng, pending, order, handler[0], s.nowMillis());
            }
        };
        long end = 0;
        for (int op = 0; op < operations; op++) {
            if (rng.nextInt(3) == 0 || pending.size() >= MAX_PENDING) {
                end += rng.nextInt(3) * 500L; // sometimes 0: a repeated runUntil at the same time
                sim.runUntil(end);
                assertEquals(end, sim.nowMillis());
                long expectedHead = pending.stream().mapToLong(Entry::time).min().orElse(Long.MAX_VALUE);
                assertEquals(expectedHead, sim.nextEventTimeMillis(), "seed " + seed);
                assertTrue(expectedHead > end);
                assertEquals(dispatched[0], sim.eventsRun());
            } else {
                schedule(sim, rng, pending, order, handler[0], sim.nowMillis());
            }
        }
        draining[0] = true;
        sim.runUntil(Long.MAX_VALUE);
        assertTrue(pending.isEmpty(), "everything ran, seed " + seed);
        assertEquals(order[0], dispatched[0], "every scheduled event was dispatched once");
        assertEquals(order[0], sim.eventsRun());
    }

    private static void schedule(Simulation sim, UniformRandomProvider rng, List<Entry> pending, long[] order,
                                 EventHandler<Numbered> handler, long now) {
        // Times on a coarse grid near now (ties likely, including at now itself).
        long time = now + rng.nextInt(6) * 250L;
        int priority = PRIORITIES[rng.nextInt(PRIORITIES.length)];
        long o = order[0]++;
        pending.add(new Entry(time, priority, o));
        sim.schedule(new Numbered(time, priority, o), handler);
    }
}
