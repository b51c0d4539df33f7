package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.results.manifest.RunFailure;
import org.vpsim.scenario.run.StudyPlan;
import org.vpsim.scenario.run.StudyRunner;
import org.vpsim.results.evidence.EndpointMeasurement;
import org.vpsim.results.evidence.EvidenceText;
import org.vpsim.scenario.evidence.StudyEvidenceRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vpsim run [SCENARIO]}: runs a study and writes its Parquet results. */
@Command(name = "run", description = {
        "Run a study: every patient of the cohort in every arm, results to Parquet.",
        "With no SCENARIO, runs the built-in default study (30 UVA/Padova patients, 7 days, pump therapy)."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "vpsim-out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--overwrite", description = "Replace an existing run in the output directory.")
    boolean overwrite;

    @Option(names = "--no-progress", description = "Do not show progress.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StudyPlan plan;
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            plan = options.plan();
            if (nThreads < 1) {
                throw new ScenarioException("--threads", nThreads + " must be at least 1");
            }
        } catch (ScenarioException | IllegalArgumentException e) {
            return Failures.badInput(err, e);
        }
        Scenario s = plan.scenario();
        err.printf("vpsim: %s — %d patient(s) × %d arm(s) × %s day(s), seed %d, %d thread(s) → %s%n",
                s.name(), plan.patients().size(), s.arms().size(), ValidateCommand.fmt(s.durationDays()),
                s.seed(), nThreads, output);
        err.flush();
        ProgressReporter progress = noProgress ? null : new ProgressReporter(err, System.console() != null);
        List<String> commandLine = new ArrayList<>();
        commandLine.add("vpsim");
        commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
        long t0 = System.nanoTime();
        StudyRunner.Outcome outcome;
        try {
            outcome = StudyRunner.run(plan, new StudyRunner.Options(output, overwrite, nThreads, commandLine,
                    VersionProvider.version(),
                    progress == null ? null : progress::completed));
        } catch (FileAlreadyExistsException e) {
            err.println("vpsim: " + output + " already holds a run (" + e.getFile()
                    + "); choose another --output or pass --overwrite");
            err.flush();
            return Failures.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            if (progress != null) {
                progress.finish();
            }
            err.println("vpsim: run failed, no manifest written: " + e.getMessage());
            err.flush();
            return Failures.FAILED;
        }
        if (progress != null) {
            progress.finish();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        SummaryTable.print(out, outcome.summaries(), s.arms());
        // A built-in study mirroring a trial: its endpoints per arm, the effect and the published effect.
        // (Not when a compared arm has no results left: every patient of it stopped early.)
        List<String> armsWithResults = outcome.summaries().stream().map(r -> r.arm()).distinct().toList();
        new StudyEvidenceRunner().specFor(s.name(), armsWithResults)
                .ifPresent(spec -> out.print(EvidenceText.runTable(spec,
                        EndpointMeasurement.measure(spec, outcome.summaries()))));
        out.printf("%n%.0f patient-days in %.1f s (%.0f patient-days/s); %d timeseries rows%n",
                outcome.patientDays(), seconds, outcome.patientDays() / seconds,
                outcome.manifest().rowCounts().timeseriesTotal());
        out.println("results: " + output.toAbsolutePath().normalize()
                + "  (timeseries/, events.parquet, summary.parquet, manifest.json)");
        out.flush();
        if (outcome.incomplete()) {
            err.printf("vpsim: %d patient × arm run(s) stopped early; their time series and summary rows are"
                    + " not in the results (listed under \"failures\" in manifest.json):%n", outcome.manifest().failures().size());
            for (RunFailure f : outcome.manifest().failures()) {
                err.printf("  arm %s, %s%s, minute %s: %s%n", f.arm(), f.patient(),
                        f.replicate() == 0 ? "" : " (replicate " + f.replicate() + ")", ValidateCommand.fmt(f.minute()),
                        f.reason());
            }
            err.flush();
            return Failures.FAILED;
        }
        return Failures.OK;
    }
}
