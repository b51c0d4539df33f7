package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vpsim.results.RunDirectory;
import org.vpsim.results.manifest.BuildInfo;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.results.verify.RunVerification;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioReader;
import org.vpsim.scenario.run.StudyPlan;
import org.vpsim.scenario.run.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpsim reproduce RUN_DIR}: re-runs the manifest's scenario and seed and compares the data files. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, description = {
        "Re-run the scenario and seed recorded in RUN_DIR/manifest.json into a temporary directory and report "
                + "whether every data file is byte-identical to the manifest's checksums.",
        "Exit codes: 0 identical, 1 a file differs (each named), 2 not a run directory or an unreadable scenario."})
public final class ReproduceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by 'vpsim run'.")
    Path run;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores; the output "
            + "does not depend on it).")
    Integer threads;

    @Option(names = "--scenario-folder", paramLabel = "DIR", description = "Folder against which the scenario's "
            + "relative cohort.file and external controller commands resolve, as the original scenario file's "
            + "folder did (default: the working directory).")
    Path scenarioFolder;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Folder of the controller plug-in jars the run "
            + "used (see 'vpsim run --plugins').")
    Path plugins;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!RunDirectory.isComplete(run)) {
            return Failures.message(err, run + " has no " + Manifests.FILE_NAME + ": not a complete run directory");
        }
        RunManifest original;
        StudyPlan plan;
        try {
            original = Manifests.read(run);
            Scenario scenario = new ScenarioReader().parse(original.scenario().toString());
            plan = StudyPlan.of(scenario, ScenarioOptions.controllers(plugins), scenarioFolder);
        } catch (ScenarioException | IllegalArgumentException e) {
            return Failures.message(err, "the scenario in " + run.resolve(Manifests.FILE_NAME)
                    + " cannot be run: " + e.getMessage());
        } catch (IOException e) {
            return Failures.message(err, Manifests.FILE_NAME + " in " + run + " cannot be read: " + e.getMessage());
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            return Failures.message(err, "--threads: " + n + " must be at least 1");
        }
        BuildInfo build = BuildInfo.current();
        if (original.vpsimCommit() == null || !original.vpsimCommit().equals(build.commit())) {
            err.println("vpsim: note: the run was made by vpsim " + original.vpsimVersion() + " (commit "
                    + original.vpsimCommit() + "); this is " + build.version() + " (commit " + build.commit() + ")");
        }
        err.printf("vpsim: re-running %s (seed %d, %d patient(s) × %d arm(s)) …%n", original.scenarioName(),
                plan.scenario().seed(), plan.patients().size(), plan.scenario().arms().size());
        err.flush();
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("vpsim-reproduce-");
            StudyRunner.Outcome outcome = StudyRunner.run(plan, new StudyRunner.Options(tmp.resolve("run"), false, n,
                    original.commandLine(), VersionProvider.version(), null));
            List<String> differences = RunVerification.differingFiles(original, outcome.manifest());
            if (differences.isEmpty()) {
                out.println("reproduced: all " + original.files().size() + " data files of " + run
                        + " are byte-identical to a re-run of " + original.scenarioName() + " with seed "
                        + original.studySeed());
                out.flush();
                return Failures.OK;
            }
            for (String d : differences) {
                err.println("vpsim: " + d);
            }
            err.println("vpsim: NOT reproduced: " + differences.size() + " of " + original.files().size()
                    + " data files differ");
            err.flush();
            return Failures.FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("vpsim: re-run failed: " + e.getMessage());
            err.flush();
            return Failures.FAILED;
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless; the outcome is already reported.
        }
    }
}
