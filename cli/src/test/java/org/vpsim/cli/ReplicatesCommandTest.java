package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --replicates} through the commands: a run with Monte Carlo replicates, its metrics over patients ×
 * replicates, a paired comparison patient by patient and replicate by replicate, the report, verify, and a
 * bad value refused naming the option.
 */
class ReplicatesCommandTest {

    @TempDir
    static Path tmp;
    static Path run;

    @BeforeAll
    static void runStudy() {
        run = tmp.resolve("run");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", "two-arm-correction", "--patients", "adult#001,adult#002",
                "--days", "0.5", "--replicates", "3", "--output", run.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("means over patients and Monte Carlo replicates"), r.out());
    }

    @Test
    void metricsAggregateOverPatientsAndReplicates() throws Exception {
        RunCommandTest.Outcome m = RunCommandTest.vpsim("metrics", run.toString(), "--format", "json");
        assertEquals(0, m.exit(), m.err());
        JsonNode arm = new ObjectMapper().readTree(m.out()).get("arms").get(0);
        assertEquals(2, arm.get("patients").asInt());
        assertEquals(3, arm.get("replicates").asInt());
        RunCommandTest.Outcome table = RunCommandTest.vpsim("metrics", run.toString());
        assertTrue(table.out().contains("(2 patients × 3 replicates)"), table.out());
        assertTrue(table.out().contains("n = patients × replicates"), table.out());
        // n = 6 for every plasma metric.
        assertTrue(table.out().lines().anyMatch(l -> l.trim().startsWith("tir_70_180_pct") && l.contains(" 6 ")), table.out());
    }

    @Test
    void compareArmsPairsEachPatientsReplicates() {
        RunCommandTest.Outcome c = RunCommandTest.vpsim("compare", run.toString(), "--arms", "meal-bolus-only,with-correction");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("meal-bolus-only → with-correction: 2 paired patients (6 patient × replicate pairs)"),
                c.out());
    }

    @Test
    void reportAndVerifyReadARunWithReplicates() throws Exception {
        Path html = tmp.resolve("report.html");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("report", run.toString(), "--output", html.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(html).contains("2 × 2 × 3 replicates"));
        RunCommandTest.Outcome v = RunCommandTest.vpsim("verify", run.toString());
        assertEquals(0, v.exit(), v.err());
        JsonNode scenario = new ObjectMapper().readTree(run.resolve("manifest.json").toFile()).get("scenario");
        assertEquals(3, scenario.get("cohort").get("replicates").asInt(), "the scenario as run names its replicates");
    }

    @Test
    void aBadReplicateCountIsRefusedNamingTheOption() {
        Path out = tmp.resolve("bad");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", "two-arm-correction", "--days", "0.5", "--replicates", "0",
                "--output", out.toString(), "--no-progress");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--replicates"), r.err());
        assertFalse(Files.exists(out.resolve("manifest.json")));
    }
}
