package org.vpsim.results.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.parquet.SampleRuns;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RowCounts;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.results.parquet.ParquetRows;

class RunMetricsTest {

    @TempDir
    Path tmp;

    @Test
    void recomputedMetricsEqualTheSummaryTheRunWrote() throws Exception {
        Path dir = tmp.resolve("run");
        SampleRuns.writeCompleteRun(dir);
        RunMetrics m = RunMetrics.load(dir, ParquetRows.READER);
        assertEquals(List.of("closed-loop", "open_loop"), m.arms());
        assertEquals(ParquetRows.readSummary(dir.resolve("summary.parquet")), m.rows());
        assertNotNull(m.rows().get(0).plasma().hypoEventsBelow54());
    }

    @Test
    void aDirectoryWithoutManifestIsRefusedInPlainWords() throws Exception {
        Files.createDirectories(tmp.resolve("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunMetrics.load(tmp.resolve("x"), ParquetRows.READER));
        assertTrue(e.getMessage().contains("not a complete run directory"), e.getMessage());
    }

    private static RunManifest manifest(String json) throws Exception {
        JsonNode scenario = Manifests.parseJson(json);
        return new RunManifest("v", "c", "s", scenario, Manifests.scenarioSha256(scenario), 1, "uva-padova-2008",
                "0".repeat(64), List.of(), 1, Instant.EPOCH.toString(), Instant.EPOCH.toString(),
                new RowCounts(Map.of(), 0, 0), List.of(), List.of(), List.of());
    }

    @Test
    void scenariosThatDifferOnlyInTherapyAreComparable() throws Exception {
        RunManifest a = manifest("{\"name\":\"x\",\"seed\":7,\"arms\":[{\"name\":\"a\",\"controller\":{\"type\":\"p\","
                + "\"targetMgDl\":110},\"cgm\":{\"noise\":true}}]}");
        RunManifest b = manifest("{\"name\":\"y\",\"seed\":7,\"arms\":[{\"name\":\"b\",\"controller\":{\"type\":\"p\","
                + "\"targetMgDl\":120},\"cgm\":{\"noise\":true}}]}");
        assertEquals(List.of(), ScenarioDifferences.between(a, "a", b, "b"));
    }

    @Test
    void otherDifferencesAreNamedByPath() throws Exception {
        RunManifest a = manifest("{\"seed\":7,\"durationDays\":14,\"arms\":[{\"name\":\"a\",\"cgm\":{\"noise\":true}}]}");
        RunManifest b = manifest("{\"seed\":8,\"durationDays\":14,\"arms\":[{\"name\":\"a\",\"cgm\":{\"noise\":false}}]}");
        List<String> d = ScenarioDifferences.between(a, "a", b, "a");
        assertEquals(List.of("seed: 7 ≠ 8", "arms[a].cgm.noise: true ≠ false"), d);
        ObjectNode unused = (ObjectNode) a.scenario();
        assertTrue(unused.has("seed"), "the manifest itself is not modified");
    }
}
