package org.vpsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheduler's total order (time, priority, sequence) and its guard against scheduling in the past. */
class SimulationOrderingTest {
    private final Simulation sim = new Simulation();
    private final List<String> trace = new ArrayList<>();
    private final EventHandler<TestEvent> record = (e, s) -> trace.add(e.label());

    @Test
    void eventsRunInTimeOrderWhateverTheSchedulingOrder() {
        sim.schedule(new TestEvent(300, Priority.INPUT, "c"), record);
        sim.schedule(new TestEvent(100, Priority.RECORD, "a"), record);
        sim.schedule(new TestEvent(200, Priority.INPUT, "b"), record);
        sim.runUntil(1_000);
        assertEquals(List.of("a", "b", "c"), trace);
        assertEquals(3, sim.eventsRun());
    }

    @Test
    void atEqualTimeLowerPriorityValueRunsFirst() {
        sim.schedule(new TestEvent(500, Priority.RECORD, "record"), record);
        sim.schedule(new TestEvent(500, Priority.ACT, "act"), record);
        sim.schedule(new TestEvent(500, Priority.DECIDE, "decide"), record);
        sim.schedule(new TestEvent(500, Priority.OBSERVE, "observe"), record);
        sim.schedule(new TestEvent(500, Priority.INPUT, "input"), record);
        sim.runUntil(500);
        assertEquals(List.of("input", "observe", "decide", "act", "record"), trace);
    }

    @Test
    void documentedPriorityConstantsAreStrictlyIncreasing() {
        assertTrue(Priority.INPUT < Priority.OBSERVE);
        assertTrue(Priority.OBSERVE < Priority.DECIDE);
        assertTrue(Priority.DECIDE < Priority.ACT);
        assertTrue(Priority.ACT < Priority.RECORD);
    }

    @Test
    void tiesAtSameTimeAndPriorityRunInSchedulingOrder() {
        // Enough ties that a heap without a sequence tiebreak would almost surely reorder some.
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String label = "e" + i;
            expected.add(label);
            sim.schedule(new TestEvent(60_000, Priority.OBSERVE, label), record);
        }
        sim.runUntil(60_000);
        assertEquals(expected, trace);
    }

    @Test
    void totalOrderIsTimeThenPriorityThenSequence() {
        sim.schedule(new TestEvent(20, Priority.INPUT, "t20-input"), record);
        sim.schedule(new TestEvent(10, Priority.ACT, "t10-act#1"), record);
        sim.schedule(new TestEvent(10, Priority.INPUT, "t10-input"), record);
        sim.schedule(new TestEvent(10, Priority.ACT, "t10-act#2"), record);
        sim.schedule(new TestEvent(0, Priority.RECORD, "t0-record"), record);
        sim.runUntil(20);
        assertEquals(List.of("t0-record", "t10-input", "t10-act#1", "t10-act#2", "t20-input"), trace);
    }

    @Test
    void eventScheduledFromHandlerAtCurrentTimeRunsInTheSamePassInPriorityOrder() {
        // A controller (DECIDE) commands a pump (ACT) at the same instant; RECORD was already queued.
        sim.schedule(new TestEvent(1_000, Priority.RECORD, "record"), record);
        sim.schedule(new TestEvent(1_000, Priority.DECIDE, "decide"), (e, s) -> {
            trace.add(e.label());
            s.schedule(new TestEvent(s.nowMillis(), Priority.ACT, "act"), record);
        });
        sim.runUntil(1_000);
        assertEquals(List.of("decide", "act", "record"), trace);
        assertEquals(Long.MAX_VALUE, sim.nextEventTimeMillis(), "nothing left pending");
    }

    @Test
    void eventScheduledFromHandlerAtCurrentTimeWithEarlierPriorityRunsNextInTheSamePass() {
        // The priority of the running event has already passed; the new event is the queue head now,
        // so it runs immediately after, still before later-priority events at that time.
        sim.schedule(new TestEvent(1_000, Priority.RECORD, "record"), record);
        sim.schedule(new TestEvent(1_000, Priority.DECIDE, "decide"), (e, s) -> {
            trace.add(e.label());
            s.schedule(new TestEvent(s.nowMillis(), Priority.INPUT, "late input"), record);
        });
        sim.runUntil(1_000);
        assertEquals(List.of("decide", "late input", "record"), trace);
    }

    @Test
    void eventScheduledFromHandlerAtSameTimeAndPriorityRunsAfterAlreadyQueuedTies() {
        sim.schedule(new TestEvent(5, Priority.INPUT, "first"), (e, s) -> {
            trace.add(e.label());
            s.schedule(new TestEvent(5, Priority.INPUT, "spawned"), record);
        });
        sim.schedule(new TestEvent(5, Priority.INPUT, "second"), record);
        sim.runUntil(5);
        assertEquals(List.of("first", "second", "spawned"), trace);
    }

    @Test
    void handlerSeesNowEqualToItsEventTime() {
        List<Long> seen = new ArrayList<>();
        EventHandler<TestEvent> h = (e, s) -> seen.add(s.nowMillis() - e.timeMillis());
        sim.schedule(new TestEvent(7, Priority.INPUT, "a"), h);
        sim.schedule(new TestEvent(7_000, Priority.INPUT, "b"), h);
        sim.schedule(new TestEvent(SimTime.days(3), Priority.INPUT, "c"), h);
        sim.runUntil(SimTime.days(3));
        assertEquals(List.of(0L, 0L, 0L), seen);
    }

    @Test
    void schedulingInThePastThrowsNamingBothTimes() {
        sim.runUntil(10_000);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> sim.schedule(new TestEvent(9_999, Priority.INPUT, "late"), record));
        assertTrue(ex.getMessage().contains("9999"), ex.getMessage());
        assertTrue(ex.getMessage().contains("10000"), ex.getMessage());
        assertTrue(ex.getMessage().contains("before the current time"), ex.getMessage());
    }

    @Test
    void schedulingInThePastFromAHandlerThrows() {
        List<Throwable> caught = new ArrayList<>();
        sim.schedule(new TestEvent(100, Priority.INPUT, "a"), (e, s) -> {
            try {
                s.schedule(new TestEvent(99, Priority.INPUT, "past"), record);
            } catch (IllegalArgumentException ex) {
                caught.add(ex);
            }
        });
        sim.runUntil(200);
        assertEquals(1, caught.size());
        assertTrue(trace.isEmpty(), "the rejected event never runs");
    }

    @Test
    void schedulingAtTheCurrentTimeIsAllowed() {
        sim.runUntil(10_000);
        sim.schedule(new TestEvent(10_000, Priority.INPUT, "now"), record);
        sim.runUntil(10_000);
        assertEquals(List.of("now"), trace);
    }

    @Test
    void runUntilLeavesLaterEventsPendingAndRunsThemOnTheNextCall() {
        sim.schedule(new TestEvent(100, Priority.INPUT, "a"), record);
        sim.schedule(new TestEvent(200, Priority.INPUT, "b"), record);
        sim.schedule(new TestEvent(201, Priority.INPUT, "c"), record);
        sim.runUntil(200);
        assertEquals(List.of("a", "b"), trace, "an event exactly at the end time runs");
        assertEquals(200, sim.nowMillis());
        assertEquals(201, sim.nextEventTimeMillis());
        sim.runUntil(1_000);
        assertEquals(List.of("a", "b", "c"), trace);
        assertEquals(1_000, sim.nowMillis());
    }

    @Test
    void runUntilBeforeNowThrows() {
        sim.runUntil(500);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> sim.runUntil(499));
        assertTrue(ex.getMessage().contains("499"), ex.getMessage());
    }

    @Test
    void nullEventOrHandlerIsRejected() {
        assertThrows(NullPointerException.class, () -> sim.schedule(null, record));
        assertThrows(NullPointerException.class,
                () -> sim.schedule(new TestEvent(1, Priority.INPUT, "x"), null));
        assertThrows(NullPointerException.class, () -> sim.addContinuousProcess(null));
    }

    @Test
    void emptySimulationStartsAtZeroWithNothingPending() {
        assertEquals(0, sim.nowMillis());
        assertEquals(Long.MAX_VALUE, sim.nextEventTimeMillis());
        assertEquals(0, sim.eventsRun());
    }
}
