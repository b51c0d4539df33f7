package org.vpsim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vpsim.core.Event;
import org.vpsim.core.EventHandler;
import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;

/**
 * The discrete-event kernel alone: events per second for a patient-day-like mix. Ten periodic event
 * streams (basal pulses, CGM samples, controller decisions, output rows, meals, wear ticks …) each
 * keep exactly one event pending and reschedule themselves from their handler, so the queue holds
 * 10 events and every dispatch schedules one new event record. Streams share timestamps (every
 * 5 minutes OBSERVE, DECIDE and RECORD coincide), so ties on time are broken by priority and
 * sequence as in a real run. One continuous process is advanced between event times.
 *
 * <p>Each invocation runs one more simulated day of the same simulation: exactly {@value #EVENTS_PER_DAY}
 * events, so the throughput score is events per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SimulationQueueBenchmark {
    /** Sum over the streams below of events per day (all periods divide a day). */
    static final int EVENTS_PER_DAY = 960 + 720 + 288 + 288 + 288 + 144 + 96 + 48 + 24 + 24;

    private record Tick(long timeMillis, int priority, long periodMillis) implements Event {
    }

    private Simulation sim;
    private long dayEndMillis;
    private long handled;
    private double state;

    private final EventHandler<Tick> reschedule = (e, s) -> {
        handled++;
        s.schedule(new Tick(e.timeMillis() + e.periodMillis(), e.priority(), e.periodMillis()), this.reschedule);
    };

    @Setup
    public void setUp() {
        sim = new Simulation();
        long[] lastAdvance = {0};
        sim.addContinuousProcess(t -> {
            state += (t - lastAdvance[0]) * 1e-9;
            lastAdvance[0] = t;
        });
        stream(37_000, 90_000, Priority.ACT);                    // basal pulses, 1 U/h
        stream(11_000, 120_000, Priority.ACT);                   // a second pulse train (extended bolus)
        stream(0, SimTime.minutes(5), Priority.OBSERVE);         // CGM samples
        stream(0, SimTime.minutes(5), Priority.DECIDE);          // controller decisions
        stream(0, SimTime.minutes(5), Priority.RECORD);          // output rows
        stream(SimTime.minutes(3), SimTime.minutes(10), Priority.INPUT);  // meal/eating inputs
        stream(SimTime.minutes(7), SimTime.minutes(15), Priority.INPUT);
        stream(0, SimTime.minutes(30), Priority.ACT);            // profile boundaries
        stream(SimTime.minutes(1), SimTime.hours(1), Priority.ACT);  // infusion-set wear ticks
        stream(0, SimTime.hours(1), Priority.RECORD);
        // Warm-up day so that every stream is in its steady rhythm.
        dayEndMillis = SimTime.days(1) - 1;
        sim.runUntil(dayEndMillis);
    }

    private void stream(long firstMillis, long periodMillis, int priority) {
        sim.schedule(new Tick(firstMillis, priority, periodMillis), reschedule);
    }

    /** One simulated day: {@value #EVENTS_PER_DAY} events with 10 pending at all times. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_DAY)
    public long tenStreamsOneDay() {
        dayEndMillis += SimTime.days(1);
        sim.runUntil(dayEndMillis);
        return handled + (long) state;
    }
}
