package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14's studies and fields from the command line: built-ins run, alerts and severe events land in the output. */
class TherapyStudiesCliTest {
    @TempDir
    Path dir;

    @Test
    void theThreeStudiesAreListedAndTheInfusionSetFailureRunsWithAlertsInOneArm() throws Exception {
        RunCommandTest.Outcome list = RunCommandTest.vpsim("scenarios");
        assertEquals(0, list.exit(), list.err());
        for (String name : new String[] {"infusion-set-failure", "set-wear", "severe-hypo-prone"}) {
            assertTrue(list.out().contains(name), list.out());
        }
        Path out = dir.resolve("run");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", "infusion-set-failure", "--days", "2", "--patients",
                "adult#001,adolescent#002", "--output", out.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        String events = out.resolve("events.parquet").toString();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT arm, count(*) FILTER (WHERE type = 'ALERT_HIGH'),"
                    + " count(*) FILTER (WHERE type = 'FAULT_OCCLUSION') FROM '" + events + "' GROUP BY arm ORDER BY arm")) {
                assertTrue(rs.next());
                assertEquals("high-alerts", rs.getString(1));
                assertTrue(rs.getLong(2) > 0, "the high alert sounds after the occlusion");
                assertEquals(2, rs.getLong(3));
                assertTrue(rs.next());
                assertEquals("no-alerts", rs.getString(1));
                assertEquals(0, rs.getLong(2));
                assertEquals(2, rs.getLong(3));
            }
            try (ResultSet rs = st.executeQuery("SELECT count(severe_hypo_events) FROM '"
                    + out.resolve("summary.parquet") + "'")) {
                assertTrue(rs.next());
                assertEquals(4, rs.getLong(1), "severe events counted for every patient × arm with the person");
            }
        }
    }

    @Test
    void manualTherapyThePumpForbidsIsRefusedWithItsPathAndNothingWritten() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"name\": \"bad\", \"durationDays\": 1, \"cohort\": {\"patients\": [\"adult#001\"]},"
                + " \"arms\": [{\"name\": \"pump\", \"manualTherapy\": [{\"type\": \"temp-basal\", \"atHours\": 2,"
                + " \"percent\": 300, \"durationMinutes\": 60}, {\"type\": \"dual-wave-bolus\", \"atHours\": 3,"
                + " \"units\": 4, \"durationMinutes\": 60}]}]}");
        RunCommandTest.Outcome v = RunCommandTest.vpsim("validate", file.toString());
        assertEquals(2, v.exit());
        assertTrue(v.err().contains("arms[0].manualTherapy[1].immediatePercent"), v.err());
        Files.writeString(file, Files.readString(file).replace("\"units\": 4,", "\"units\": 4, \"immediatePercent\": 50,"));
        Path out = dir.resolve("never");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", file.toString(), "--output", out.toString(),
                "--no-progress");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("arms[0].manualTherapy[0].percent") && r.err().contains("maxTempBasalPercent"),
                r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out.resolve("summary.parquet")));
    }
}
