package org.vpsim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vpsim.results.manifest.BuildInfo;
import org.vpsim.results.manifest.RunFailure;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.run.ControllerRegistry;
import org.vpsim.scenario.run.StudyPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The vpsim study as a Spark application:
 * {@code spark-submit vpsim-spark.jar run SCENARIO --output DIR [--seed N] [--days N] [--patients a,b]
 * [--plugins DIR] [--overwrite]}, or in-process with {@code --master local[*]}. Same scenario argument, overrides and
 * output layout as {@code vpsim run}; exit codes 0 (done), 1 (run failed or a patient × arm stopped
 * early), 2 (bad input, nothing run).
 */
@Command(name = "vpsim-spark", mixinStandardHelpOptions = true, versionProvider = SparkStudy.Version.class,
        description = "Runs vpsim studies on Apache Spark.", subcommands = SparkStudy.Run.class)
public final class SparkStudy implements Runnable {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    /** The master URLs Spark 4 accepts (checked before Spark starts, which would log a stack trace). */
    static final java.util.regex.Pattern MASTER = java.util.regex.Pattern.compile(
            "local(\\[(\\*|\\d+)(,\\d+)?])?|local-cluster\\[\\d+, *\\d+, *\\d+]|spark://.+|yarn|k8s://.+");

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests: no {@code System.exit}). */
    public static int execute(String... args) {
        return new CommandLine(new SparkStudy()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "missing the subcommand (run)");
    }

    /** {@code run SCENARIO --output DIR …}. */
    @Command(name = "run", mixinStandardHelpOptions = true, description = {
            "Run a study on Spark: every patient of the cohort in every arm and replicate, one Spark task per",
            "patient × arm × replicate, results to Parquet in the layout of 'vpsim run'."})
    static final class Run implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
                description = "Scenario JSON file or built-in scenario name (default: ${DEFAULT-VALUE}).",
                defaultValue = ScenarioLibrary.DEFAULT)
        String scenario;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "vpsim-out",
                description = "Output directory, on a file system the driver and every executor share"
                        + " (default: ${DEFAULT-VALUE}).")
        Path output;

        @Option(names = "--seed", paramLabel = "N", description = "Study seed (overrides the scenario's).")
        Long seed;

        @Option(names = "--days", paramLabel = "N", description = "Simulated days (overrides the scenario's duration).")
        Double days;

        @Option(names = "--patients", paramLabel = "a,b,c", split = ",",
                description = "Patients or groups (all, adults, adolescents, children); overrides the cohort.")
        List<String> patients;

        @Option(names = "--replicates", paramLabel = "N",
                description = "Monte Carlo replicates per patient and arm (overrides the scenario's cohort.replicates).")
        Integer replicates;

        @Option(names = "--plugins", paramLabel = "DIR",
                description = "Folder of controller plug-in jars (every *.jar in it), at the same path on the driver and"
                        + " every executor; arms may then name their controllers.")
        Path plugins;

        @Option(names = "--overwrite", description = "Replace an existing run in the output directory.")
        boolean overwrite;

        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master, e.g. local[*] to run in this process (default: the one spark-submit"
                        + " gives, else local[*]).")
        String master;

        @Option(names = "--partitions", paramLabel = "N",
                description = "Task partitions, shared equally by the arms; each writes one time-series file of its arm"
                        + " (default: sixteen per core, at most one per patient × arm × replicate).")
        Integer partitions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            StudyPlan plan;
            try {
                plan = plan();
                if (partitions != null && partitions < 1) {
                    throw new ScenarioException("--partitions", partitions + " must be at least 1");
                }
                if (master != null && !MASTER.matcher(master).matches()) {
                    throw new ScenarioException("--master", "'" + master + "' is not a Spark master URL (local,"
                            + " local[N], local[*], spark://HOST:PORT, yarn, k8s://https://HOST:PORT)");
                }
            } catch (ScenarioException e) {
                return fail(err, e.getMessage(), BAD_INPUT);
            } catch (IllegalArgumentException e) {
                return fail(err, "invalid value: " + e.getMessage(), BAD_INPUT);
            }
            OutputDirectory dir;
            try {
                dir = OutputDirectory.prepare(output, overwrite);
            } catch (FileAlreadyExistsException e) {
                return fail(err, output + " " + e.getReason() + "; choose another --output or pass --overwrite", BAD_INPUT);
            } catch (IOException e) {
                return fail(err, "cannot prepare " + output + ": " + e.getMessage(), BAD_INPUT);
            }
            Scenario s = plan.scenario();
            List<String> commandLine = new ArrayList<>();
            commandLine.add("vpsim-spark");
            commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
            SparkSession spark;
            try {
                spark = session(s.name());
            } catch (Exception e) { // Spark throws SparkException undeclared
                dir.dropStaging();
                dir.dropStaging();
                return fail(err, "cannot start Spark (--master " + (master == null ? "default" : master) + "): "
                        + rootMessage(e), BAD_INPUT);
            }
            try {
                err.printf("vpsim-spark: %s — %d patient(s) × %d arm(s)%s × %s day(s), seed %d, Spark %s, master %s → %s%n",
                        s.name(), plan.patients().size(), s.arms().size(),
                        s.cohort().replicates() > 1 ? " × " + s.cohort().replicates() + " replicates" : "",
                        s.durationDays(), s.seed(),
                        spark.version(), spark.sparkContext().master(), dir.path());
                err.flush();
                StudyJob.Outcome outcome = StudyJob.run(spark, plan, dir, partitions == null ? 0 : partitions, plugins,
                        commandLine, BuildInfo.current().version());
                out.printf("%.0f patient-days in %.1f s (%.0f patient-days/s; simulated with the time series written in"
                                + " %.1f s, the rest in %.1f s);"
                                + " %d timeseries rows%n",
                        outcome.patientDays(), outcome.seconds(), outcome.patientDays() / outcome.seconds(),
                        outcome.simulatedSeconds(), outcome.seconds() - outcome.simulatedSeconds(),
                        outcome.manifest().rowCounts().timeseriesTotal());
                out.println("results: " + dir.path() + "  (timeseries/, events.parquet, summary.parquet, manifest.json)");
                out.flush();
                List<RunFailure> failures = outcome.manifest().failures();
                if (!failures.isEmpty()) {
                    err.printf("vpsim-spark: %d patient × arm run(s) stopped early; their time series and summary rows"
                            + " are not in the results (listed under \"failures\" in manifest.json):%n", failures.size());
                    for (RunFailure f : failures) {
                        err.printf("  arm %s, %s%s, minute %s: %s%n", f.arm(), f.patient(),
                                f.replicate() == 0 ? "" : " (replicate " + f.replicate() + ")", f.minute(), f.reason());
                    }
                    err.flush();
                    return FAILED;
                }
                return OK;
            } catch (Exception e) { // IOException, or a failed Spark job (SparkException, thrown undeclared)
                try {
                    dir.dropStaging();
                } catch (RuntimeException ignored) {
                    // Best effort: without a manifest the directory is visibly incomplete anyway.
                }
                return fail(err, "run failed, no manifest written: " + rootMessage(e), FAILED);
            } finally {
                spark.stop();
            }
        }

        /** The scenario with the overrides, checked against models and the built-in controllers. */
        private StudyPlan plan() {
            Scenario s = new ScenarioLibrary().resolve(scenario);
            s = s.withOverrides(seed, days, patients, replicates);
            Path file = Path.of(scenario);
            Path folder = Files.isRegularFile(file) ? file.toAbsolutePath().getParent() : null;
            ControllerRegistry controllers;
            try {
                controllers = plugins == null ? ControllerRegistry.builtIn() : ControllerRegistry.withPlugins(plugins);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException("--plugins", e.getMessage());
            }
            return StudyPlan.of(s, controllers, folder);
        }

        private SparkSession session(String scenarioName) {
            SparkSession.Builder b = SparkSession.builder().appName("vpsim " + scenarioName)
                    // The files as vpsim run writes them: ZSTD, timestamps as INT64 milliseconds UTC.
                    .config("spark.sql.parquet.compression.codec", "zstd")
                    .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MILLIS")
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .config("spark.sql.session.timeZone", "UTC")
                    // The simulated rows are cached once between the simulation and the writes; compressing
                    // that cache cost more time (about 30 % of the run, measured) than its memory saves.
                    .config("spark.sql.inMemoryColumnarStorage.compressed", "false");
            String given = master != null ? master : System.getProperty("spark.master");
            if (given == null) {
                given = "local[*]";
            }
            if (given.startsWith("local")) {
                // In this process: no web UI to serve, no port to take.
                b.config("spark.ui.enabled", "false");
            }
            SparkSession spark = b.master(given).getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            return spark;
        }

        private static int fail(PrintWriter err, String message, int code) {
            err.println("vpsim-spark: " + message);
            err.flush();
            return code;
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
    }

    /** {@code --version}: the vpsim version and source commit this jar was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo b = BuildInfo.current();
            return new String[] {"vpsim-spark " + b.version() + " (commit " + b.commit() + ")"};
        }
    }
}
