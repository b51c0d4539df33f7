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
 * A study as one Spark application: the patient × arm tasks as a Dataset, simulated on the executors
 * in one pass (cached), then each output table written by Spark as Parquet — one file per table (per
 * arm for the time series), rows in the CLI's order — and {@code manifest.json} written last by the
 * driver with the same records as {@code vpsim run}.
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
            DataTypes.createStructField("patient_index", DataTypes.IntegerType, false)));

    private StudyJob() {
    }

    /**
     * Runs the study.
     *
     * @param partitions number of task partitions, or 0 for sixteen per core of the cluster (at most one per task)
     */
    static Outcome run(SparkSession spark, StudyPlan plan, OutputDirectory out, int partitions,
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
        List<Row> taskRows = new ArrayList<>();
        for (int a = 0; a < scenario.arms().size(); a++) {
            for (int p = 0; p < plan.patients().size(); p++) {
                taskRows.add(RowFactory.create(a, p));
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = jsc.defaultParallelism();
        // Small partitions balance the cores: patient × arms differ in cost, and the stage waits for its slowest task.
        int slices = Math.max(1, Math.min(taskRows.size(), partitions > 0 ? partitions : 16 * cores));
        Dataset<Row> tasks = spark.createDataFrame(jsc.parallelize(taskRows, slices), TASK);
        String folder = plan.scenarioFolder() == null ? null : plan.scenarioFolder().toString();
        Dataset<Row> rows = tasks.mapPartitions(new SimulatePartition(json, folder), Encoders.row(TaskRows.SCHEMA))
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
                    .orderBy(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX).collectAsList()) {
                Row failure = f.getAs(TaskRows.FAILURE_STRUCT);
                failures.add(new RunFailure(f.getAs(TaskRows.ARM), failure.getAs("patient"),
                        failure.<Double>getAs("minute"), failure.getAs("reason")));
            }
            List<FileEntry> files = write(rows, out, new ArrayList<>(timeseriesCounts.keySet()));
            RunInfo info = new RunInfo(version, scenario.name(), reader.toJsonTree(scenario), scenario.seed(),
                    scenario.model(), plan.cohort().parameterSetSha256(), commandLine, cores, failures);
            RunManifest manifest = RunManifest.of(info, started, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    new RowCounts(timeseriesCounts, events, summaries), files);
            Manifests.write(out.path(), manifest);
            return new Outcome(manifest, taskRows.size() * scenario.durationDays(), (System.nanoTime() - t0) / 1e9,
                    simulated);
        } finally {
            rows.unpersist();
        }
    }

    /**
     * Writes the three tables from the cached rows (the arms' time series concurrently, as separate
     * Spark jobs) and moves them into place; returns their manifest entries sorted by path.
     */
    private static List<FileEntry> write(Dataset<Row> rows, OutputDirectory out, List<String> arms) throws IOException {
        List<String> staged = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<Dataset<Row>> tables = new ArrayList<>();
        for (String arm : arms) {
            tables.add(rows.filter(col(TaskRows.TABLE).equalTo(TaskRows.TIMESERIES).and(col(TaskRows.ARM).equalTo(arm)))
                    .coalesce(1)
                    .sortWithinPartitions(TaskRows.PATIENT_INDEX, TaskRows.SEQ)
                    .select(TaskRows.select(TimeseriesColumns.TABLE)));
            staged.add("timeseries-" + arm);
            targets.add(RunDirectory.TIMESERIES_DIR + "/arm=" + arm + "/" + RunDirectory.PART_FILE);
        }
        tables.add(rows.filter(col(TaskRows.TABLE).equalTo(TaskRows.EVENT)).coalesce(1)
                .sortWithinPartitions(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX, TaskRows.SEQ)
                .select(TaskRows.select(EventColumns.TABLE)));
        staged.add("events");
        targets.add(RunDirectory.EVENTS_FILE);
        tables.add(rows.filter(col(TaskRows.TABLE).equalTo(TaskRows.SUMMARY)).coalesce(1)
                .sortWithinPartitions(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX)
                .select(TaskRows.select(SummaryColumns.TABLE)));
        staged.add("summary");
        targets.add(RunDirectory.SUMMARY_FILE);

        // Each table is one file written by one task; running the jobs side by side keeps the cores busy.
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
        for (int i = 0; i < tables.size(); i++) {
            Path file = out.publish(staged.get(i), targets.get(i));
            entries.add(out.entry(file));
        }
        out.dropStaging();
        entries.sort(Comparator.comparing(FileEntry::path));
        return entries;
    }
}
