package org.vpsim.patient.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.patient.MinuteInput;
import org.vpsim.patient.Replay;
import org.vpsim.patient.ReplayRow;
import org.vpsim.patient.uva.UvaPadovaCohort;

class ReplayCsvTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void aReferenceTrajectoryIsAValidInputFileOf1440Minutes() throws Exception {
        Path in = dir.resolve("adult_001.csv");
        try (InputStream s = getClass().getResourceAsStream("/reference/uva-padova-2008/adult_001.csv")) {
            Files.copy(s, in);
        }
        List<MinuteInput> inputs = ReplayCsv.readInputs(in);
        assertEquals(1440, inputs.size());
        assertEquals(0.02112267499992533, inputs.get(0).insulinInfusionUnitsPerMinute());
    }

    @Test
    void columnsAreFoundByNameAndOtherColumnsIgnored() throws Exception {
        Path in = write("in.csv", "note,insulin_u_per_min,cho_g_per_min\nx,0.5,5\ny,0.25,0\n,,\n,9,9\n");
        assertEquals(List.of(new MinuteInput(5, 0.5), new MinuteInput(0, 0.25)), ReplayCsv.readInputs(in));
    }

    @Test
    void inputProblemsNameTheirCause() throws Exception {
        assertMessage(dir.resolve("absent.csv"), "does not exist");
        assertMessage(write("nocol.csv", "minute,cho_g_per_min\n0,1\n"), "missing column 'insulin_u_per_min'");
        assertMessage(write("bad.csv", "minute,cho_g_per_min,insulin_u_per_min\n0,0,0.1\n1,abc,0.1\n"),
                "line 3: cho_g_per_min 'abc' is not a number");
        assertMessage(write("neg.csv", "cho_g_per_min,insulin_u_per_min\n0,-0.1\n"),
                "line 2: insulin_u_per_min '-0.1' is negative");
        assertMessage(write("nan.csv", "cho_g_per_min,insulin_u_per_min\nNaN,0\n"), "'NaN' is not finite");
        assertMessage(write("gap.csv", "minute,cho_g_per_min,insulin_u_per_min\n0,0,0\n2,0,0\n"),
                "minute '2' should be 1");
    }

    private static void assertMessage(Path in, String expected) {
        var e = assertThrows(ReplayInputException.class, () -> ReplayCsv.readInputs(in));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void outputHasOneRowPerMinuteInFullPrecisionAndNoTemporaryFileRemains() throws Exception {
        List<ReplayRow> rows = Replay.run(UvaPadovaCohort.standard().patient("adult#001"),
                List.of(new MinuteInput(0, 0.02), new MinuteInput(5, 1)));
        Path out = dir.resolve("out.csv");
        ReplayCsv.writeRows(out, rows);
        List<String> lines = Files.readAllLines(out);
        assertEquals("minute,bg_plasma_mg_dl,gsub_mg_dl,x0,x1,x2,x3,x4,x5,x6,x7,x8,x9,x10,x11,x12", lines.get(0));
        assertEquals(4, lines.size());
        String[] last = lines.get(3).split(",");
        assertEquals("2", last[0]);
        assertEquals(rows.get(2).plasmaGlucoseMgDl(), Double.parseDouble(last[1]), 0.0);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
