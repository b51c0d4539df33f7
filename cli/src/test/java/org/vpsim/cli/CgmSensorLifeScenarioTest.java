package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An arm's cgm with sensor changes, warm-up and burst dropouts runs through the CLI and logs its sensor changes. */
class CgmSensorLifeScenarioTest {
    @TempDir
    Path dir;

    private static final String SCENARIO = """
            {"name": "sensor-life", "durationDays": 3, "seed": 8, "model": "hovorka-2004",
             "cohort": {"patients": ["nominal"]},
             "meals": {"fixed": [{"time": "07:00", "carbsGrams": 50}]},
             "person": {"enabled": false},
             "arms": [{"name": "plain", "pump": {}, "cgm": {}, "controller": {"type": "basal-only"}},
                      {"name": "changed", "pump": {},
                       "cgm": {"sensorLifeDays": 1, "warmUpMinutes": 120,
                               "dropoutBurstFraction": 0.05, "dropoutBurstMeanMinutes": 30},
                       "controller": {"type": "basal-only"}}]}""";

    @Test
    void sensorChangesAreLoggedAndTheNewSensorGivesNoReadingsDuringItsWarmUp() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, SCENARIO);
        Path out = dir.resolve("run");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", file.toString(), "--output", out.toString(),
                "--no-progress");
        assertEquals(0, r.exit(), r.err());
        String ts = "'" + out.resolve("timeseries") + "/*/*.parquet'";
        String ev = "'" + out.resolve("events.parquet") + "'";
        String start = "(SELECT min(time) FROM " + ts + ")";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            List<Double> changeHours = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT epoch(time - " + start + ") / 3600.0, arm FROM " + ev
                    + " WHERE type = 'SENSOR_CHANGE' ORDER BY time")) {
                while (rs.next()) {
                    assertEquals("changed", rs.getString(2), "the default sensor is never replaced");
                    changeHours.add(rs.getDouble(1));
                }
            }
            assertEquals(List.of(24.0, 48.0), changeHours);
            // Warm-up: every 5-min row of [24 h, 26 h) and [48 h, 50 h) is without a reading, and the reading is back at 26 h.
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(cgm_mg_dl) FROM " + ts + " WHERE arm = 'changed'"
                    + " AND (epoch(time - " + start + ") / 60 % 1440) < 120 AND time >= " + start + " + INTERVAL 1 DAY")) {
                rs.next();
                assertEquals(48, rs.getLong(1));
                assertEquals(0, rs.getLong(2), "no reading during a warm-up");
            }
            // Elsewhere: the plain arm reads every sample; the changed arm loses some to bursts, and the readings it
            // keeps are the plain arm's (same noise stream, same plasma glucose under basal-only).
            try (ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE p.cgm_mg_dl IS NULL),"
                    + " count(*) FILTER (WHERE c.cgm_mg_dl IS NULL), count(*) FILTER (WHERE c.cgm_mg_dl <> p.cgm_mg_dl),"
                    + " count(*) FROM " + ts + " p JOIN " + ts + " c USING (patient, time)"
                    + " WHERE p.arm = 'plain' AND c.arm = 'changed' AND NOT (time >= " + start + " + INTERVAL 1 DAY"
                    + " AND (epoch(time - " + start + ") / 60 % 1440) < 120)")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
                long burstMissing = rs.getLong(2);
                assertTrue(burstMissing > 0 && burstMissing < 0.2 * rs.getLong(4), burstMissing + " missing in bursts");
                assertEquals(0, rs.getLong(3), "kept readings equal the plain arm's");
            }
        }
    }

    @Test
    void aWarmUpWithoutASensorLifeIsRefusedWithItsPath() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, SCENARIO.replace("\"sensorLifeDays\": 1, ", ""));
        RunCommandTest.Outcome r = RunCommandTest.vpsim("validate", file.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("arms[1].cgm.warmUpMinutes") && r.err().contains("sensorLifeDays"), r.err());
    }
}
