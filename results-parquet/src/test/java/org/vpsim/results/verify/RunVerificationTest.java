package org.vpsim.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.parquet.ParquetRows;
import org.vpsim.results.parquet.SampleRuns;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RunManifest;

class RunVerificationTest {

    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void writeRun() throws Exception {
        dir = tmp.resolve("run");
        SampleRuns.writeCompleteRun(dir);
    }

    @Test
    void anUntouchedRunVerifies() throws Exception {
        assertEquals(List.of(), RunVerification.verify(dir, ParquetRows.READER));
    }

    @Test
    void aFlippedByteIsNamed() throws Exception {
        Path f = dir.resolve("timeseries/arm=open_loop/part-00000.parquet");
        byte[] b = Files.readAllBytes(f);
        b[b.length / 2] ^= 0x01;
        Files.write(f, b);
        List<String> problems = RunVerification.verify(dir, ParquetRows.READER);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("timeseries/arm=open_loop/part-00000.parquet: SHA-256")),
                problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("timeseries/arm=open_loop/")), problems.toString());
    }

    @Test
    void deletedAndUnlistedFilesAreNamed() throws Exception {
        Files.delete(dir.resolve("events.parquet"));
        Files.writeString(dir.resolve("notes.txt"), "added later");
        List<String> problems = RunVerification.verify(dir, ParquetRows.READER);
        assertEquals(List.of("events.parquet: missing (listed in the manifest)", "notes.txt: not listed in the manifest"),
                problems);
    }

    @Test
    void aRowCountThatDisagreesWithTheFooterIsNamed() throws Exception {
        String json = Files.readString(dir.resolve(Manifests.FILE_NAME)).replace("\"summary\" : 6", "\"summary\" : 7");
        Files.writeString(dir.resolve(Manifests.FILE_NAME), json);
        assertEquals(List.of("summary.parquet: 6 rows, manifest says 7"), RunVerification.verify(dir, ParquetRows.READER));
    }

    @Test
    void noManifestIsRefused() throws Exception {
        Files.delete(dir.resolve(Manifests.FILE_NAME));
        assertThrows(IllegalArgumentException.class, () -> RunVerification.verify(dir, ParquetRows.READER));
    }

    @Test
    void differingFilesComparesChecksums() throws Exception {
        RunManifest m = Manifests.read(dir);
        assertEquals(List.of(), RunVerification.differingFiles(m, m));
        FileEntry first = m.files().get(0);
        List<FileEntry> changed = new java.util.ArrayList<>(m.files());
        changed.set(0, new FileEntry(first.path(), first.bytes(), "0".repeat(64)));
        RunManifest other = new RunManifest(m.vpsimVersion(), m.vpsimCommit(), m.scenarioName(), m.scenario(),
                m.scenarioSha256(), m.studySeed(), m.modelId(), m.parameterSetSha256(), m.commandLine(), m.threads(),
                m.startedAtUtc(), m.finishedAtUtc(), m.rowCounts(), changed.subList(0, changed.size() - 1), m.failures(), m.plugins());
        List<String> d = RunVerification.differingFiles(m, other);
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get(0).startsWith(first.path() + ": differs"), d.toString());
        assertTrue(d.get(1).endsWith("in the original run but not produced by the re-run"), d.toString());
    }
}
