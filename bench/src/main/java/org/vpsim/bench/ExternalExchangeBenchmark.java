package org.vpsim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Command;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.Settings;
import org.vpsim.controller.Therapy;
import org.vpsim.scenario.run.external.ExternalProcessController;

/**
 * One exchange of the external controller protocol: an observation (CGM reading, a 6-hour history of
 * 72 readings, three basal strokes) written to the README's Python example controller and its command
 * read back. Sample-time mode reports the median and the 99th percentile. Run from the repository
 * root (the example is found at {@code examples/external-controller}), e.g.
 * {@code java -jar bench/target/benchmarks.jar ExternalExchange}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ExternalExchangeBenchmark {
    @Param("examples/external-controller")
    public String exampleFolder;

    private ExternalProcessController controller;
    private final Deque<CgmReading> history = new ArrayDeque<>();
    private long step;

    @Setup(Level.Trial)
    public void start() {
        Path folder = Path.of(exampleFolder);
        if (!Files.isRegularFile(folder.resolve("controller.py"))) {
            throw new IllegalStateException("no controller.py in " + folder.toAbsolutePath() + " (run from the repository root)");
        }
        controller = new ExternalProcessController(List.of("python3", "controller.py"), folder, 5_000, null);
        Therapy therapy = new Therapy(List.of(new BasalRate(0, 1.0)), 10, 50, 110,
                new InsulinCurve("exponential", 75, 360), 70);
        controller.start(new ControllerStart("adult#001", "bench", "2026-01-01T00:00:00Z", "UTC", 0, 5,
                Settings.empty(), therapy, new PumpLimits(35, 25, 0.025, 0.025, 1440)));
    }

    @TearDown(Level.Trial)
    public void stop() {
        controller.close();
    }

    @Benchmark
    public Command exchange() {
        step++;
        double minute = 5.0 * step;
        // A glucose wave that stays above the suspend threshold, so every answer is a plain command.
        double cgm = 140 + 40 * Math.sin(minute / 300.0) + (step % 7) * 0.123456789;
        history.addLast(new CgmReading(minute, cgm));
        if (history.size() > 72) {
            history.removeFirst();
        }
        List<Delivery> strokes = new ArrayList<>(3);
        for (int k = 0; k < 3; k++) {
            strokes.add(new Delivery(minute - 5 + 1.5 * k, 0.025, "basal"));
        }
        Observation o = new Observation(minute, minute % 1440, cgm, List.copyOf(history), step % 100 == 0 ? 40 : 0, 0.7,
                new PumpState("running", 0, 200, 1.0, null), strokes, List.of());
        return controller.decide(o);
    }
}
