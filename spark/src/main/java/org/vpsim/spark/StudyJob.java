package org.vpsim.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.vpsim.results.EventColumns;
import org.vpsim.results.RunDirectory;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RowCounts;
import org.vpsim.results.manifest.RunFailure;
import org.vpsim.results.manifest.RunInfo;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioReader;
import org.vpsim.scenario.run.StudyPlan;

/**
 * A study as one Spark application: the patient × arm × replicate tasks as a Dataset, simulated on the
 * executors in one pass (cached), then each output table written by Spark as Parquet, rows in the CLI's
 * order — the time series of an arm as one file per task partition (partitions never span two arms, and
 * hold consecutive tasks, so the arm's files read in name order give the CLI's rows), events and summary one
 * file each — and {@code manifest.json} written last by the driver with the same records as {@code vpsim run}.
 */
final class StudyJob {

    /**
     * What the run gave back.
     *
     * @param simulatedSeconds time until every task was simulated and cached (the rest is writing)
     */
    record Outcome(RunManifest manifest, double patientDays, double seconds, double simulatedSeconds) {
    }

    private static final StructType TASK = DataTypes.createStructType(List.of(
            DataTypes.createStructField("arm_index", DataTypes.IntegerType, false),
            DataTypes.createStructField("patient_index", DataTypes.IntegerType, false),
            DataTypes.createStructField("replicate", DataTypes.IntegerType, false)));

    private StudyJob() {
    }

    /**
     * Runs the study.
     *
     * @param partitions number of task partitions, or 0 for sixteen per core of the cluster (at most one per task);
     *                   spread over the arms, each arm's time series is written as that many files
     * @param plugins    folder of controller plug-in jars (seen at the same path by every executor), or null
     */
    static Outcome run(SparkSession spark, StudyPlan plan, OutputDirectory out, int partitions, Path plugins,
                       List<String> commandLine, String version) throws IOException {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long t0 = System.nanoTime();
        Scenario scenario = plan.scenario();
        ScenarioReader reader = new ScenarioReader();
        String json = reader.toJson(scenario);
        if (!reader.parse(json).equals(scenario)) {
            // The executors rebuild the scenario from this text: it must be the very same study.
            throw new IllegalStateException("the scenario does not survive its JSON form; cannot ship it to executors");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = jsc.defaultParallelism();
        // Small partitions balance the cores: patient × arms differ in cost, and the stage waits for its slowest task.
        List<List<Row>> slices = TaskSlices.of(plan.tasks(), scenario.arms().size(),
                partitions > 0 ? partitions : 16 * cores);
        Dataset<Row> tasks = spark.createDataFrame(
                jsc.parallelize(slices, slices.size()).flatMap(List::iterator), TASK);
        String folder = plan.scenarioFolder() == null ? null : plan.scenarioFolder().toString();
        String logs = out.path().resolve(RunDirectory.CONTROLLER_LOGS_DIR).toString();
        Dataset<Row> rows = tasks.mapPartitions(new SimulatePartition(json, folder,
                        plugins == null ? null : plugins.toAbsolutePath().toString(), logs), Encoders.row(TaskRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // This action runs the simulations (and fills the cache the writes read from).
            Map<String, Long> timeseriesCounts = new TreeMap<>();
            long events = 0;
            long summaries = 0;
            for (Row r : rows.groupBy(TaskRows.TABLE, TaskRows.ARM).count().collectAsList()) {
                int table = r.getInt(0);
                long n = r.getLong(2);
                if (table == TaskRows.TIMESERIES) {
                    timeseriesCounts.put(r.getString(1), n);
                } else if (table == TaskRows.EVENT) {
                    events += n;
                } else if (table == TaskRows.SUMMARY) {
                    summaries += n;
                }
            }
            double simulated = (System.nanoTime() - t0) / 1e9;
            List<RunFailure> failures = new ArrayList<>();
            for (Row f : rows.filter(col(TaskRows.TABLE).equalTo(TaskRows.FAILURE))
                    .orderBy(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX, TaskRows.REPLICATE).collectAsList()) {
                Row failure = f.getAs(TaskRows.FAILURE_STRUCT);
                String runDir = out.path().toString() + java.io.File.separator;
                failures.add(new RunFailure(f.getAs(TaskRows.ARM), failure.getAs("patient"), f.<Integer>getAs(TaskRows.REPLICATE),
                        failure.<Double>getAs("minute"), failure.<String>getAs("reason").replace(runDir, "")));
            }
            int slicesPerArm = slices.size() / scenario.arms().size();
            Map<String, Integer> firstPartition = new TreeMap<>();
            for (String arm : timeseriesCounts.keySet()) {
                int a = 0;
                while (!scenario.arms().get(a).name().equals(arm)) {
                    a++;
                }
                firstPartition.put(arm, a * slicesPerArm);
            }
            List<FileEntry> files = write(rows, out, firstPartition, slicesPerArm);
            RunInfo info = new RunInfo(version, scenario.name(), reader.toJsonTree(scenario), scenario.seed(),
                    scenario.model(), plan.cohort().parameterSetSha256(), commandLine, cores, failures,
                    pluginEntries(plan));
            RunManifest manifest = RunManifest.of(info, started, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    new RowCounts(timeseriesCounts, events, summaries), files);
            Manifests.write(out.path(), manifest);
            return new Outcome(manifest, (double) (summaries) * scenario.durationDays(), (System.nanoTime() - t0) / 1e9,
                    simulated);
        } finally {
            rows.unpersist();
        }
    }

    /** Each plug-in jar by file name, size and SHA-256, as {@code vpsim run} records them. */
    private static List<FileEntry> pluginEntries(StudyPlan plan) throws IOException {
        List<FileEntry> entries = new ArrayList<>();
        for (Path jar : plan.controllers().pluginJars()) {
            entries.add(new FileEntry(jar.getFileName().toString(), java.nio.file.Files.size(jar),
                    org.vpsim.results.manifest.Sha256.of(jar)));
        }
        return entries;
    }

    /**
     * Writes the three tables from the cached rows — each arm's time series by every task partition of that
     * arm, one file each, side by side; events and summary one file each — moves them into place, and lists
     * them with the controllers' stderr logs; returns the manifest entries sorted by path.
     */
    private static List<FileEntry> write(Dataset<Row> rows, OutputDirectory out, Map<String, Integer> firstPartition,
                                         int slicesPerArm) throws IOException {
        List<String> arms = new ArrayList<>(firstPartition.keySet());
        List<String> staged = new ArrayList<>();
        List<Dataset<Row>> tables = new ArrayList<>();
        for (String arm : arms) {
            // No coalesce and no sort: a partition's rows are one arm's consecutive tasks in simulation order.
            tables.add(rows.filter(col(TaskRows.TABLE).equalTo(TaskRows.TIMESERIES).and(col(TaskRows.ARM).equalTo(arm)))
                    .select(TaskRows.select(TimeseriesColumns.TABLE)));
            staged.add("timeseries-" + arm);
        }
        tables.add(rows.filter(col(TaskRows.TABLE).equalTo(TaskRows.EVENT)).coalesce(1)
                .sortWithinPartitions(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX, TaskRows.REPLICATE, TaskRows.SEQ)
                .select(TaskRows.select(EventColumns.TABLE)));
        staged.add("events");
        tables.add(rows.filter(col(TaskRows.TABLE).equalTo(TaskRows.SUMMARY)).coalesce(1)
                .sortWithinPartitions(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX, TaskRows.REPLICATE)
                .select(TaskRows.select(SummaryColumns.TABLE)));
        staged.add("summary");

        // Running the jobs side by side keeps the cores busy while the small tables' single tasks run.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tables.size(), 4));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                Dataset<Row> t = tables.get(i);
                String path = out.staging(staged.get(i));
                jobs.add(pool.submit(() -> t.write().mode(SaveMode.ErrorIfExists).parquet(path)));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            throw new IOException("writing the results failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<FileEntry> entries = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            int from = firstPartition.get(arms.get(a));
            for (Path file : out.publishParts(staged.get(a), RunDirectory.TIMESERIES_DIR + "/arm=" + arms.get(a), from,
                    from + slicesPerArm)) {
                entries.add(out.entry(file));
            }
        }
        entries.add(out.entry(out.publish("events", RunDirectory.EVENTS_FILE)));
        entries.add(out.entry(out.publish("summary", RunDirectory.SUMMARY_FILE)));
        out.dropStaging();
        for (Path log : out.controllerLogs()) {
            entries.add(out.entry(log));
        }
        entries.sort(Comparator.comparing(FileEntry::path));
        return entries;
    }
}
