package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PumpAccuracyCommandTest {
    @TempDir
    Path tmp;

    private static double spread(List<String> trumpet, int row) {
        String[] f = trumpet.get(row).split(",");
        return Double.parseDouble(f[1]) - Double.parseDouble(f[2]);
    }

    @Test
    void writesATrumpetCurveThatNarrowsWithTheWindowAndIsWiderAtLowRates() throws Exception {
        Path fast = tmp.resolve("fast");
        Path slow = tmp.resolve("slow");
        assertEquals(0, RunCommandTest.vpsim("pump-accuracy", "--rate", "1", "--hours", "13",
                "--output", fast.toString(), "--bolus", "1", "--count", "20").exit());
        assertEquals(0, RunCommandTest.vpsim("pump-accuracy", "--rate", "0.1", "--hours", "13",
                "--output", slow.toString()).exit());
        List<String> t1 = Files.readAllLines(fast.resolve("trumpet.csv"));
        List<String> t01 = Files.readAllLines(slow.resolve("trumpet.csv"));
        assertEquals("window_min,max_error_pct,min_error_pct,mean_error_pct", t1.get(0));
        List<String> windows = t1.stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("2", "5", "11", "19", "31", "60"), windows);
        assertTrue(spread(t1, 1) > spread(t1, 6), "2-min window wider than 60-min at 1 U/h");
        assertTrue(spread(t01, 6) > spread(t1, 6), "60-min window wider at 0.1 U/h than at 1 U/h");
        List<String> bolus = Files.readAllLines(fast.resolve("bolus.csv"));
        assertEquals("requested,delivered,error_pct", bolus.get(0));
        assertEquals(21, bolus.size());
    }

    @Test
    void negativeRateIsRefusedWithoutOutput() {
        Path out = tmp.resolve("neg");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("pump-accuracy", "--rate", "-1", "--hours", "3",
                "--output", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("-1"), r.err());
        assertFalse(Files.exists(out.resolve("trumpet.csv")));
    }
}
