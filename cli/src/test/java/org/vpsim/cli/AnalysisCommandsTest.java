package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * metrics, compare, verify and reproduce through the command line, on short runs of the built-in
 * two-arm-correction study (10 adults, meal boluses alone vs with corrections, common random numbers).
 */
class AnalysisCommandsTest {

    static Path tmp;
    static Path runA;
    static Path runB;

    static RunCommandTest.Outcome vpsim(String... args) {
        return RunCommandTest.vpsim(args);
    }

    @BeforeAll
    static void runStudies() throws Exception {
        tmp = Files.createTempDirectory("vpsim-analysis-test");
        runA = tmp.resolve("a");
        runB = tmp.resolve("b");
        for (Path p : new Path[] {runA, runB}) {
            RunCommandTest.Outcome r = vpsim("run", "two-arm-correction", "--days", "3", "--output", p.toString(),
                    "--no-progress", "--threads", p == runA ? "1" : "2");
            assertEquals(0, r.exit(), r.err());
        }
    }

    @AfterAll
    static void clean() throws Exception {
        try (Stream<Path> w = Files.walk(tmp)) {
            for (Path p : w.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void compareOfTwoRunsOfTheSameScenarioAndSeedFindsNoDifference() throws Exception {
        RunCommandTest.Outcome r = vpsim("compare", runA.toString(), runB.toString(),
                "--fail-if", "tbr_below_70_pct > +0.5", "--fail-if", "tir_70_180_pct < -1.0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("meal-bolus-only → meal-bolus-only: 10 paired patients, 0 of 54 metrics differ"), r.out());
        assertTrue(r.out().contains("with-correction → with-correction: 10 paired patients, 0 of 54 metrics differ"), r.out());
        assertTrue(r.out().contains("passed  tbr_below_70_pct > +0.5"), r.out());

        RunCommandTest.Outcome j = vpsim("compare", runA.toString(), runB.toString(), "--format", "json");
        assertEquals(0, j.exit(), j.err());
        JsonNode root = new ObjectMapper().readTree(j.out());
        assertTrue(root.get("passed").asBoolean());
        for (JsonNode c : root.get("comparisons")) {
            c.get("metrics").forEach(m -> assertEquals(0, m.get("non_zero_pairs").asInt(), m.toString()));
        }
    }

    @Test
    void switchingCorrectionsOffFailsTheHyperglycaemiaGateByName() throws Exception {
        // Baseline: with corrections; candidate: corrections switched off (the worse arm for highs).
        RunCommandTest.Outcome r = vpsim("compare", runA.toString(), "--arms", "with-correction,meal-bolus-only",
                "--fail-if", "tar_above_180_pct > +0.5", "--fail-if", "tbr_below_54_pct > +5");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAILED  tar_above_180_pct > +0.5 (with-correction → meal-bolus-only)"), r.out());
        assertTrue(r.out().contains("passed  tbr_below_54_pct > +5"), r.out());
        assertTrue(r.err().contains("gate failed: tar_above_180_pct > +0.5"), r.err());
        assertTrue(r.out().contains("Wilcoxon") && r.out().contains("paired t"), r.out());
    }

    @Test
    void compareRefusesDifferentStudiesSayingWhatDiffers() throws Exception {
        Path other = tmp.resolve("other-seed");
        assertEquals(0, vpsim("run", "two-arm-correction", "--days", "1", "--seed", "8", "--output", other.toString(),
                "--no-progress").exit());
        RunCommandTest.Outcome r = vpsim("compare", runA.toString(), other.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("seed: 7 ≠ 8"), r.err());
        assertTrue(r.err().contains("durationDays: 3.0 ≠ 1.0") || r.err().contains("durationDays: 3 ≠ 1"), r.err());
        RunCommandTest.Outcome allowed = vpsim("compare", runA.toString(), other.toString(),
                "--allow-different-scenarios");
        assertEquals(0, allowed.exit(), allowed.err());
        assertTrue(allowed.out().contains("seed: 7 ≠ 8"), allowed.out());
    }

    @Test
    void compareInputErrorsArePlainWordsWithExit2() {
        RunCommandTest.Outcome r = vpsim("compare", runA.toString(), "--arms", "with-correction,nope");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("has no arm 'nope'"), r.err());
        RunCommandTest.Outcome g = vpsim("compare", runA.toString(), runB.toString(), "--fail-if", "tbr_70 > 0.5");
        assertEquals(2, g.exit());
        assertTrue(g.err().contains("unknown metric 'tbr_70'"), g.err());
        RunCommandTest.Outcome m = vpsim("compare", tmp.resolve("missing").toString(), runB.toString());
        assertEquals(2, m.exit());
        assertFalse(m.err().contains("Exception"), m.err());
    }

    @Test
    void metricsPrintsThePerArmTableInEveryFormat() throws Exception {
        RunCommandTest.Outcome t = vpsim("metrics", runA.toString());
        assertEquals(0, t.exit(), t.err());
        assertTrue(t.out().contains("arm meal-bolus-only (10 patients)"), t.out());
        assertTrue(t.out().contains("hypo_events_below_54"), t.out());
        assertTrue(t.out().contains("CVGA zones (plasma):"), t.out());

        RunCommandTest.Outcome csv = vpsim("metrics", runA.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("arm,metric,unit,n,mean,sd,median,q1,q3,ci95_low,ci95_high\n"), csv.out());

        JsonNode mg = new ObjectMapper().readTree(vpsim("metrics", runA.toString(), "--format", "json").out());
        JsonNode mmol = new ObjectMapper().readTree(vpsim("metrics", runA.toString(), "--format", "json", "--units",
                "mmol").out());
        double meanMg = mg.get("arms").get(0).get("metrics").get("mean_glucose_mg_dl").get("mean").asDouble();
        double meanMmol = mmol.get("arms").get(0).get("metrics").get("mean_glucose_mmol_l").get("mean").asDouble();
        assertEquals(meanMg / 18.0156, meanMmol, 1e-9);
        // Percentages are not glucose: unchanged by the unit.
        assertEquals(mg.get("arms").get(0).get("metrics").get("tir_70_180_pct").get("mean").asDouble(),
                mmol.get("arms").get(0).get("metrics").get("tir_70_180_pct").get("mean").asDouble(), 0.0);

        RunCommandTest.Outcome bad = vpsim("metrics", runA.toString(), "--units", "kg");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--units: 'kg' is not mg or mmol"), bad.err());
    }

    @Test
    void verifyCatchesAFlippedByteADeletedFileAndAnUnlistedFile() throws Exception {
        assertEquals(0, vpsim("verify", runB.toString()).exit());
        Path copy = tmp.resolve("tampered");
        copyTree(runB, copy);
        Path part = copy.resolve("timeseries/arm=with-correction/part-00000.parquet");
        byte[] b = Files.readAllBytes(part);
        b[1000] ^= 0x40;
        Files.write(part, b);
        Files.delete(copy.resolve("events.parquet"));
        Files.writeString(copy.resolve("extra.csv"), "x\n");
        RunCommandTest.Outcome r = vpsim("verify", copy.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("timeseries/arm=with-correction/part-00000.parquet: SHA-256"), r.err());
        assertTrue(r.err().contains("events.parquet: missing"), r.err());
        assertTrue(r.err().contains("extra.csv: not listed in the manifest"), r.err());
        assertFalse(r.err().contains("summary.parquet"), r.err());
    }

    @Test
    void reproduceConfirmsARunOfTheDefaultStudyAndCatchesAChangedChecksum() throws Exception {
        Path run = tmp.resolve("default");
        assertEquals(0, vpsim("run", "--days", "1", "--patients", "adult#001,child#001", "--output", run.toString(),
                "--no-progress").exit());
        RunCommandTest.Outcome r = vpsim("reproduce", run.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("reproduced: all 3 data files"), r.out());

        Path manifest = run.resolve("manifest.json");
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        String sha = m.get("files").get(1).get("sha256").asText();
        Files.writeString(manifest, Files.readString(manifest).replace(sha, "0".repeat(64)));
        RunCommandTest.Outcome changed = vpsim("reproduce", run.toString());
        assertEquals(1, changed.exit());
        assertTrue(changed.err().contains(m.get("files").get(1).get("path").asText() + ": differs"), changed.err());
    }

    @Test
    void versionAndManifestNameTheSourceCommit() throws Exception {
        RunCommandTest.Outcome v = vpsim("--version");
        assertTrue(v.out().matches("(?s)vpsim \\S+ \\(commit ([0-9a-f]{40}(-dirty)?|unknown)\\)\\s*"), v.out());
        JsonNode m = new ObjectMapper().readTree(runA.resolve("manifest.json").toFile());
        assertTrue(m.get("vpsim_commit").asText().matches("[0-9a-f]{40}(-dirty)?|unknown"), m.toString());
        assertTrue(v.out().contains(m.get("vpsim_commit").asText()));
    }

    @Test
    void everyAnalysisCommandHasHelpWithoutFormattingWarnings() {
        for (String c : new String[] {"metrics", "compare", "report", "verify", "reproduce"}) {
            RunCommandTest.Outcome h = vpsim(c, "--help");
            assertEquals(0, h.exit(), c);
            assertTrue(h.out().startsWith("Usage: vpsim " + c), h.out());
            assertEquals("", h.err(), c + " help printed warnings");
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> w = Files.walk(from)) {
            for (Path p : w.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
