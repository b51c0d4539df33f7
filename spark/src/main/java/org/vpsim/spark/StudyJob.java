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
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
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
 * executors — one cached row per task ({@link TaskRows}) — in the same job that writes the time series, one
 * file per task partition (partitions never span two arms and hold consecutive tasks, so an arm's files read
 * in name order give the CLI's rows); then events and summary, one file each, from the cache; every table
 * written by Spark as Parquet with rows in the CLI's order; {@code manifest.json} written last by the driver
 * with the same records as {@code vpsim run}.
 */
final class StudyJob {

    /**
     * What the run gave back.
     *
     * @param simulatedSeconds time until every task was simulated and cached and its time series written (the rest
     *                         is counting and writing events and summary)
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
            // The first job simulates every task (filling the cache) and writes its time series, one file per
            // partition, in the same pass: the cores simulate and write side by side.
            out.write(TaskRows.timeseries(rows), TimeseriesColumns.TABLE, "timeseries");
            double simulated = (System.nanoTime() - t0) / 1e9;
            Map<String, Long> timeseriesCounts = new TreeMap<>();
            long events = 0;
            long summaries = 0;
            for (Row r : rows.groupBy(TaskRows.ARM).agg(functions.sum(TaskRows.ROWS),
                    functions.sum(functions.size(col(TaskRows.EVENTS))), functions.count(TaskRows.SUMMARY_STRUCT))
                    .collectAsList()) {
                if (r.getLong(1) > 0) {
                    timeseriesCounts.put(r.getString(0), r.getLong(1));
                }
                events += r.getLong(2);
                summaries += r.getLong(3);
            }
            List<RunFailure> failures = new ArrayList<>();
            for (Row f : rows.filter(col(TaskRows.FAILURE_STRUCT).isNotNull())
                    .select(TaskRows.ARM, TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX, TaskRows.REPLICATE,
                            TaskRows.FAILURE_STRUCT)
                    .orderBy(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX, TaskRows.REPLICATE).collectAsList()) {
                Row failure = f.getAs(TaskRows.FAILURE_STRUCT);
                String runDir = out.path().toString() + java.io.File.separator;
                failures.add(new RunFailure(f.getAs(TaskRows.ARM), failure.getAs("patient"), f.<Integer>getAs(TaskRows.REPLICATE),
                        failure.<Double>getAs("minute"), failure.<String>getAs("reason").replace(runDir, "")));
            }
            List<FileEntry> files = new ArrayList<>(writeSmallTables(rows, out));
            // Each arm's files: the partitions of its slices, in order (TaskSlices).
            int slicesPerArm = slices.size() / scenario.arms().size();
            for (int a = 0; a < scenario.arms().size(); a++) {
                String arm = scenario.arms().get(a).name();
                if (timeseriesCounts.containsKey(arm)) {
                    for (Path file : out.publishParts("timeseries", RunDirectory.TIMESERIES_DIR + "/arm=" + arm,
                            a * slicesPerArm, (a + 1) * slicesPerArm)) {
                        files.add(out.entry(file));
                    }
                }
            }
            out.dropStaging();
            for (Path log : out.controllerLogs()) {
                files.add(out.entry(log));
            }
            files.sort(Comparator.comparing(FileEntry::path));
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
     * Writes events and summary from the cached task rows, one file each (two Spark jobs), and
     * moves them into place; returns their manifest entries.
     */
    private static List<FileEntry> writeSmallTables(Dataset<Row> rows, OutputDirectory out) throws IOException {
        // The partitions are in task order already; the sort (of the keys and the small column only) makes sure.
        Dataset<Row> events = TaskRows.events(rows.select(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX,
                TaskRows.REPLICATE, TaskRows.EVENTS).coalesce(1).sortWithinPartitions(TaskRows.ARM_INDEX,
                TaskRows.PATIENT_INDEX, TaskRows.REPLICATE));
        Dataset<Row> summary = TaskRows.summary(rows.select(TaskRows.ARM_INDEX, TaskRows.PATIENT_INDEX,
                TaskRows.REPLICATE, TaskRows.SUMMARY_STRUCT).coalesce(1).sortWithinPartitions(TaskRows.ARM_INDEX,
                TaskRows.PATIENT_INDEX, TaskRows.REPLICATE));
        // One after the other: written side by side, the two jobs' Parquet options were seen to leak between them
        // (events written with the number dictionaries switched off in one run and on in the next).
        out.write(events, EventColumns.TABLE, "events");
        out.write(summary, SummaryColumns.TABLE, "summary");
        return List.of(out.entry(out.publish("events", RunDirectory.EVENTS_FILE)),
                out.entry(out.publish("summary", RunDirectory.SUMMARY_FILE)));
    }
}
