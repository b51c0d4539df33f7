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
import org.vpsim.core.SeriesHandler;
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
 * when the next occurrence is already first), in the same order. The {@code …AndBolusesOneDay} pair adds three
 * meal boluses a day (at 07:00, 12:00 and 18:30 an INPUT event starts a train of 240 ACT strokes one second
 * apart, a 6 U bolus at 1.5 U/min), as self-rescheduling events or as series: {@value #EVENTS_WITH_BOLUSES_PER_DAY}
 * dispatches a day. {@link #tenSeriesAndBolusesWithAYearOfMealsPendingOneDay} adds what a year-long study holds
 * pending: its meal starts and announcements, scheduled at the start for the whole study ({@code MealDriver}),
 * here four INPUT events a day that each schedule their counterpart {@value #MEALS_AHEAD_DAYS} days later, so
 * that {@value #MEALS_PENDING} of them are always pending beside the ten series ({@value #EVENTS_WITH_MEALS_PER_DAY}
 * dispatches a day).
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

    /** With three bolus trains a day: the three INPUT events that start them and their 720 strokes. */
    static final int EVENTS_WITH_BOLUSES_PER_DAY = EVENTS_PER_DAY + 3 + 3 * BolusTrains.STROKES;

    /** How far ahead the pending meals reach, and how many are pending at any time. */
    static final int MEALS_AHEAD_DAYS = 365;
    private static final long[] PENDING_MEAL_MINUTES = {6 * 60 + 30, 7 * 60, 12 * 60, 18 * 60 + 30};
    static final int MEALS_PENDING = MEALS_AHEAD_DAYS * 4;
    static final int EVENTS_WITH_MEALS_PER_DAY = EVENTS_WITH_BOLUSES_PER_DAY + 4;

    private record Tick(long timeMillis, int priority, long periodMillis) implements Event {
    }

    /** A bolus stroke as an event: its index in the train. */
    private record Stroke(long timeMillis, int priority, int index) implements Event {
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
        for (int i = 0; i < FIRST.length; i++) {
            sim.schedule(new Tick(FIRST[i], STREAM_PRIORITY[i], PERIOD[i]), reschedule);
        }
        // Warm-up day so that every stream is in its steady rhythm.
        dayEndMillis = SimTime.days(1) - 1;
        sim.runUntil(dayEndMillis);
    }

    /**
     * A simulation of the variants other than {@link #tenStreamsOneDay}, in its own state so that only the
     * benchmark that uses it sets it up (the kernel's handler call sites then see only that benchmark's handlers,
     * as {@link #tenStreamsOneDay}'s see only its own).
     */
    public abstract static class Variant {
        Simulation sim;
        long handled;

        abstract Simulation build();

        @Setup
        public void setUp() {
            sim = build();
            sim.runUntil(SimTime.days(1) - 1); // warm-up day
        }

        long day() {
            sim.runUntil(sim.nowMillis() + SimTime.days(1));
            return handled;
        }
    }

    /** The ten streams as series. */
    @State(Scope.Thread)
    public static class SeriesStreams extends Variant {
        @Override
        Simulation build() {
            Simulation s = new Simulation();
            double[] state = {0};
            long[] lastAdvance = {0};
            s.addContinuousProcess(t -> {
                state[0] += (t - lastAdvance[0]) * 1e-9;
                lastAdvance[0] = t;
            });
            for (int i = 0; i < FIRST.length; i++) {
                long period = PERIOD[i];
                s.scheduleSeries(FIRST[i], STREAM_PRIORITY[i], (t, sim2) -> {
                    handled++;
                    return t + period;
                });
            }
            return s;
        }
    }

    /** The ten streams and the bolus trains as self-rescheduling events. */
    @State(Scope.Thread)
    public static class EventsWithBoluses extends Variant {
        @Override
        Simulation build() {
            return BolusTrains.simulation(false, () -> handled++);
        }
    }

    /** The ten streams and the bolus trains as series. */
    @State(Scope.Thread)
    public static class SeriesWithBoluses extends Variant {
        @Override
        Simulation build() {
            return BolusTrains.simulation(true, () -> handled++);
        }
    }

    /** The series-and-boluses day with a year of meal events pending, as in a 365-day study. */
    @State(Scope.Thread)
    public static class SeriesWithPendingMeals extends Variant {
        @Override
        Simulation build() {
            Simulation s = BolusTrains.simulation(true, () -> handled++);
            @SuppressWarnings("unchecked")
            EventHandler<Tick>[] meal = new EventHandler[1];
            meal[0] = (e, sim) -> {
                handled++;
                sim.schedule(new Tick(e.timeMillis() + e.periodMillis(), e.priority(), e.periodMillis()), meal[0]);
            };
            long ahead = SimTime.days(MEALS_AHEAD_DAYS);
            for (int day = 0; day < MEALS_AHEAD_DAYS; day++) {
                for (long minute : PENDING_MEAL_MINUTES) {
                    s.schedule(new Tick(SimTime.days(day) + SimTime.minutes(minute), Priority.INPUT, ahead), meal[0]);
                }
            }
            return s;
        }
    }

    /** One simulated day: {@value #EVENTS_PER_DAY} events with 10 pending at all times. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_DAY)
    public long tenStreamsOneDay() {
        dayEndMillis += SimTime.days(1);
        sim.runUntil(dayEndMillis);
        return handled + (long) state;
    }

    /** The ten streams and three 240-stroke bolus trains, all as self-rescheduling events. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_WITH_BOLUSES_PER_DAY)
    public long tenStreamsAndBolusesOneDay(EventsWithBoluses v) {
        return v.day();
    }

    /** The same with every stream and bolus train a series: the strokes, one second apart, skip the heap. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_WITH_BOLUSES_PER_DAY)
    public long tenSeriesAndBolusesOneDay(SeriesWithBoluses v) {
        return v.day();
    }

    /** Series and bolus trains with {@value #MEALS_PENDING} meal events pending (a year-long study's meals). */
    @Benchmark
    @OperationsPerInvocation(EVENTS_WITH_MEALS_PER_DAY)
    public long tenSeriesAndBolusesWithAYearOfMealsPendingOneDay(SeriesWithPendingMeals v) {
        return v.day();
    }

    /** The same day with the ten streams as series. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_DAY)
    public long tenSeriesOneDay(SeriesStreams v) {
        return v.day();
    }

    /** The ten streams plus three bolus trains a day, as events or as series; every dispatch calls {@code count}. */
    private static final class BolusTrains {
        static final int STROKES = 240;
        private static final long[] MEAL_MINUTES = {7 * 60, 12 * 60, 18 * 60 + 30};

        static Simulation simulation(boolean asSeries, Runnable count) {
            Simulation s = new Simulation();
            long[] lastAdvance = {0};
            double[] state = {0};
            s.addContinuousProcess(t -> {
                state[0] += (t - lastAdvance[0]) * 1e-9;
                lastAdvance[0] = t;
            });
            EventHandler<Stroke>[] stroke = newStrokeHandler(count);
            for (int i = 0; i < FIRST.length; i++) {
                long period = PERIOD[i];
                if (asSeries) {
                    s.scheduleSeries(FIRST[i], STREAM_PRIORITY[i], (t, sim) -> {
                        count.run();
                        return t + period;
                    });
                } else {
                    EventHandler<Tick>[] again = newTickHandler(count);
                    s.schedule(new Tick(FIRST[i], STREAM_PRIORITY[i], period), again[0]);
                }
            }
            @SuppressWarnings("unchecked")
            EventHandler<Tick>[] meal = new EventHandler[1];
            meal[0] = (e, sim) -> { // starts a bolus train, then comes again the next day
                count.run();
                if (asSeries) {
                    int[] done = {0};
                    sim.scheduleSeries(e.timeMillis(), Priority.ACT, (t, sim2) -> {
                        count.run();
                        return ++done[0] < STROKES ? t + 1_000 : SeriesHandler.END;
                    });
                } else {
                    sim.schedule(new Stroke(e.timeMillis(), Priority.ACT, 0), stroke[0]);
                }
                sim.schedule(new Tick(e.timeMillis() + e.periodMillis(), e.priority(), e.periodMillis()), meal[0]);
            };
            for (long minute : MEAL_MINUTES) {
                s.schedule(new Tick(SimTime.minutes(minute), Priority.INPUT, SimTime.days(1)), meal[0]);
            }
            return s;
        }

        @SuppressWarnings("unchecked")
        private static EventHandler<Tick>[] newTickHandler(Runnable count) {
            EventHandler<Tick>[] h = new EventHandler[1];
            h[0] = (e, sim) -> {
                count.run();
                sim.schedule(new Tick(e.timeMillis() + e.periodMillis(), e.priority(), e.periodMillis()), h[0]);
            };
            return h;
        }

        @SuppressWarnings("unchecked")
        private static EventHandler<Stroke>[] newStrokeHandler(Runnable count) {
            EventHandler<Stroke>[] h = new EventHandler[1];
            h[0] = (e, sim) -> {
                count.run();
                if (e.index() + 1 < STROKES) {
                    sim.schedule(new Stroke(e.timeMillis() + 1_000, e.priority(), e.index() + 1), h[0]);
                }
            };
            return h;
        }
    }
}
