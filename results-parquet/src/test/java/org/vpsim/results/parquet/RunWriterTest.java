package org.vpsim.results.parquet;

import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.EventRow;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.RunDirectory;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.results.manifest.Sha256;

class RunWriterTest {

    @TempDir
    Path tmp;

    private static List<Path> parquetFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".parquet")).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void sameRowsGiveByteIdenticalParquetFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        SampleRuns.writeCompleteRun(a);
        SampleRuns.writeCompleteRun(b);
        List<Path> files = parquetFiles(a);
        assertEquals(List.of(Path.of("events.parquet"), Path.of("summary.parquet"),
                Path.of("timeseries", "arm=closed-loop", "part-00000.parquet"),
                Path.of("timeseries", "arm=open_loop", "part-00000.parquet")), files);
        assertEquals(files, parquetFiles(b));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        // Hence the manifests differ at most in wall times.
        assertEquals(Manifests.read(a).files(), Manifests.read(b).files());
    }

    @Test
    void parquetFooterHoldsNoTimeOrHostDependentMetadata() throws IOException {
        Path dir = tmp.resolve("run");
        SampleRuns.writeCompleteRun(dir);
        byte[] bytes = Files.readAllBytes(dir.resolve("events.parquet"));
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("parquet-mr version 1.17.1"), "created_by names the Parquet-Java release");
        assertTrue(text.contains("vpsim.schema"));
        assertFalse(text.contains(System.getProperty("user.name")), "no user name in the file");
        assertFalse(text.contains(tmp.toString()), "no path in the file");
    }

    @Test
    void manifestRecordsWhatRanRowCountsAndFileChecksums() throws IOException {
        Path dir = tmp.resolve("run");
        Clock clock = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
        RunManifest written;
        try (RunWriter out = RunWriter.open(dir, false, clock)) {
            SampleRuns.writeRows(out);
            written = out.commit(SampleRuns.info());
        }
        RunManifest m = Manifests.read(dir);
        assertEquals(written, m);
        assertEquals("sample", m.scenarioName());
        assertEquals(42L, m.studySeed());
        assertEquals(2, m.threads());
        assertEquals("2025-01-02T03:04:05Z", m.startedAtUtc());
        assertEquals("2025-01-02T03:04:05Z", m.finishedAtUtc());
        assertEquals(Map.of("closed-loop", 900L, "open_loop", 900L), m.rowCounts().timeseriesByArm());
        assertEquals(2L * 3 * SampleRuns.events("closed-loop", "adult#001").size(), m.rowCounts().events());
        assertEquals(6L, m.rowCounts().summary());
        assertEquals(Manifests.scenarioSha256(m.scenario()), m.scenarioSha256());
        assertEquals(42, m.scenario().get("seed").asInt());
        assertEquals(4, m.files().size());
        for (FileEntry f : m.files()) {
            Path p = dir.resolve(f.path());
            assertEquals(Files.size(p), f.bytes(), f.path());
            assertEquals(Sha256.of(p), f.sha256(), f.path());
        }
        assertEquals("timeseries/arm=closed-loop/part-00000.parquet", m.files().get(2).path());
        String json = Files.readString(dir.resolve("manifest.json"));
        assertTrue(json.contains("\"scenario_sha256\""), json);
        assertTrue(json.contains("\"timeseries_by_arm\""), json);
        assertTrue(json.contains("\n  \"vpsim_version\""), "pretty-printed");
    }

    @Test
    void writerClosedWithoutCommitLeavesNoManifestAndNoDataFiles() throws IOException {
        Path dir = tmp.resolve("aborted");
        try (RunWriter out = RunWriter.open(dir, false)) {
            SampleRuns.writeRows(out);
        }
        assertFalse(Files.exists(dir.resolve("manifest.json")));
        assertFalse(RunDirectory.isComplete(dir));
        assertEquals(List.of(), parquetFiles(dir));
        try (Stream<Path> walk = Files.walk(dir)) {
            assertEquals(0, walk.filter(p -> p.toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void writerStillOpenShowsNoManifestAndNoFinalFileNames() throws IOException {
        Path dir = tmp.resolve("running");
        RunWriter out = RunWriter.open(dir, false);
        try {
            SampleRuns.writeRows(out);
            assertFalse(Files.exists(dir.resolve("manifest.json")));
            // Nothing a reader's *.parquet glob would pick up yet.
            assertEquals(List.of(), parquetFiles(dir));
        } finally {
            out.close();
        }
    }

    @Test
    void refusesADirectoryHoldingAPreviousRunUnlessAskedToOverwrite() throws IOException {
        Path dir = tmp.resolve("run");
        SampleRuns.writeCompleteRun(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> RunWriter.open(dir, false));
        assertTrue(e.getMessage().contains("manifest.json"), e.getMessage());
        // Even an incomplete previous run (no manifest) is protected.
        Files.delete(dir.resolve("manifest.json"));
        assertThrows(FileAlreadyExistsException.class, () -> RunWriter.open(dir, false));

        try (RunWriter out = RunWriter.open(dir, true)) {
            // Old run gone before a single new row is written; unrelated files stay.
            assertFalse(Files.exists(dir.resolve("timeseries")));
            assertFalse(Files.exists(dir.resolve("summary.parquet")));
            assertTrue(Files.exists(dir.resolve("notes.txt")));
            out.writeTimeseries("only", SampleRuns.timeseries("open_loop", "adult#001").get(0));
            out.commit(SampleRuns.info());
        }
        RunManifest m = Manifests.read(dir);
        assertEquals(Map.of("only", 1L), m.rowCounts().timeseriesByArm());
        assertEquals(0L, m.rowCounts().events());
        assertTrue(ParquetRows.readEvents(dir.resolve("events.parquet")).isEmpty());
    }

    @Test
    void ownReaderRoundTripsEveryRecord() throws IOException {
        Path dir = tmp.resolve("run");
        SampleRuns.writeCompleteRun(dir);
        assertTrue(RunDirectory.isComplete(dir));
        assertEquals(SampleRuns.ARMS, RunDirectory.arms(dir));
        for (String arm : SampleRuns.ARMS) {
            List<TimeseriesRow> expected = new ArrayList<>();
            for (String p : SampleRuns.PATIENTS) {
                expected.addAll(SampleRuns.timeseries(arm, p));
            }
            assertEquals(expected, ParquetRows.readTimeseries(RunDirectory.timeseriesFile(dir, arm)));
        }
        List<EventRow> events = new ArrayList<>();
        List<SummaryRow> summaries = new ArrayList<>();
        for (String arm : SampleRuns.ARMS) {
            for (String p : SampleRuns.PATIENTS) {
                events.addAll(SampleRuns.events(arm, p));
                summaries.add(SampleRuns.summary(arm, p));
            }
        }
        assertEquals(events, ParquetRows.readEvents(dir.resolve("events.parquet")));
        assertEquals(summaries, ParquetRows.readSummary(dir.resolve("summary.parquet")));
    }

    @Test
    void manyDistinctAndRepeatedStringsRoundTrip() throws IOException {
        // More distinct strings than a column caches, interleaved with repeated and equal-but-not-
        // identical ones, in every string column of the events file.
        Path dir = tmp.resolve("strings");
        List<EventRow> written = new ArrayList<>();
        try (RunWriter out = RunWriter.open(dir, false)) {
            for (int i = 0; i < 3000; i++) {
                String detail = i % 3 == 0 ? "detail-" + i : i % 3 == 1 ? "repeated" : new String("repeated");
                EventRow e = new EventRow(i % 2 == 0 ? "arm-a" : "arm-b", "patient#" + (i % 1500),
                        SampleRuns.START_MILLIS + i, "TYPE_" + (i % 7), i % 5 == 0 ? null : detail, null, null, null);
                out.writeEvent(e);
                written.add(e);
            }
            out.commit(SampleRuns.info());
        }
        assertEquals(written, ParquetRows.readEvents(dir.resolve("events.parquet")));
    }

    @Test
    void writerRefusesRowsAfterCommitAndBadArmNames() throws IOException {
        Path dir = tmp.resolve("run");
        try (RunWriter out = RunWriter.open(dir, false)) {
            TimeseriesRow row = SampleRuns.timeseries("open_loop", "adult#001").get(0);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> out.writeTimeseries("../escape", row));
            assertTrue(e.getMessage().startsWith("arm: '../escape'"), e.getMessage());
            out.commit(SampleRuns.info());
            assertThrows(IllegalStateException.class, () -> out.writeTimeseries("a", row));
        }
        assertTrue(Files.exists(dir.resolve("manifest.json")));
    }

    @Test
    void spoolFolderIsGoneAfterCommitAndAfterAbortAndNeverListed() throws IOException {
        for (boolean commit : new boolean[] {true, false}) {
            Path dir = tmp.resolve(commit ? "committed" : "aborted");
            Path spoolFolder = dir.resolve(RunDirectory.SPOOL_DIR);
            try (RunWriter out = RunWriter.open(dir, false)) {
                org.vpsim.results.spool.TaskSpool spool = new org.vpsim.results.spool.TaskSpool(out.spool(),
                        "task-0.spool", 10);
                SampleRuns.timeseries("open_loop", "adult#001").forEach(spool::timeseries);
                spool.finish();
                assertTrue(Files.isDirectory(spoolFolder), "300 rows through a 10-row memory spilled");
                spool.replay(r -> {
                    try {
                        out.writeTimeseries("open_loop", r);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, e -> { });
                if (commit) {
                    RunManifest m = out.commit(SampleRuns.info());
                    assertTrue(m.files().stream().noneMatch(f -> f.path().contains("spool")), m.files().toString());
                    assertEquals(Map.of("open_loop", 300L), m.rowCounts().timeseriesByArm());
                }
            }
            assertFalse(Files.exists(spoolFolder), commit ? "committed" : "aborted");
            assertEquals(commit, RunDirectory.isComplete(dir));
        }
    }

    @Test
    void aSpoolFolderLeftByAKilledRunCountsAsAPreviousRun() throws IOException {
        Path dir = tmp.resolve("killed");
        Files.createDirectories(dir.resolve(RunDirectory.SPOOL_DIR));
        Files.writeString(dir.resolve(RunDirectory.SPOOL_DIR).resolve("task-3.spool"), "rows");
        assertThrows(FileAlreadyExistsException.class, () -> RunWriter.open(dir, false));
        try (RunWriter out = RunWriter.open(dir, true)) {
            assertFalse(Files.exists(dir.resolve(RunDirectory.SPOOL_DIR)));
        }
    }
}
