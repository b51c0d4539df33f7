package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of a 30-patient two-arm run rendered by a real headless browser (Debian's
 * chromium) with networking disabled: every figure must be in the rendered DOM, and a screenshot is
 * taken ({@code cli/target/report-screenshot.png}; the README's copy is docs/report-screenshot.png).
 * When chromium is missing the test installs it with apt-get (as root); only where that is impossible
 * is it skipped, with the reason printed.
 */
class ReportBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void reportOfThirtyPatientTwoArmRunRendersOfflineWithEveryFigure() throws Exception {
        Path run = tmp.resolve("run");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", "two-arm-correction", "--patients", "all", "--days", "1",
                "--output", run.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        Path html = tmp.resolve("report.html");
        RunCommandTest.Outcome rep = RunCommandTest.vpsim("report", run.toString(), "--output", html.toString());
        assertEquals(0, rep.exit(), rep.err());
        long bytes = Files.size(html);
        System.out.printf("report of 30 patients × 2 arms × 1 day: %,d bytes%n", bytes);
        assertTrue(bytes < 1_000_000, "report stays small: " + bytes + " bytes");

        Path chromium = Chromium.locate();
        Assumptions.assumeTrue(chromium != null, Chromium.whyMissing());
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--user-data-dir=" + profile);
        List<String> dump = new ArrayList<>(common);
        dump.add("--dump-dom");
        dump.add(html.toUri().toString());
        String dom = Chromium.run(dump, tmp.resolve("dom.html"));
        List<String> ids = new ArrayList<>(List.of("scenario", "manifest", "arm-table", "agp-0", "agp-1", "cvga",
                "tir-bars"));
        for (int k = 0; k < 4; k++) {
            ids.add("trace-" + k);
        }
        for (String id : ids) {
            assertTrue(dom.contains("id=\"" + id + "\""), "rendered DOM has #" + id);
        }
        assertTrue(dom.contains("<circle"), "CVGA points rendered");
        assertTrue(dom.contains("<title>meal "), "meals marked on the traces");
        assertTrue(dom.contains(": bolus "), "boluses marked on the traces");
        assertTrue(dom.contains("<polygon"), "AGP bands rendered");

        Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(png);
        List<String> shot = new ArrayList<>(common);
        shot.add("--window-size=1150,3600");
        shot.add("--hide-scrollbars");
        shot.add("--screenshot=" + png);
        shot.add(html.toUri().toString());
        Chromium.run(shot, tmp.resolve("shot.log"));
        assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);
        byte[] head = Files.readAllBytes(png);
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
    }

    /** Finds (or installs) Debian's chromium. */
    static final class Chromium {
        private static final Path BINARY = Path.of("/usr/bin/chromium");
        private static String reason = "";

        static Path locate() {
            if (Files.isExecutable(BINARY)) {
                return BINARY;
            }
            if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
                reason = "chromium is not installed at " + BINARY + " and cannot be installed here (needs apt-get as "
                        + "root); install it with 'apt-get install -y chromium' to run this test";
                System.err.println("SKIPPED ReportBrowserTest: " + reason);
                return null;
            }
            try {
                Process p = new ProcessBuilder("sh", "-c",
                        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(15, TimeUnit.MINUTES) && p.exitValue() == 0 && Files.isExecutable(BINARY)) {
                    return BINARY;
                }
                p.destroyForcibly();
                reason = "chromium is missing and 'apt-get install chromium' failed (no package source reachable?)";
            } catch (IOException e) {
                reason = "chromium is missing and apt-get could not be started: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reason = "interrupted while installing chromium";
            }
            System.err.println("SKIPPED ReportBrowserTest: " + reason);
            return null;
        }

        static String whyMissing() {
            return reason;
        }

        /** Runs chromium, returns its standard output (stderr goes to {@code log}). */
        static String run(List<String> command, Path log) throws Exception {
            Path out = Files.createTempFile(log.getParent(), "chromium", ".out");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(log));
            }
            assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(log));
            return Files.readString(out);
        }

        private static String readQuietly(Path p) {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                return "(no log)";
            }
        }
    }
}
