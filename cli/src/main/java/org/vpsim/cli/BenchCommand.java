package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.run.StudyPlan;
import org.vpsim.scenario.run.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vpsim bench}: times the whole pipeline (simulation + Parquet) on a study, several times,
 * and reports the median throughput in patient-days per second and the peak heap in use. A benchmark,
 * not a test: these machines are shared and noisy, so it reports medians, and nothing asserts a time.
 */
@Command(name = "bench", description = {
        "Benchmark the whole pipeline (simulation + Parquet) on a study (default: the default study for 30 days).",
        "Reports each repetition, the median patient-days/s and the peak heap used. Run with e.g. "
                + "java -Xmx1g -jar vpsim.jar bench to check the memory bound."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
            description = "Timed repetitions after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StudyPlan plan;
        try {
            if (options.days == null) {
                options.days = 30.0;
            }
            plan = options.plan();
            if (repeat < 1) {
                throw new ScenarioException("--repeat", repeat + " must be at least 1");
            }
        } catch (ScenarioException | IllegalArgumentException e) {
            return Failures.badInput(err, e);
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        double patientDays = plan.simulations() * plan.scenario().durationDays();
        out.printf("bench: %s, %d simulations × %s days = %.0f patient-days per run, %d thread(s), max heap %d MB%n",
                plan.scenario().name(), plan.simulations(), ValidateCommand.fmt(plan.scenario().durationDays()),
                patientDays, nThreads, Runtime.getRuntime().maxMemory() >> 20);
        List<Double> rates = new ArrayList<>();
        long peakHeap = 0;
        Path dir = Files.createTempDirectory("vpsim-bench");
        try {
            for (int i = 0; i <= repeat; i++) {
                System.gc();
                resetPeaks();
                long t0 = System.nanoTime();
                StudyRunner.run(plan, new StudyRunner.Options(dir.resolve("run"), true, nThreads, List.of("bench"),
                        null, null));
                double seconds = (System.nanoTime() - t0) / 1e9;
                long heap = peakHeapBytes();
                if (i == 0) {
                    out.printf("  warm-up: %.2f s (%.0f patient-days/s)%n", seconds, patientDays / seconds);
                    continue;
                }
                rates.add(patientDays / seconds);
                peakHeap = Math.max(peakHeap, heap);
                out.printf("  run %d: %.2f s, %.0f patient-days/s, peak heap %d MB%n", i, seconds,
                        patientDays / seconds, heap >> 20);
                out.flush();
            }
        } finally {
            deleteRecursively(dir);
        }
        rates.sort(Comparator.naturalOrder());
        double median = rates.size() % 2 == 1 ? rates.get(rates.size() / 2)
                : (rates.get(rates.size() / 2 - 1) + rates.get(rates.size() / 2)) / 2;
        out.printf("median: %.0f patient-days/s (min %.0f, max %.0f); peak heap used %d MB%n", median,
                rates.get(0), rates.get(rates.size() - 1), peakHeap >> 20);
        out.flush();
        return Failures.OK;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the live heap). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
