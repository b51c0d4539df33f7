package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import picocli.CommandLine;

class RunCommandTest {
    @TempDir
    Path tmp;

    record Outcome(int exit, String out, String err) {
    }

    static Outcome vpsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = VpsimCommand.newCommandLine(args); // as main builds it: only the invoked subcommand in full
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    private static List<Path> parquetFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void defaultStudyShortenedWritesParquetThatDuckDbReadsWithoutOptions() throws Exception {
        Path out = tmp.resolve("run");
        Outcome r = vpsim("run", "--days", "1", "--patients", "adult#001,child#002,adolescent#003",
                "--output", out.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("pump-bolus-calculator"), r.out());
        assertTrue(Files.exists(out.resolve("manifest.json")));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement()) {
            String ts = "'" + out.resolve("timeseries") + "/*/*.parquet'";
            assertEquals(3 * 288, count(st, "SELECT count(*) FROM " + ts));
            assertEquals(3, count(st, "SELECT count(DISTINCT patient) FROM " + ts));
            // The arm comes back from the Hive partition directory.
            assertEquals(3 * 288, count(st, "SELECT count(*) FROM " + ts + " WHERE arm = 'pump-bolus-calculator'"));
            try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + ts)) {
                List<String> cols = new ArrayList<>();
                while (rs.next()) {
                    cols.add(rs.getString(1) + ":" + rs.getString(2));
                }
                assertTrue(cols.contains("time:TIMESTAMP WITH TIME ZONE"), cols.toString());
                assertTrue(cols.contains("glucose_mg_dl:DOUBLE"), cols.toString());
                assertTrue(cols.contains("cgm_mg_dl:DOUBLE"), cols.toString());
            }
            assertEquals(3, count(st, "SELECT count(*) FROM '" + out.resolve("summary.parquet") + "'"));
            assertTrue(count(st, "SELECT count(*) FROM '" + out.resolve("events.parquet") + "' WHERE type = 'MEAL'") > 0);
            // Every bolus the controller asked for reached the events log with what was delivered.
            assertTrue(count(st, "SELECT count(*) FROM '" + out.resolve("events.parquet")
                    + "' WHERE type = 'BOLUS_COMPLETED' AND delivered_u > 0") > 0);
        }
    }

    @Test
    void outputIsByteIdenticalAtOneAndTwoThreadsAndChangesWithTheSeed() throws Exception {
        String[] common = {"run", "two-arm-correction", "--days", "2", "--patients", "adult#001,adult#002,adult#003",
                "--no-progress"};
        Path a = tmp.resolve("t1");
        Path b = tmp.resolve("t2");
        Path c = tmp.resolve("seed");
        assertEquals(0, vpsim(concat(common, "--threads", "1", "--output", a.toString())).exit());
        assertEquals(0, vpsim(concat(common, "--threads", "2", "--output", b.toString())).exit());
        assertEquals(0, vpsim(concat(common, "--threads", "2", "--seed", "99", "--output", c.toString())).exit());
        List<Path> fa = parquetFiles(a);
        List<Path> fb = parquetFiles(b);
        assertEquals(4, fa.size(), fa.toString()); // 2 arm partitions + events + summary
        for (int i = 0; i < fa.size(); i++) {
            assertEquals(a.relativize(fa.get(i)), b.relativize(fb.get(i)));
            assertArrayEquals(Files.readAllBytes(fa.get(i)), Files.readAllBytes(fb.get(i)), fa.get(i).toString());
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("events.parquet")),
                Files.readAllBytes(c.resolve("events.parquet"))), "another seed gives other meals");
    }

    @Test
    void armsOfOneStudySeeTheSameMealsAndSensorNoise() throws Exception {
        Path out = tmp.resolve("crn");
        assertEquals(0, vpsim("run", "two-arm-correction", "--days", "2", "--patients", "adult#004",
                "--output", out.toString(), "--no-progress").exit());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement()) {
            String ev = "'" + out.resolve("events.parquet") + "'";
            long meals = count(st, "SELECT count(*) FROM " + ev + " WHERE type = 'MEAL'");
            long sameMeals = count(st, "SELECT count(*) FROM " + ev + " a JOIN " + ev
                    + " b USING (time, carbs_g) WHERE a.type = 'MEAL' AND b.type = 'MEAL' AND a.arm < b.arm");
            assertTrue(meals > 0);
            assertEquals(meals / 2, sameMeals);
        }
    }

    @Test
    void anExistingRunIsRefusedUnlessOverwrite() {
        Path out = tmp.resolve("again");
        String[] args = {"run", "reference-day", "--patients", "adult#001", "--output", out.toString(), "--no-progress"};
        assertEquals(0, vpsim(args).exit());
        Outcome again = vpsim(args);
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--overwrite"), again.err());
        assertEquals(0, vpsim(concat(args, "--overwrite")).exit());
    }

    @Test
    void unknownPatientIsRefusedBeforeAnythingRuns() {
        Path out = tmp.resolve("bad");
        Outcome r = vpsim("run", "--patients", "adult#042", "--output", out.toString(), "--no-progress");
        assertEquals(2, r.exit());
        // The cohort came from the option, so the problem names the option as typed.
        assertTrue(r.err().contains("--patients"), r.err());
        assertTrue(r.err().contains("adult#042"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void invalidScenarioFileIsRefusedNamingTheField() throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, """
                {"name": "bad", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a"}, {"name": "b", "pump": {"basalProfile": [
                    {"start": "00:00", "unitsPerHour": 1.0}, {"start": "06:00", "unitsPerHour": 1.2},
                    {"start": "12:00", "unitsPerHour": -0.5}]}}]}""");
        Outcome v = vpsim("validate", f.toString());
        assertEquals(2, v.exit());
        assertTrue(v.err().contains("arms[1].pump.basalProfile[2].unitsPerHour"), v.err());
        assertTrue(v.err().contains("-0.5"), v.err());
        Outcome r = vpsim("run", f.toString(), "--output", tmp.resolve("never").toString(), "--no-progress");
        assertEquals(2, r.exit());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void inconsistentPumpSettingsAreRefusedBeforeTheRun() throws IOException {
        Path f = tmp.resolve("pump.json");
        Files.writeString(f, """
                {"name": "p", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "pump": {"pulseUnits": 0.03}}]}""");
        Outcome v = vpsim("validate", f.toString());
        assertEquals(2, v.exit());
        assertTrue(v.err().contains("arms[0].pump."), v.err());
        Files.writeString(f, """
                {"name": "p", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "pump": {"model": "minimed5xx", "spec": {"reservoirCapacityUnits": 150, "bogus": 1}}}]}""");
        Outcome unknown = vpsim("validate", f.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("arms[0].pump.spec.bogus"), unknown.err());
        Files.writeString(f, """
                {"name": "p", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "pump": {"model": "minimed5xx", "spec": {"userResponseMinutes": 45}}}]}""");
        assertEquals(0, vpsim("validate", f.toString()).exit());
    }

    @Test
    void validateAcceptsEveryBuiltInAndScenariosListsThem() {
        Outcome list = vpsim("scenarios");
        assertEquals(0, list.exit());
        for (String name : List.of("default-study", "reference-day", "two-arm-correction", "occlusion")) {
            assertTrue(list.out().contains(name), list.out());
            Outcome v = vpsim("validate", name);
            assertEquals(0, v.exit(), v.err());
            assertTrue(v.out().contains("valid"), v.out());
        }
        assertTrue(vpsim("validate", "default-study").out().contains("30 patient(s)"));
    }

    @Test
    void missingScenarioFileIsABadInput() {
        Outcome r = vpsim("validate", tmp.resolve("nope.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("neither a scenario file nor a built-in"), r.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
