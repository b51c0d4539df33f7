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
 * The same study — 30 patients × 2 arms × 3 Monte Carlo replicates of one day (one day keeps the test
 * near a minute on two cores) — through {@code vpsim run} (the CLI jar, in its own JVM: its Parquet-Java
 * and Hadoop would clash with Spark's) and through the Spark application on {@code local[2]}: every value
 * of every output table must be the same, in the same order (an arm's time series is several part files
 * in Spark, read in name order), and the manifest must describe the files.
 */
class SparkStudyTest {

    private static final String SCENARIO = "two-arm-correction";
    private static final int REPLICATES = 3;
    private static final List<String> STUDY = List.of(SCENARIO, "--patients", "all", "--days", "1", "--seed", "11",
            "--replicates", Integer.toString(REPLICATES));
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
        // The CLI in its own process while Spark runs here: the two share the cores instead of taking turns.
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("cli.log").toFile()).start();
        assertEquals(0, sparkRun(spark));
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "vpsim run did not finish");
        assertEquals(0, p.exitValue(), () -> "vpsim run failed: " + read(tmp.resolve("cli.log")));
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
                boolean timeseries = f.path().startsWith("timeseries/");
                List<String> names = timeseries ? TimeseriesColumns.TABLE.names()
                        : f.path().equals("events.parquet") ? EventColumns.TABLE.names() : SummaryColumns.TABLE.names();
                List<List<Object>> expected = rows(duck, cli.resolve(f.path()));
                // The CLI writes an arm's time series as one file, Spark as one per task partition.
                List<Path> parts = timeseries ? partsOf(spark, f.path().substring(0, f.path().lastIndexOf('/')))
                        : List.of(spark.resolve(f.path()));
                List<List<Object>> actual = new ArrayList<>();
                for (Path part : parts) {
                    assertEquals(names, columns(duck, part), part + ": the catalogue's columns");
                    actual.addAll(rows(duck, part));
                }
                assertEquals(expected.size(), actual.size(), f.path() + ": rows");
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i), actual.get(i), f.path() + ", row " + i);
                }
                assertFalse(expected.isEmpty(), f.path() + " is empty: nothing was compared");
            }
        }
    }

    @Test
    void eachArmsTimeSeriesIsSeveralFilesEachOfConsecutivePatientReplicates() throws IOException {
        for (String arm : List.of("with-correction", "meal-bolus-only")) {
            List<Path> parts = partsOf(spark, "timeseries/arm=" + arm);
            // local[2]: 32 partitions, 16 per arm.
            assertEquals(16, parts.size(), arm);
            for (int i = 0; i < parts.size(); i++) {
                assertEquals(String.format("part-%05d.parquet", i), parts.get(i).getFileName().toString());
            }
        }
    }

    @Test
    void rowsPerPatientDayAreTheCliOnes() throws Exception {
        RunManifest m = Manifests.read(spark);
        assertEquals(Manifests.read(cli).rowCounts(), m.rowCounts());
        assertEquals(30L * 2 * REPLICATES, m.rowCounts().summary());
        m.rowCounts().timeseriesByArm().values().forEach(n -> assertEquals(30L * REPLICATES * ROWS_PER_PATIENT, n));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(n), max(n), count(*) FROM (SELECT arm, patient, count(*) n FROM "
                     + "read_parquet('" + spark.resolve("timeseries") + "/*/*.parquet', hive_partitioning = true)"
                     + " GROUP BY arm, patient, replicate)")) {
            rs.next();
            assertEquals(ROWS_PER_PATIENT, rs.getLong(1));
            assertEquals(ROWS_PER_PATIENT, rs.getLong(2));
            assertEquals(30 * 2 * REPLICATES, rs.getLong(3));
        }
    }

    @Test
    void manifestListsExactlyTheFilesWithTheirChecksumsAndTheStudy() throws IOException {
        RunManifest m = Manifests.read(spark);
        RunManifest c = Manifests.read(cli);
        assertEquals(c.files().stream().map(FileEntry::path).filter(p -> !p.startsWith("timeseries/")).toList(),
                m.files().stream().map(FileEntry::path).filter(p -> !p.startsWith("timeseries/")).toList());
        assertEquals(32, m.files().stream().filter(f -> f.path().startsWith("timeseries/")).count(), "16 files per arm");
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
        assertEquals(2, compare.getValue().lines().filter(l -> l.contains(
                "30 paired patients (90 patient × replicate pairs), 0 of 54 metrics differ")).count(), compare.getValue());
        Map.Entry<Integer, String> metrics = vpsim("metrics", spark.toString());
        assertEquals(0, metrics.getKey(), metrics.getValue());
        assertTrue(metrics.getValue().contains("arm with-correction (30 patients × 3 replicates)"), metrics.getValue());
    }

    @Test
    void sameContentWhateverThePartitioning() throws Exception {
        Path other = tmp.resolve("spark-7");
        assertEquals(0, sparkRun(other, "--partitions", "7"));
        Map<String, String> a = checksums(Manifests.read(spark));
        Map<String, String> b = checksums(Manifests.read(other));
        for (String table : List.of("events.parquet", "summary.parquet")) {
            assertEquals(a.get(table), b.get(table), table + " byte-identical");
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String arm : List.of("with-correction", "meal-bolus-only")) {
                List<Path> three = partsOf(other, "timeseries/arm=" + arm);
                assertEquals(3, three.size(), "7 partitions: 3 per arm");
                List<List<Object>> x = new ArrayList<>();
                for (Path p : partsOf(spark, "timeseries/arm=" + arm)) {
                    x.addAll(rows(duck, p));
                }
                List<List<Object>> y = new ArrayList<>();
                for (Path p : three) {
                    y.addAll(rows(duck, p));
                }
                assertEquals(x, y, arm);
            }
        }
    }

    @Test
    void pluginControllersAndExternalControllersRunAsInTheCliWithTheirLogsListed() throws Exception {
        Path target = Path.of("..", "examples", "java-plugin", "target");
        List<Path> jars;
        try (Stream<Path> s = Files.list(target)) {
            jars = s.filter(p -> p.getFileName().toString().matches("example-java-plugin-.*\\.jar")
                    && !p.getFileName().toString().endsWith("-sources.jar")).toList();
        }
        assertEquals(1, jars.size(), "the example plug-in jar (built by the reactor before spark): " + jars);
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Files.copy(jars.get(0), plugins.resolve(jars.get(0).getFileName()));
        Path controller = Path.of("..", "examples", "external-controller", "controller.py").toAbsolutePath().normalize();
        Path scenario = tmp.resolve("plugins.json");
        Files.writeString(scenario, """
                {"name": "plugins", "durationDays": 0.5, "seed": 3, "cohort": {"patients": ["adult#004", "child#001"]},
                 "meals": {"fixed": [{"time": "07:00", "carbsGrams": 50}]},
                 "arms": [{"name": "java", "controller": {"type": "example-bolus-lgs"}},
                          {"name": "python", "controller": {"type": "external", "command": ["python3", "%s"]}}]}
                """.formatted(controller));
        Path out = tmp.resolve("spark-plugins");
        assertEquals(0, SparkStudy.execute("run", scenario.toString(), "--plugins", plugins.toString(),
                "--output", out.toString(), "--master", "local[2]"));
        Path cliOut = tmp.resolve("cli-plugins");
        Map.Entry<Integer, String> cliRun = vpsim("run", scenario.toString(), "--plugins", plugins.toString(),
                "--output", cliOut.toString(), "--no-progress");
        assertEquals(0, cliRun.getKey(), cliRun.getValue());
        RunManifest m = Manifests.read(out);
        assertEquals(Manifests.read(cliOut).plugins(), m.plugins(), "the plug-in jar with its checksum");
        List<String> logs = m.files().stream().map(FileEntry::path).filter(p -> p.startsWith("controller-logs/")).toList();
        assertEquals(List.of("controller-logs/python/adult_004.stderr.log", "controller-logs/python/child_001.stderr.log"), logs);
        assertEquals(Files.readString(cliOut.resolve(logs.get(0))), Files.readString(out.resolve(logs.get(0))));
        Map.Entry<Integer, String> compare = vpsim("compare", cliOut.toString(), out.toString());
        assertEquals(0, compare.getKey(), compare.getValue());
        assertEquals(2, compare.getValue().lines().filter(l -> l.contains("2 paired patients, 0 of 54 metrics differ"))
                .count(), compare.getValue());
        Map.Entry<Integer, String> verify = vpsim("verify", out.toString());
        assertEquals(0, verify.getKey(), verify.getValue());
    }

    /** The part files of a time-series partition directory, in name order. */
    private static List<Path> partsOf(Path run, String armDirectory) throws IOException {
        try (Stream<Path> s = Files.list(run.resolve(armDirectory))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
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
