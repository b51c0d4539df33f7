package org.vpsim.scenario.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vpsim.patient.PatientModel;
import org.vpsim.results.parquet.RunWriter;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.manifest.RunFailure;
import org.vpsim.results.manifest.Sha256;
import org.vpsim.results.manifest.RunInfo;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.ScenarioReader;
import org.vpsim.results.spool.TaskSpool;

/**
 * Runs a study: every patient × arm × replicate on a thread pool, streamed into one run directory in a
 * fixed order (arm-major, then cohort order, then replicate), so the files are byte-identical for any thread
 * count. The manifest is written last.
 *
 * <p>Memory is flat in cohort size and study length: each simulation hands its rows, as it makes them, to
 * its own {@link TaskSpool} (a bounded number of rows in memory, {@link TaskSpool#memoryRowsPerTask}, the
 * rest in a spool file in the run's hidden spool folder), and at most twice the thread count of simulations
 * are running or waiting for the writer ({@link OrderedParallelMap#window}). The writer replays each finished
 * simulation's rows in task order — the same rows in the same order as when they were held in lists, so the
 * same bytes.
 */
public final class StudyRunner {

    /** Called on the writing thread after each patient × arm is written. */
    @FunctionalInterface
    public interface Progress {
        void completed(int done, int total, PatientSimulation.Result result);

        Progress NONE = (d, t, r) -> { };
    }

    public record Options(Path outputDirectory, boolean overwrite, int threads, List<String> commandLine,
                          String vpsimVersion, Progress progress) {
        public Options {
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            if (threads < 1) {
                throw new IllegalArgumentException("threads: " + threads + " must be >= 1");
            }
            commandLine = commandLine == null ? List.of() : List.copyOf(commandLine);
            vpsimVersion = vpsimVersion == null ? "development" : vpsimVersion;
            progress = progress == null ? Progress.NONE : progress;
        }
    }

    /** What a finished study reports back (the files hold everything else). */
    public record Outcome(RunManifest manifest, List<SummaryRow> summaries, double patientDays) {
        /** True when a patient × arm stopped early (a controller failed); the manifest lists them. */
        public boolean incomplete() {
            return !manifest.failures().isEmpty();
        }
    }

    /** A simulation that has ended, its rows waiting in its spool. */
    private record Finished(PatientSimulation.Result result, TaskSpool rows) {
    }

    private StudyRunner() {
    }

    public static Outcome run(StudyPlan plan, Options options) throws IOException {
        return run(plan, options, TaskSpool.memoryRowsPerTask(OrderedParallelMap.window(options.threads())));
    }

    /**
     * As {@link #run(StudyPlan, Options)}, with at most {@code spoolMemoryRows} rows of each simulation held
     * in memory (tests use a small bound to exercise the spool files).
     */
    static Outcome run(StudyPlan plan, Options options, int spoolMemoryRows) throws IOException {
        List<StudyPlan.Task> tasks = plan.tasks();
        List<SummaryRow> summaries = new ArrayList<>();
        List<RunFailure> failures = new ArrayList<>();
        try (RunWriter writer = RunWriter.open(options.outputDirectory(), options.overwrite())) {
            StudyContext context = new StudyContext(plan.controllers(), plan.scenarioFolder(),
                    writer.directory().resolve(RunWriter.CONTROLLER_LOGS_DIR), plan.therapies());
            int[] done = {0};
            OrderedParallelMap.run(tasks, options.threads(),
                    t -> simulate(plan, t, context, new TaskSpool(writer.spool(),
                            "task-" + t.arm() + "-" + t.patient() + "-" + t.replicate() + ".spool", spoolMemoryRows)),
                    finished -> {
                        PatientSimulation.Result r = finished.result();
                        write(writer, finished);
                        if (r.failed()) {
                            ControllerFailure f = r.failure();
                            // Paths inside the run directory are given relative to it: the manifest
                            // must read the same wherever the directory is moved.
                            String runDir = writer.directory().toAbsolutePath().normalize().toString();
                            failures.add(new RunFailure(r.arm(), r.patient(), r.replicate(), f.minute(),
                                    f.reason().replace(runDir + java.io.File.separator, "")));
                        } else {
                            summaries.add(r.summary());
                        }
                        options.progress().completed(++done[0], tasks.size(), r);
                    });
            RunInfo info = new RunInfo(options.vpsimVersion(), plan.scenario().name(),
                    new ScenarioReader().toJsonTree(plan.scenario()), plan.scenario().seed(),
                    plan.scenario().model(), plan.cohort().parameterSetSha256(), options.commandLine(),
                    options.threads(), failures, pluginEntries(plan.controllers()));
            RunManifest manifest = writer.commit(info);
            // Patient-days simulated to the end; a failed patient × arm stopped early and is not counted.
            return new Outcome(manifest, summaries, summaries.size() * plan.scenario().durationDays());
        }
    }

    /** Runs one patient × arm × replicate on a worker thread, its rows into {@code spool}. */
    private static Finished simulate(StudyPlan plan, StudyPlan.Task t, StudyContext context, TaskSpool spool) {
        try {
            PatientSimulation.Result r = PatientSimulation.run(plan.scenario(), plan.scenario().arms().get(t.arm()),
                    plan.patients().get(t.patient()), t.replicate(), context,
                    PatientSimulation.RowSink.of(spool::timeseries, spool::event));
            spool.finish();
            return new Finished(r, spool);
        } catch (RuntimeException | Error e) {
            closeQuietly(spool);
            throw e;
        }
    }

    /**
     * Writes one finished patient × arm (writer thread): its rows from the spool, then its summary. A failed
     * one contributes its events (up to the failure) and neither time series nor summary.
     */
    private static void write(RunWriter writer, Finished finished) {
        PatientSimulation.Result r = finished.result();
        String arm = r.arm();
        try (TaskSpool spool = finished.rows()) {
            spool.replay(r.failed() ? null : block -> {
                try {
                    writer.writeTimeseries(arm, block);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, block -> {
                try {
                    writer.writeEvents(block);
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
            if (!r.failed()) {
                writer.writeSummary(r.summary());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void closeQuietly(TaskSpool spool) {
        try {
            spool.close();
        } catch (IOException | RuntimeException ignored) {
            // The run's spool folder is deleted with the run in any case.
        }
    }

    /** Each plug-in jar by file name, size and SHA-256: what a reviewer needs to know which algorithm ran. */
    private static List<FileEntry> pluginEntries(ControllerRegistry controllers) throws IOException {
        List<FileEntry> entries = new ArrayList<>();
        for (Path jar : controllers.pluginJars()) {
            entries.add(new FileEntry(jar.getFileName().toString(), java.nio.file.Files.size(jar), Sha256.of(jar)));
        }
        return entries;
    }
}
