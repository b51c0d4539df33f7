package org.vpsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hybrid stepping: continuous processes are advanced to each event time before the event runs. */
class SimulationContinuousProcessTest {
    private final Simulation sim = new Simulation();
    private final List<String> trace = new ArrayList<>();

    /** Records every time it is advanced to, in the shared trace. */
    private ContinuousProcess recorder(String name, List<Long> times) {
        return t -> {
            times.add(t);
            trace.add(name + "@" + t);
        };
    }

    @Test
    void processesAreAdvancedToEachEventTimeBeforeTheEventRuns() {
        List<Long> times = new ArrayList<>();
        sim.addContinuousProcess(recorder("ode", times));
        EventHandler<TestEvent> h = (e, s) -> trace.add(e.label() + "@" + s.nowMillis());
        sim.schedule(new TestEvent(1_000, Priority.INPUT, "meal"), h);
        sim.schedule(new TestEvent(5_000, Priority.OBSERVE, "cgm"), h);
        sim.runUntil(10_000);
        assertEquals(List.of("ode@1000", "meal@1000", "ode@5000", "cgm@5000", "ode@10000"), trace);
        assertEquals(List.of(1_000L, 5_000L, 10_000L), times);
    }

    @Test
    void runUntilAdvancesProcessesToTheEndTimeEvenWithoutEvents() {
        List<Long> times = new ArrayList<>();
        sim.addContinuousProcess(recorder("ode", times));
        sim.runUntil(SimTime.hours(2));
        assertEquals(List.of(SimTime.hours(2)), times);
        assertEquals(SimTime.hours(2), sim.nowMillis());
    }

    @Test
    void noAdvanceCallForZeroLengthIntervals() {
        List<Long> times = new ArrayList<>();
        sim.addContinuousProcess(recorder("ode", times));
        EventHandler<TestEvent> noop = (e, s) -> { };
        // Events at t = 0 (the start), three events sharing t = 300, and an end time equal to the last event.
        sim.schedule(new TestEvent(0, Priority.INPUT, "start"), noop);
        sim.schedule(new TestEvent(300, Priority.INPUT, "a"), noop);
        sim.schedule(new TestEvent(300, Priority.DECIDE, "b"), noop);
        sim.schedule(new TestEvent(300, Priority.RECORD, "c"), noop);
        sim.runUntil(300);
        sim.runUntil(300);
        assertEquals(List.of(300L), times);
    }

    @Test
    void eventsAtOneTimeAllSeeTheStateAdvancedOnce() {
        // A ramp x(t) = t stands in for an ODE; each event reads x at its own time.
        long[] state = {0};
        sim.addContinuousProcess(t -> state[0] = t);
        List<Long> seen = new ArrayList<>();
        EventHandler<TestEvent> read = (e, s) -> seen.add(state[0]);
        sim.schedule(new TestEvent(400, Priority.OBSERVE, "sensor"), read);
        sim.schedule(new TestEvent(400, Priority.RECORD, "row"), read);
        sim.schedule(new TestEvent(900, Priority.OBSERVE, "sensor"), read);
        sim.runUntil(1_000);
        assertEquals(List.of(400L, 400L, 900L), seen);
        assertEquals(1_000L, state[0]);
    }

    @Test
    void processesAreAdvancedInRegistrationOrder() {
        sim.addContinuousProcess(recorder("patient", new ArrayList<>()));
        sim.addContinuousProcess(recorder("pump", new ArrayList<>()));
        sim.runUntil(60_000);
        assertEquals(List.of("patient@60000", "pump@60000"), trace);
    }

    @Test
    void inputsSetByAnEventApplyOnlyFromThatEventOnward() {
        // Piecewise-constant input: an integrator of a rate set by events. Rate 2/ms from 0 to 100,
        // then 5/ms from 100 to 300: integral = 2*100 + 5*200 = 1200.
        double[] rate = {2.0};
        double[] integral = {0.0};
        long[] last = {0};
        sim.addContinuousProcess(t -> {
            integral[0] += rate[0] * (t - last[0]);
            last[0] = t;
        });
        sim.schedule(new TestEvent(100, Priority.INPUT, "rate change"), (e, s) -> rate[0] = 5.0);
        sim.runUntil(300);
        assertEquals(1_200.0, integral[0], 0.0);
    }
}
