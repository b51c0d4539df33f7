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
 * events, so the throughput score is events per second. {@link #tenStreamsOneDay} has each stream as an event
 * that reschedules itself (a new event record per dispatch); {@link #tenSeriesOneDay} the same streams as kernel
 * series ({@link Simulation#scheduleSeries}: one queue entry each, no event record, and no trip through the heap
 * when the next occurrence is already first), in the same order.
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

    // The ten streams: first time, period, priority.
    private static final long[] FIRST = {37_000, 11_000, 0, 0, 0, SimTime.minutes(3), SimTime.minutes(7), 0,
        SimTime.minutes(1), 0};
    private static final long[] PERIOD = {
        90_000,               // basal pulses, 1 U/h
        120_000,              // a second pulse train (extended bolus)
        SimTime.minutes(5),   // CGM samples
        SimTime.minutes(5),   // controller decisions
        SimTime.minutes(5),   // output rows
        SimTime.minutes(10),  // meal/eating inputs
        SimTime.minutes(15),
        SimTime.minutes(30),  // profile boundaries
        SimTime.hours(1),     // infusion-set wear ticks
        SimTime.hours(1)};
    private static final int[] STREAM_PRIORITY = {Priority.ACT, Priority.ACT, Priority.OBSERVE, Priority.DECIDE,
        Priority.RECORD, Priority.INPUT, Priority.INPUT, Priority.ACT, Priority.ACT, Priority.RECORD};

    private Simulation sim;
    private Simulation seriesSim;
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
        seriesSim = new Simulation();
        long[] lastSeriesAdvance = {0};
        seriesSim.addContinuousProcess(t -> {
            state += (t - lastSeriesAdvance[0]) * 1e-9;
            lastSeriesAdvance[0] = t;
        });
        for (int i = 0; i < FIRST.length; i++) {
            long period = PERIOD[i];
            sim.schedule(new Tick(FIRST[i], STREAM_PRIORITY[i], period), reschedule);
            seriesSim.scheduleSeries(FIRST[i], STREAM_PRIORITY[i], (t, s) -> {
                handled++;
                return t + period;
            });
        }
        // Warm-up day so that every stream is in its steady rhythm.
        dayEndMillis = SimTime.days(1) - 1;
        sim.runUntil(dayEndMillis);
        seriesSim.runUntil(dayEndMillis);
    }

    /** One simulated day: {@value #EVENTS_PER_DAY} events with 10 pending at all times. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_DAY)
    public long tenStreamsOneDay() {
        dayEndMillis += SimTime.days(1);
        sim.runUntil(dayEndMillis);
        return handled + (long) state;
    }

    /** The same day with the ten streams as series. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_DAY)
    public long tenSeriesOneDay() {
        long end = seriesSim.nowMillis() + SimTime.days(1);
        seriesSim.runUntil(end);
        return handled + (long) state;
    }
}
