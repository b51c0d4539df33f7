package org.vpsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.EventColumns;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.results.manifest.Sha256;

/**
 * The same study through {@code vpsim run} (the CLI jar, in its own JVM: its Parquet-Java and Hadoop
 * would clash with Spark's) and through the Spark application on {@code local[2]}: every value of every
 * output table must be the same, in the same order, and the manifest must describe the files.
 */
class SparkStudyTest {

    private static final String SCENARIO = "two-arm-correction";
    private static final List<String> STUDY = List.of(SCENARIO, "--patients", "all", "--days", "1", "--seed", "11");
    /** 5-minute rows over one day. */
    private static final int ROWS_PER_PATIENT = 288;

    @TempDir
    static Path tmp;
    private static Path cli;
    private static Path spark;

    @BeforeAll
    static void runBoth() throws Exception {
        cli = tmp.resolve("cli");
        spark = tmp.resolve("spark");
        Path jar = Path.of("..", "cli", "target", "vpsim.jar").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(jar), jar + " is missing: build the cli module first (the reactor builds it before spark)");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "run"));
        cmd.addAll(STUDY);
        cmd.addAll(List.of("--output", cli.toString(), "--threads", "2", "--no-progress"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("cli.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "vpsim run did not finish");
        assertEquals(0, p.exitValue(), () -> "vpsim run failed: " + read(tmp.resolve("cli.log")));
        assertEquals(0, sparkRun(spark));
    }

    /** Runs {@code vpsim.jar} with {@code args} and returns its exit code and output. */
    private static Map.Entry<Integer, String> vpsim(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("..", "cli", "target", "vpsim.jar").toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(tmp, "vpsim", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "vpsim did not finish");
        return Map.entry(p.exitValue(), Files.readString(log));
    }

    private static int sparkRun(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(STUDY);
        args.addAll(List.of("--output", out.toString(), "--master", "local[2]"));
        args.addAll(List.of(extra));
        return SparkStudy.execute(args.toArray(String[]::new));
    }

    @Test
    void everyTableHoldsTheCliValuesInTheCliOrder() throws Exception {
        RunManifest m = Manifests.read(cli);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (FileEntry f : m.files()) {
                List<String> names = f.path().startsWith("timeseries/") ? TimeseriesColumns.TABLE.names()
                        : f.path().equals("events.parquet") ? EventColumns.TABLE.names() : SummaryColumns.TABLE.names();
                List<List<Object>> expected = rows(duck, cli.resolve(f.path()));
                List<List<Object>> actual = rows(duck, spark.resolve(f.path()));
                assertEquals(names, columns(duck, spark.resolve(f.path())), f.path() + ": the catalogue's columns");
                assertEquals(expected.size(), actual.size(), f.path() + ": rows");
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i), actual.get(i), f.path() + ", row " + i);
                }
                assertFalse(expected.isEmpty(), f.path() + " is empty: nothing was compared");
            }
        }
    }

    @Test
    void rowsPerPatientDayAreTheCliOnes() throws Exception {
        RunManifest m = Manifests.read(spark);
        assertEquals(Manifests.read(cli).rowCounts(), m.rowCounts());
        assertEquals(30L * 2, m.rowCounts().summary());
        m.rowCounts().timeseriesByArm().values().forEach(n -> assertEquals(30L * ROWS_PER_PATIENT, n));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(n), max(n), count(*) FROM (SELECT arm, patient, count(*) n FROM "
                     + "read_parquet('" + spark.resolve("timeseries") + "/*/*.parquet', hive_partitioning = true)"
                     + " GROUP BY ALL)")) {
            rs.next();
            assertEquals(ROWS_PER_PATIENT, rs.getLong(1));
            assertEquals(ROWS_PER_PATIENT, rs.getLong(2));
            assertEquals(60, rs.getLong(3));
        }
    }

    @Test
    void manifestListsExactlyTheFilesWithTheirChecksumsAndTheStudy() throws IOException {
        RunManifest m = Manifests.read(spark);
        RunManifest c = Manifests.read(cli);
        assertEquals(c.files().stream().map(FileEntry::path).toList(), m.files().stream().map(FileEntry::path).toList());
        for (FileEntry f : m.files()) {
            Path p = spark.resolve(f.path());
            assertEquals(Files.size(p), f.bytes(), f.path());
            assertEquals(Sha256.of(p), f.sha256(), f.path());
        }
        try (Stream<Path> walk = Files.walk(spark)) {
            List<String> present = walk.filter(Files::isRegularFile).map(p -> spark.relativize(p).toString()).sorted().toList();
            List<String> listed = new ArrayList<>(m.files().stream().map(FileEntry::path).toList());
            listed.add(Manifests.FILE_NAME);
            assertEquals(listed.stream().sorted().toList(), present, "no staging or checksum files left behind");
        }
        assertEquals(c.scenarioSha256(), m.scenarioSha256(), "the same study");
        assertEquals(c.parameterSetSha256(), m.parameterSetSha256());
        assertEquals(List.of(), m.failures());
    }

    @Test
    void theCliToolsReadTheSparkRun() throws Exception {
        Map.Entry<Integer, String> verify = vpsim("verify", spark.toString());
        assertEquals(0, verify.getKey(), verify.getValue());
        Map.Entry<Integer, String> compare = vpsim("compare", cli.toString(), spark.toString());
        assertEquals(0, compare.getKey(), compare.getValue());
        assertEquals(2, compare.getValue().lines().filter(l -> l.contains("30 paired patients, 0 of 54 metrics differ")).count(),
                compare.getValue());
    }

    @Test
    void sameFilesWhateverThePartitioning() throws IOException {
        Path other = tmp.resolve("spark-7");
        assertEquals(0, sparkRun(other, "--partitions", "7"));
        assertEquals(checksums(Manifests.read(spark)), checksums(Manifests.read(other)));
    }

    @Test
    void badInputIsRefusedBeforeSparkStarts() throws IOException {
        assertEquals(SparkStudy.BAD_INPUT, SparkStudy.execute("run", "no-such-scenario", "--output", tmp.resolve("x").toString()));
        assertEquals(SparkStudy.BAD_INPUT, SparkStudy.execute("run", SCENARIO, "--days", "-1", "--output", tmp.resolve("y").toString()));
        assertEquals(SparkStudy.BAD_INPUT, sparkRun(spark), "an existing run without --overwrite");
        assertEquals(SparkStudy.BAD_INPUT, SparkStudy.execute("run", SCENARIO, "--days", "1", "--master", "nowhere",
                "--output", tmp.resolve("z").toString()));
        assertFalse(Files.exists(tmp.resolve("z").resolve(Manifests.FILE_NAME)));
        assertTrue(Files.isRegularFile(spark.resolve(Manifests.FILE_NAME)), "the existing run is left alone");
    }

    private static Map<String, String> checksums(RunManifest m) {
        Map<String, String> out = new TreeMap<>();
        m.files().forEach(f -> out.put(f.path(), f.sha256()));
        return out;
    }

    private static List<String> columns(Connection duck, Path file) throws SQLException {
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + file + "', hive_partitioning = false) LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnName(i));
            }
            return names;
        }
    }

    /** Every row of a file in file order, every value as DuckDB reads it. */
    private static List<List<Object>> rows(Connection duck, Path file) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + file + "', hive_partitioning = false)")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
