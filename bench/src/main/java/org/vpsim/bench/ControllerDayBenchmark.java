package org.vpsim.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Command;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.DeviceEvent;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SnapshotLog;
import org.vpsim.controller.Therapy;
import org.vpsim.pump.control.BolusCalculatorController;
import org.vpsim.pump.control.BolusCalculatorSettings;
import org.vpsim.pump.control.FixedDecimal;

/**
 * The controller loop's own work over one simulated day, without the patient or the pump: what the loop keeps
 * (six hours of CGM readings, the strokes and pump events since the previous observation), 288 observations built
 * from it and the default study's bolus calculator deciding on each; a basal stroke every 1.5 min and three meal
 * boluses of 240 one-second strokes. Parameter {@code lists}: {@code copies} (the CGM history in an
 * {@link ArrayDeque} and the strokes in an {@link ArrayList}, copied into each observation, as before issue 15) or
 * {@code snapshot-log} (views of {@link SnapshotLog}s, as the loop does now). {@code mealReason} compares the meal
 * bolus's explanation through {@link String#format} and through {@link FixedDecimal} (same text). Run with
 * {@code -prof gc} for the bytes allocated per day ({@code gc.alloc.rate.norm}), e.g.
 * {@code java -jar bench/target/benchmarks.jar ControllerDay -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ControllerDayBenchmark {
    private static final int SAMPLES_PER_DAY = 288;
    private static final double HISTORY_MINUTES = 360.0;
    private static final int[] MEAL_SAMPLES = {84, 144, 222};
    private static final PumpLimits PUMP = new PumpLimits(35, 25, 0.025, 0.025, 1440);
    private static final Therapy THERAPY = new Therapy(List.of(new BasalRate(0, 1.0)), 10, 50, 110,
            new InsulinCurve("exponential", 75, 360), 70);

    /** Where the loop keeps what it shows the controller. */
    interface Lists {
        void reading(CgmReading r);

        void stroke(Delivery d);

        List<CgmReading> history();

        List<Delivery> strokesSinceLastObservation();

        List<DeviceEvent> eventsSinceLastObservation();
    }

    /** Before: a deque and a list, copied into every observation (List.copyOf in CgmChannel and Observation). */
    static final class Copies implements Lists {
        private final ArrayDeque<CgmReading> history = new ArrayDeque<>();
        private final List<Delivery> strokes = new ArrayList<>();
        private final List<DeviceEvent> events = new ArrayList<>();

        @Override
        public void reading(CgmReading r) {
            history.addLast(r);
            while (history.peekFirst().minute() < r.minute() - HISTORY_MINUTES) {
                history.removeFirst();
            }
        }

        @Override
        public void stroke(Delivery d) {
            strokes.add(d);
        }

        @Override
        public List<CgmReading> history() {
            return List.copyOf(history);
        }

        @Override
        public List<Delivery> strokesSinceLastObservation() {
            // The observation copies it; the loop then clears its list.
            List<Delivery> copy = List.copyOf(strokes);
            strokes.clear();
            return copy;
        }

        @Override
        public List<DeviceEvent> eventsSinceLastObservation() {
            List<DeviceEvent> copy = List.copyOf(events);
            events.clear();
            return copy;
        }
    }

    /** Now: append-only logs whose immutable views the observation keeps as they are. */
    static final class Logs implements Lists {
        private final SnapshotLog<CgmReading> history = new SnapshotLog<>();
        private final SnapshotLog<Delivery> strokes = new SnapshotLog<>();
        private final SnapshotLog<DeviceEvent> events = new SnapshotLog<>();
        private long historyStart;
        private long strokesShown;
        private long eventsShown;

        @Override
        public void reading(CgmReading r) {
            history.add(r);
            while (history.get(historyStart).minute() < r.minute() - HISTORY_MINUTES) {
                historyStart++;
            }
            history.forgetBefore(historyStart);
        }

        @Override
        public void stroke(Delivery d) {
            strokes.add(d);
        }

        @Override
        public List<CgmReading> history() {
            return history.since(historyStart);
        }

        @Override
        public List<Delivery> strokesSinceLastObservation() {
            List<Delivery> since = strokes.since(strokesShown);
            strokesShown = strokes.count();
            strokes.forgetBefore(strokesShown);
            return since;
        }

        @Override
        public List<DeviceEvent> eventsSinceLastObservation() {
            List<DeviceEvent> since = events.since(eventsShown);
            eventsShown = events.count();
            events.forgetBefore(eventsShown);
            return since;
        }
    }

    @State(Scope.Thread)
    public static class Day {
        @Param({"copies", "snapshot-log"})
        public String lists;

        Lists loop;
        BolusCalculatorController controller;
        double minuteOffset;

        @Setup(Level.Iteration)
        public void start() {
            controller = new BolusCalculatorController(BolusCalculatorSettings.defaults());
            controller.start(new ControllerStart("adult#001", "bench", "2026-01-01T00:00:00Z", "UTC", 0, 5,
                    Settings.empty(), THERAPY, PUMP));
            loop = lists.equals("copies") ? new Copies() : new Logs();
            minuteOffset = 0;
        }
    }

    @Benchmark
    public void dayOfObservations(Day day, Blackhole out) {
        Lists loop = day.loop;
        double dayStart = day.minuteOffset;
        day.minuteOffset += 1440;
        double nextStroke = dayStart;
        double bolusUntil = -1;
        for (int k = 0; k < SAMPLES_PER_DAY; k++) {
            double minute = dayStart + 5.0 * k;
            // Strokes since the previous sample: basal every 1.5 min, a running bolus one per second.
            while (nextStroke <= minute) {
                loop.stroke(new Delivery(nextStroke, 0.025, nextStroke < bolusUntil ? "bolus" : "basal"));
                nextStroke += nextStroke < bolusUntil ? 1.0 / 60 : 1.5;
            }
            double cgm = 140 + 40 * Math.sin(minute / 300.0) + (k % 7) * 0.123456789;
            loop.reading(new CgmReading(minute, cgm));
            boolean meal = k == MEAL_SAMPLES[0] || k == MEAL_SAMPLES[1] || k == MEAL_SAMPLES[2];
            Observation o = new Observation(minute, minute % 1440, cgm, loop.history(), meal ? 60 : 0, 0.7,
                    new PumpState("running", 0, 200, 1.0, null), loop.strokesSinceLastObservation(),
                    loop.eventsSinceLastObservation());
            Command c = day.controller.decide(o);
            if (c.bolusUnits() > 0) {
                bolusUntil = minute + c.bolusUnits() / 1.5;
                nextStroke = minute + 1.0 / 60;
            }
            out.consume(c);
        }
    }

    @State(Scope.Thread)
    public static class Reason {
        @Param({"string-format", "fixed-decimal"})
        public String formatter;
        int step;
    }

    /** The bolus calculator's meal explanation (seven numbers), as it was and as it is written now. */
    @Benchmark
    public String mealReason(Reason r) {
        r.step++;
        double carbs = 40 + r.step % 37;
        double food = carbs / 10.0;
        double correction = (150 + r.step % 91 - 110) / 50.0;
        double iob = 0.01 * (r.step % 300);
        double units = Math.floor((food + Math.max(0, correction - iob)) / 0.025) * 0.025;
        double cgm = 150 + r.step % 91 + 0.37;
        if (r.formatter.equals("string-format")) {
            return String.format(Locale.ROOT,
                    "meal bolus %.3f U: %.1f g / CR %.1f = %.3f U, correction %.3f U, IOB %.3f U (CGM %s)",
                    units, carbs, 10.0, food, correction, iob, String.format(Locale.ROOT, "%.0f mg/dL", cgm));
        }
        return "meal bolus " + FixedDecimal.format(units, 3) + " U: " + FixedDecimal.format(carbs, 1) + " g / CR "
                + FixedDecimal.format(10.0, 1) + " = " + FixedDecimal.format(food, 3) + " U, correction "
                + FixedDecimal.format(correction, 3) + " U, IOB " + FixedDecimal.format(iob, 3) + " U (CGM "
                + FixedDecimal.format(cgm, 0) + " mg/dL)";
    }
}
