package org.vpsim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vpsim.patient.PatientModels;
import org.vpsim.results.EventRow;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.ColumnBlock;
import org.vpsim.results.parquet.ParquetFiles;
import org.vpsim.results.parquet.TableFileWriter;
import org.vpsim.results.spool.SpoolDirectory;
import org.vpsim.results.spool.TaskSpool;
import org.vpsim.scenario.model.Cohort;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.run.PatientSimulation;

/**
 * The row path after the simulation (issues 12 and 15), on real rows: four patients × 14 days of the default
 * study ({@value #ROWS} time-series rows, simulated once in the set-up).
 *
 * <ul>
 *   <li>{@code writeTimeseries}: rows per second through the time-series Parquet writer from a block of
 *   columns (what a run's writer gets from the spool), with the doubles PLAIN (what the result files use) or
 *   BYTE_STREAM_SPLIT, at a ZSTD level; the file's bytes per row are printed at the end of each trial, so
 *   speed and size are read together.</li>
 *   <li>{@code spoolRoundTrip}: rows per second through a {@link TaskSpool} that keeps 512 rows in memory,
 *   so nearly every row is encoded to its spool file and decoded back (replayed as blocks of columns, which is
 *   what the writer takes) — the cost streaming adds to a long study's rows.</li>
 *   <li>{@code spoolThenWrite}: both, as a run's writer takes the rows: through a spool of 4,096 rows in memory
 *   and replayed as blocks of columns into the time-series writer.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar
 * ParquetWriter}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ParquetWriterBenchmark {

    static final int PATIENTS = 4;
    static final int DAYS = 14;
    static final int ROWS = PATIENTS * DAYS * 288;
    private static final int TIME = TimeseriesColumns.TABLE.indexOf("time");

    @Param({"plain", "byte-stream-split"})
    public String doubles;

    @Param({"2"})
    public int zstdLevel;

    private final List<TimeseriesRow> rows = new ArrayList<>();
    private ColumnBlock<TimeseriesRow> block;
    private ParquetFiles.Options options;
    private Path dir;
    private long lastFileBytes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<String> names = List.of("adult#001", "adolescent#004", "child#007", "adult#010");
        Scenario s = new ScenarioLibrary().load(ScenarioLibrary.DEFAULT).withDurationDays(DAYS)
                .withCohort(new Cohort(names));
        for (String name : names) {
            rows.addAll(PatientSimulation.run(s, s.arms().get(0), PatientModels.create(s.model(), name)).rows());
        }
        if (rows.size() != ROWS) {
            throw new IllegalStateException("expected " + ROWS + " rows, simulated " + rows.size());
        }
        block = new ColumnBlock<>(TimeseriesColumns.TABLE, ROWS);
        rows.forEach(block::add);
        options = new ParquetFiles.Options("byte-stream-split".equals(doubles), zstdLevel);
        dir = Files.createTempDirectory("vpsim-writer-bench");
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long writeTimeseries() throws IOException {
        Path file = dir.resolve("part.parquet");
        try (TableFileWriter<TimeseriesRow> w = ParquetFiles.timeseriesWriter(file, options)) {
            w.write(block);
        }
        lastFileBytes = Files.size(file);
        return lastFileBytes;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long spoolRoundTrip() throws IOException {
        long[] n = {0};
        try (SpoolDirectory folder = new SpoolDirectory(dir.resolve("spool"));
             TaskSpool spool = new TaskSpool(folder, "task-0.spool", 512)) {
            for (TimeseriesRow r : rows) {
                spool.timeseries(r);
            }
            spool.finish();
            spool.replay(b -> n[0] += b.longs(TIME)[b.size() - 1], (ColumnBlock<EventRow> e) -> { });
        }
        return n[0];
    }

    /**
     * The whole row path after the simulation, as a run's writer takes it: rows into a spool that keeps 4,096 in
     * memory (so most go through its file), replayed as blocks of columns into the time-series writer.
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long spoolThenWrite() throws IOException {
        Path file = dir.resolve("spooled.parquet");
        try (SpoolDirectory folder = new SpoolDirectory(dir.resolve("spool"));
             TaskSpool spool = new TaskSpool(folder, "task-0.spool", 4_096);
             TableFileWriter<TimeseriesRow> w = ParquetFiles.timeseriesWriter(file, options)) {
            for (TimeseriesRow r : rows) {
                spool.timeseries(r);
            }
            spool.finish();
            spool.replay(b -> {
                try {
                    w.write(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, (ColumnBlock<EventRow> e) -> { });
        }
        return Files.size(file);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (lastFileBytes > 0) {
            System.out.printf("%n[%s doubles, ZSTD %d] %d bytes, %.2f bytes per time-series row%n", doubles, zstdLevel,
                    lastFileBytes, lastFileBytes / (double) ROWS);
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
