package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vpsim replay} end to end through the real command line. */
class ReplayCommandTest {
    /** simglucose 0.2.11 reference day of adult#001, kept with patient-models' parity tests (cwd = cli/). */
    private static final Path REFERENCE =
            Path.of("..", "patient-models", "src", "test", "resources", "reference", "uva-padova-2008", "adult_001.csv");

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = VpsimCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path input(String content) throws Exception {
        Path p = dir.resolve("in.csv");
        Files.writeString(p, content);
        return p;
    }

    private void assertFailsWithoutOutput(String expectedInMessage, int expectedCode, String... args) {
        Result r = run(args);
        assertEquals(expectedCode, r.exitCode(), r.err());
        assertTrue(r.err().contains(expectedInMessage), "stderr: " + r.err());
        assertFalse(Files.exists(dir.resolve("out.csv")), "no output file after a failure");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void replayingTheAdultReferenceDayReproducesSimglucoseWithinATenthMgDl() throws Exception {
        assertTrue(Files.isRegularFile(REFERENCE), "reference trajectory missing: " + REFERENCE.toAbsolutePath());
        Path out = dir.resolve("out.csv");
        Result r = run("replay", "--patient", "adult#001", "--inputs", REFERENCE.toString(), "--output", out.toString());
        assertEquals(0, r.exitCode(), r.err());

        List<String> expected = Files.readAllLines(REFERENCE);
        List<String> actual = Files.readAllLines(out);
        assertEquals("minute,bg_plasma_mg_dl,gsub_mg_dl,x0,x1,x2,x3,x4,x5,x6,x7,x8,x9,x10,x11,x12", actual.get(0));
        assertEquals(1442, actual.size(), "header + minutes 0..1440");
        List<String> refHeader = List.of(expected.get(0).split(","));
        int refBg = refHeader.indexOf("bg_plasma_mg_dl");
        int refGs = refHeader.indexOf("gsub_mg_dl");
        double max = 0;
        for (int i = 1; i < actual.size(); i++) {
            String[] a = actual.get(i).split(",");
            String[] e = expected.get(i).split(",");
            assertEquals(i - 1, Integer.parseInt(a[0]));
            double errBg = Math.abs(Double.parseDouble(a[1]) - Double.parseDouble(e[refBg]));
            double errGs = Math.abs(Double.parseDouble(a[2]) - Double.parseDouble(e[refGs]));
            assertTrue(errBg < 0.1 && errGs < 0.1, "minute " + (i - 1) + ": " + errBg + ", " + errGs);
            max = Math.max(max, Math.max(errBg, errGs));
        }
        assertTrue(max < 1e-3, "max error " + max);
    }

    @Test
    void unknownPatientListsValidNames() throws Exception {
        Path in = input("cho_g_per_min,insulin_u_per_min\n0,0.01\n");
        assertFailsWithoutOutput("adult#099", 2, "replay", "--patient", "adult#099", "--inputs", in.toString(),
                "--output", dir.resolve("out.csv").toString());
        assertTrue(run("replay", "--patient", "adult#099", "--inputs", in.toString(), "--output",
                dir.resolve("out.csv").toString()).err().contains("adult#001"));
    }

    @Test
    void unknownModelIsNamed() throws Exception {
        Path in = input("cho_g_per_min,insulin_u_per_min\n0,0.01\n");
        assertFailsWithoutOutput("hovorka-2004", 2, "replay", "--model", "hovorka-2004", "--patient", "adult#001",
                "--inputs", in.toString(), "--output", dir.resolve("out.csv").toString());
    }

    @Test
    void missingInputFileIsNamed() {
        assertFailsWithoutOutput("absent.csv", 2, "replay", "--patient", "adult#001", "--inputs",
                dir.resolve("absent.csv").toString(), "--output", dir.resolve("out.csv").toString());
    }

    @Test
    void missingColumnIsNamed() throws Exception {
        Path in = input("minute,cho_g_per_min\n0,0\n");
        assertFailsWithoutOutput("insulin_u_per_min", 2, "replay", "--patient", "adult#001", "--inputs",
                in.toString(), "--output", dir.resolve("out.csv").toString());
    }

    @Test
    void malformedRowNamesLineAndValue() throws Exception {
        Path in = input("minute,cho_g_per_min,insulin_u_per_min\n0,0,0.02\n1,five,0.02\n");
        Result r = run("replay", "--patient", "adult#001", "--inputs", in.toString(), "--output",
                dir.resolve("out.csv").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("line 3") && r.err().contains("'five'"), r.err());
        assertFalse(Files.exists(dir.resolve("out.csv")));
    }

    @Test
    void negativeAndNonFiniteInputsAreRejected() throws Exception {
        Path in = input("cho_g_per_min,insulin_u_per_min\n0,0.02\n0,-1\n");
        assertFailsWithoutOutput("negative", 2, "replay", "--patient", "adult#001", "--inputs", in.toString(),
                "--output", dir.resolve("out.csv").toString());
        Path inf = input("cho_g_per_min,insulin_u_per_min\nInfinity,0.02\n");
        assertFailsWithoutOutput("not finite", 2, "replay", "--patient", "adult#001", "--inputs", inf.toString(),
                "--output", dir.resolve("out.csv").toString());
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        Result r = run("replay", "--patient", "adult#001");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--inputs"), r.err());
    }
}
