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
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.pump.device.BasalProfile;
import org.vpsim.pump.device.BolusRequest;
import org.vpsim.pump.device.InsulinPump;
import org.vpsim.pump.device.PumpSpec;

/**
 * The insulin pump's stroke handling on the kernel, without a patient: a MiniMed 7xx-like pump (bench-calibrated
 * stroke-volume error, set wear, a new set and reservoir every 3 days) at a flat 1 U/h basal (one 0.025 U stroke
 * every 90 s: 960 a day) with three 6 U meal boluses a day at 1.5 U/min (240 strokes at 1-s spacing each: 720),
 * among a CGM's 5-minute OBSERVE, DECIDE and RECORD events as in a run. The infusion site only sums what
 * arrives. Each invocation runs one more simulated day: {@value #STROKES_PER_DAY} strokes, so the score is strokes
 * per second (event dispatch, stroke book-keeping, stroke-volume draws, set routing).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PumpStrokesBenchmark {
    static final int STROKES_PER_DAY = 960 + 3 * 240;

    private record Tick(long timeMillis, int priority, long periodMillis) implements Event {
    }

    private Simulation sim;
    private InsulinPump pump;
    private long dayEndMillis;
    private double infusedUnits;
    private long ticks;

    private final EventHandler<Tick> every = (e, s) -> {
        ticks++;
        s.schedule(new Tick(e.timeMillis() + e.periodMillis(), e.priority(), e.periodMillis()), this.every);
    };

    private final EventHandler<Tick> mealBolus = (e, s) -> {
        pump.requestBolus(BolusRequest.normal(6.0));
        s.schedule(new Tick(e.timeMillis() + e.periodMillis(), e.priority(), e.periodMillis()), this.mealBolus);
    };

    @Setup
    public void setUp() {
        sim = new Simulation();
        RandomStreams streams = new RandomStreams(42);
        pump = InsulinPump.builder(PumpSpec.minimed7xx(), BasalProfile.flat(1.0), sim)
                .pumpErrorRandom(streams.stream("adult#001", StreamPurpose.PUMP_ERROR))
                .infusionSetRandom(streams.stream("adult#001", StreamPurpose.INFUSION_SET))
                .infusionSite((t, units) -> infusedUnits += units)
                .build();
        for (int priority : new int[] {Priority.OBSERVE, Priority.DECIDE, Priority.RECORD}) {
            sim.schedule(new Tick(0, priority, SimTime.minutes(5)), every);
        }
        for (long minuteOfDay : new long[] {7 * 60, 12 * 60, 18 * 60 + 30}) {
            sim.schedule(new Tick(SimTime.minutes(minuteOfDay), Priority.INPUT, SimTime.days(1)), mealBolus);
        }
        pump.start();
        // Warm-up day so that every stream is in its steady rhythm.
        dayEndMillis = SimTime.days(1) - 1;
        sim.runUntil(dayEndMillis);
    }

    /** One simulated day: {@value #STROKES_PER_DAY} pump strokes among 864 other events. */
    @Benchmark
    @OperationsPerInvocation(STROKES_PER_DAY)
    public double strokesOneDay() {
        dayEndMillis += SimTime.days(1);
        sim.runUntil(dayEndMillis);
        return infusedUnits + ticks;
    }
}
