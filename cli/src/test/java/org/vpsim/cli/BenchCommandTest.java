package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bench command runs and reports; it asserts no time (timing belongs to the benchmark itself). */
class BenchCommandTest {
    @Test
    void benchReportsAMedianThroughputAndPeakHeap() {
        RunCommandTest.Outcome r = RunCommandTest.vpsim("bench", "--days", "1", "--patients", "adult#001",
                "--repeat", "1", "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("median:") && r.out().contains("patient-days/s") && r.out().contains("peak heap"),
                r.out());
    }

    @Test
    void badRepeatIsRefused() {
        RunCommandTest.Outcome r = RunCommandTest.vpsim("bench", "--repeat", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--repeat"), r.err());
    }
}
