package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same scenario + seed ⇒ byte-identical Parquet across separate JVM processes, not only within one: two
 * runs in fresh JVMs with different garbage collectors, heap sizes and thread counts, so that anything
 * depending on identity hash codes or allocation addresses (e.g. hash-ordered sets in a library) shows up.
 */
class CrossProcessDeterminismTest {

    @Test
    void twoFreshJvmsWriteByteIdenticalFiles(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        run(a, List.of("-XX:+UseSerialGC", "-Xmx256m"), "1");
        run(b, List.of("-XX:+UseParallelGC", "-Xmx512m"), "2");
        List<Path> files = dataFiles(a);
        assertEquals(dataFiles(b), files);
        assertEquals(4, files.size(), "events, summary and two timeseries partitions: " + files);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
    }

    private static void run(Path out, List<String> jvmOptions, String threads) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), VpsimCommand.class.getName(),
                "run", "occlusion", "--days", "1.5", "--patients", "adult#001,child#001", "--threads", threads,
                "--no-progress", "--output", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("vpsim run did not finish in 120 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(out.resolveSibling(out.getFileName() + ".log")));
    }

    private static List<Path> dataFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".parquet")).map(root::relativize).sorted().toList();
        }
    }
}
