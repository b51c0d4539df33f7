package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.RunDirectory;
import org.vpsim.results.manifest.Manifests;

/**
 * Memory does not grow with the study's length: one patient for 180 days at 1-minute output (259,200 rows)
 * runs in a fresh JVM with a 40 MB heap. Holding the patient's rows until it ends, as vpsim did before rows
 * were streamed, needs their ~125 bytes each — 32 MB for the rows alone, on top of some 20 MB the run needs
 * anyway — and fails this run with an OutOfMemoryError (checked against the earlier build: it fails already
 * at 32 MB); streamed, with at most 32,768 rows (4 MB) held, it needs under 32 MB whatever its length.
 */
class StreamingMemoryTest {

    @Test
    void aLongRunFitsInASmallHeapBecauseRowsAreNotHeld(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("long.json");
        Files.writeString(scenario, """
                {
                  "name": "long-single-patient",
                  "durationDays": 180,
                  "outputIntervalMinutes": 1,
                  "cohort": {"patients": ["adult#001"]},
                  "meals": {"fixed": [{"time": "07:00", "carbsGrams": 50}, {"time": "12:30", "carbsGrams": 70},
                                      {"time": "19:00", "carbsGrams": 80}]},
                  "arms": [{"name": "pump"}]
                }
                """);
        Path out = dir.resolve("run");
        Path log = dir.resolve("run.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx40m", "-cp", System.getProperty("java.class.path"),
                VpsimCommand.class.getName(), "run", scenario.toString(), "--threads", "1", "--no-progress",
                "--output", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("vpsim run did not finish in 300 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertEquals(180L * 1440, Manifests.read(out).rowCounts().timeseriesTotal());
        assertFalse(Files.exists(out.resolve(RunDirectory.SPOOL_DIR)), "no spool file survives the run");
        assertEquals(List.of("pump"), RunDirectory.arms(out));
    }
}
