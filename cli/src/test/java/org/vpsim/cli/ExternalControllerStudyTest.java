package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Controllers from outside vpsim, end to end through {@code vpsim run}: the README's Python example,
 * the Java plug-in jar loaded with {@code --plugins}, the two giving identical results, and
 * controllers that crash, hang or write garbage for one patient leaving the rest of the cohort
 * complete.
 */
class ExternalControllerStudyTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The example plug-in jar as the reactor built it, copied alone into a fresh plug-ins folder. */
    private Path pluginsFolder() throws IOException {
        return pluginsFolder(tmp);
    }

    /** The example plug-in jar copied alone into {@code tmp/plugins}. */
    static Path pluginsFolder(Path tmp) throws IOException {
        Path target = Path.of(System.getProperty("vpsim.examplePluginDir", "../examples/java-plugin/target"));
        List<Path> jars;
        try (Stream<Path> s = Files.list(target)) {
            jars = s.filter(p -> p.getFileName().toString().matches("example-java-plugin-.*\\.jar")
                    && !p.getFileName().toString().endsWith("-sources.jar")).toList();
        }
        assertEquals(1, jars.size(), "the example plug-in jar in " + target + " (built by the reactor before cli): " + jars);
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Files.copy(jars.get(0), plugins.resolve(jars.get(0).getFileName()));
        return plugins;
    }

    /** The README's example, shortened to a day; run on 2 threads and on 1, byte for byte the same. */
    @Test
    void readmeExampleRunsACohortAsWrittenAndIdenticallyOnAnyThreadCount() throws Exception {
        Path out = tmp.resolve("example");
        Path single = tmp.resolve("example-1-thread");
        for (Path dir : List.of(out, single)) {
            RunCommandTest.Outcome r = RunCommandTest.vpsim("run", EXAMPLES.resolve("external-controller/scenario.json").toString(),
                    "--days", "1", "--patients", "adult#001,adolescent#001,child#001", "--output", dir.toString(),
                    "--threads", dir == out ? "2" : "1", "--no-progress");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("python-bolus-lgs"), r.out());
        }
        for (String file : List.of("timeseries/arm=python-bolus-lgs/part-00000.parquet", "events.parquet", "summary.parquet",
                "controller-logs/python-bolus-lgs/child_001.stderr.log")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(single.resolve(file))), file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            assertEquals(3 * 288, count(st, "SELECT count(*) FROM '" + out.resolve("timeseries") + "/*/*.parquet'"));
            assertTrue(count(st, "SELECT count(*) FROM '" + out.resolve("events.parquet")
                    + "' WHERE type = 'CONTROLLER_COMMAND' AND detail LIKE '%meal bolus%'") > 0, "the Python controller gave meal boluses");
        }
        for (String p : List.of("adult_001", "adolescent_001", "child_001")) {
            String log = Files.readString(out.resolve("controller-logs/python-bolus-lgs/" + p + ".stderr.log"));
            assertTrue(log.startsWith("start ") && log.strip().endsWith("end"), log);
        }
        // A reviewer re-runs it from the manifest, the external command resolved in the scenario's folder.
        RunCommandTest.Outcome again = RunCommandTest.vpsim("reproduce", out.toString(), "--scenario-folder",
                EXAMPLES.resolve("external-controller").toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("byte-identical"), again.out());
    }

    /**
     * The protocol both ways: the Java plug-in and the Python example implement the same rules, so on the
     * same patient-day (common random numbers: same meals, same sensor noise) every time-series row
     * must agree exactly — which holds only if every observation reached Python with the doubles
     * vpsim holds and every command came back exactly. The suspend threshold is raised so that
     * low-glucose suspend acts too.
     */
    @Test
    void javaPluginAndPythonControllerGiveIdenticalResultsOnAPatientDay() throws Exception {
        Path plugins = pluginsFolder();
        String settings = "{\"lowSuspendMgDl\": 110, \"resumeMgDl\": 130, \"minSuspendMinutes\": 20}";
        Path scenario = tmp.resolve("both-ways.json");
        Files.writeString(scenario, """
                {
                  "name": "both-ways", "start": "2026-01-05T00:00:00Z", "durationDays": 1, "seed": 7,
                  "model": "uva-padova-2008", "cohort": {"patients": ["adult#004"]},
                  "meals": {"fixed": [{"time": "07:00", "carbsGrams": 50}, {"time": "12:00", "carbsGrams": 70},
                                      {"time": "18:30", "carbsGrams": 80}]},
                  "arms": [
                    {"name": "java", "controller": {"type": "example-bolus-lgs", "settings": %s}},
                    {"name": "python", "controller": {"type": "external", "command": ["python3", "%s"], "settings": %s}}
                  ]
                }
                """.formatted(settings, EXAMPLES.resolve("external-controller/controller.py"), settings));
        Path out = tmp.resolve("both");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", scenario.toString(), "--plugins", plugins.toString(),
                "--output", out.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        // The manifest names the plug-in jar that ran, with its checksum.
        JsonNode loaded = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("plugins");
        assertEquals(1, loaded.size(), loaded.toString());
        Path jar;
        try (Stream<Path> s = Files.list(plugins)) {
            jar = s.findFirst().orElseThrow();
        }
        assertEquals(jar.getFileName().toString(), loaded.get(0).get("path").asText());
        assertEquals(org.vpsim.results.manifest.Sha256.of(jar), loaded.get(0).get("sha256").asText());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            String ts = "'" + out.resolve("timeseries") + "/*/*.parquet'";
            st.execute("CREATE VIEW j AS SELECT * EXCLUDE (arm) FROM " + ts + " WHERE arm = 'java'");
            st.execute("CREATE VIEW p AS SELECT * EXCLUDE (arm) FROM " + ts + " WHERE arm = 'python'");
            assertEquals(288, count(st, "SELECT count(*) FROM j"));
            assertEquals(288, count(st, "SELECT count(*) FROM p"));
            assertEquals(0, count(st, "SELECT count(*) FROM (SELECT * FROM j EXCEPT ALL SELECT * FROM p)"),
                    "every row of the Java arm has its identical twin in the Python arm");
            String ev = "'" + out.resolve("events.parquet") + "'";
            long suspends = count(st, "SELECT count(*) FROM " + ev + " WHERE arm = 'java' AND type = 'CONTROLLER_COMMAND'"
                    + " AND detail LIKE 'suspend;%'");
            assertTrue(suspends > 0, "low-glucose suspend acted in the compared day");
            assertEquals(suspends, count(st, "SELECT count(*) FROM " + ev + " WHERE arm = 'python' AND type = 'CONTROLLER_COMMAND'"
                    + " AND detail LIKE 'suspend;%'"));
            assertTrue(count(st, "SELECT count(*) FROM j WHERE bolus_u > 0") > 0, "meal boluses in the compared day");
            assertEquals(0, count(st, "SELECT count(*) FROM (SELECT time, type, detail, requested_u, delivered_u FROM " + ev
                    + " WHERE arm = 'java' EXCEPT ALL SELECT time, type, detail, requested_u, delivered_u FROM " + ev
                    + " WHERE arm = 'python')"), "the same commands and pump events, word for word");
        }
    }

    @Test
    void pluginsFolderProblemsAreInputErrorsAndValidateSeesPlugins() throws Exception {
        Path scenario = tmp.resolve("plugin.json");
        Files.writeString(scenario, """
                {"name": "plugin", "start": "2026-01-05T00:00:00Z", "durationDays": 1, "seed": 1,
                 "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "controller": {"type": "example-bolus-lgs", "settings": {"lowSuspendMgDl": 20}}}]}
                """);
        RunCommandTest.Outcome r = RunCommandTest.vpsim("validate", scenario.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("arms[0].controller.type: found \"example-bolus-lgs\"; expected a known controller"), r.err());

        r = RunCommandTest.vpsim("validate", scenario.toString(), "--plugins", tmp.resolve("missing").toString());
        assertEquals(2, r.exit());
        assertEquals("vpsim: --plugins: plug-in folder " + tmp.resolve("missing") + " does not exist", r.err().strip());

        Path plugins = pluginsFolder();
        r = RunCommandTest.vpsim("validate", scenario.toString(), "--plugins", plugins.toString());
        assertEquals(2, r.exit(), "the plug-in's provider validates its settings");
        assertTrue(r.err().contains("arms[0].controller.settings.lowSuspendMgDl: found 20; expected a number from 40 to 150 (mg/dL)"),
                r.err());

        Files.writeString(scenario, Files.readString(scenario).replace("\"lowSuspendMgDl\": 20", "\"lowSuspendMgDl\": 80"));
        r = RunCommandTest.vpsim("validate", scenario.toString(), "--plugins", plugins.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("vpsim:"), r.err());
    }

    @Test
    void mistypedControllerScriptIsRefusedBeforeAnythingRuns() throws Exception {
        Path scenario = tmp.resolve("typo.json");
        Files.writeString(scenario, """
                {"name": "typo", "start": "2026-01-05T00:00:00Z", "durationDays": 1, "seed": 1,
                 "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "controller": {"type": "external", "command": ["python3", "controler.py"]}}]}
                """);
        Path out = tmp.resolve("typo-out");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", scenario.toString(), "--output", out.toString(), "--no-progress");
        assertEquals(2, r.exit());
        assertEquals("vpsim: arms[0].controller.command[1]: 'controler.py' does not exist in " + tmp.toAbsolutePath(), r.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    /**
     * Three arms, each with a controller that misbehaves for one patient — a crash, a hang past a
     * 500 ms time-out, a line of garbage — on three patients: the six healthy patient × arms run to
     * the end, the three failures are in the manifest with patient, arm, minute and cause, and the
     * run exits non-zero.
     */
    @Test
    void crashHangAndGarbageForOnePatientEachLeaveTheRestOfTheCohortComplete() throws Exception {
        Path script = Path.of(getClass().getResource("external/faulty_controller.py").toURI());
        Files.copy(script, tmp.resolve("faulty_controller.py"));
        Path scenario = tmp.resolve("faulty.json");
        Files.writeString(scenario, """
                {"name": "faulty", "start": "2026-01-05T00:00:00Z", "durationDays": 1, "seed": 3,
                 "cohort": {"patients": ["adult#001", "adult#002", "adult#003"]},
                 "meals": {"fixed": [{"time": "07:00", "carbsGrams": 50}, {"time": "12:00", "carbsGrams": 70}]},
                 "arms": [
                   {"name": "crash", "controller": {"type": "external", "command": ["python3", "faulty_controller.py", "crash", "adult#001", "600"]}},
                   {"name": "hang", "controller": {"type": "external", "command": ["python3", "faulty_controller.py", "hang", "adult#002", "300"],
                                                   "timeoutMillis": 500}},
                   {"name": "garbage", "controller": {"type": "external", "command": ["python3", "faulty_controller.py", "garbage", "adult#003", "0"]}}
                 ]}
                """);
        Path out = tmp.resolve("faulty-out");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", scenario.toString(), "--output", out.toString(), "--no-progress");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("3 patient × arm run(s) stopped early"), r.err());

        JsonNode failures = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("failures");
        assertEquals(3, failures.size(), failures.toString());
        List<String> seen = new ArrayList<>();
        for (JsonNode f : failures) {
            seen.add(f.get("arm").asText() + "/" + f.get("patient").asText() + "@" + f.get("minute").asDouble());
        }
        assertEquals(List.of("crash/adult#001@600.0", "hang/adult#002@300.0", "garbage/adult#003@0.0"), seen);
        String crash = failures.get(0).get("reason").asText();
        assertTrue(crash.contains("exited with code 1") && crash.contains("RuntimeError: simulated controller bug")
                && crash.contains("misbehaving (crash) at minute 600.0"), crash);
        String hang = failures.get(1).get("reason").asText();
        assertTrue(hang.contains("did not answer the observation at minute 300.0 within 500 ms"), hang);
        String garbage = failures.get(2).get("reason").asText();
        assertTrue(garbage.contains("not valid JSON: '<html>not a command</html>'"), garbage);
        for (JsonNode f : failures) {
            String reason = f.get("reason").asText();
            assertFalse(reason.contains(out.toAbsolutePath().normalize().toString()), "run-relative paths: " + reason);
        }
        assertTrue(crash.contains("controller-logs/crash/adult_001.stderr.log"), crash);
        assertTrue(r.out().contains("6 patient-days in"), "failed patient × arms are not counted: " + r.out());
        assertTrue(r.err().contains("arm crash, adult#001, minute 600"), r.err());

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            String ts = "'" + out.resolve("timeseries") + "/*/*.parquet'";
            assertEquals(6 * 288, count(st, "SELECT count(*) FROM " + ts), "the six healthy patient × arms, complete");
            assertEquals(0, count(st, "SELECT count(*) FROM " + ts + " WHERE (arm, patient) IN "
                    + "(('crash', 'adult#001'), ('hang', 'adult#002'), ('garbage', 'adult#003'))"),
                    "nothing of a failed patient × arm presented as a result");
            assertEquals(6, count(st, "SELECT count(*) FROM '" + out.resolve("summary.parquet") + "'"));
        }
        assertTrue(Files.readString(out.resolve("controller-logs/crash/adult_001.stderr.log")).contains("Traceback"));
    }
}
