package org.vpsim.pump.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrumpetAnalysisTest {
    @Test
    void perfectlyLinearDeliveryHasZeroErrorInEveryWindow() {
        double[] c = new double[241]; // 2 h of 30-s samples at 1 U/h
        for (int i = 0; i < c.length; i++) {
            c[i] = i * 0.5 / 60.0;
        }
        for (TrumpetRow r : TrumpetAnalysis.rows(c, 0.5, 1.0, TrumpetAnalysis.WINDOWS_MINUTES)) {
            assertEquals(0.0, r.maxErrorPct(), 1e-9);
            assertEquals(0.0, r.minErrorPct(), 1e-9);
        }
    }

    @Test
    void oneMissingIntervalShowsAsMinusFiftyPercentInTheTwoMinuteWindowAndLessInLongerOnes() {
        double[] c = new double[121]; // 1 h at 1 U/h; interval 60 delivers nothing
        double q = 0.5 / 60.0;
        for (int i = 1; i < c.length; i++) {
            c[i] = c[i - 1] + (i == 61 ? 0 : q);
        }
        List<TrumpetRow> rows = TrumpetAnalysis.rows(c, 0.5, 1.0, new int[] {2, 5, 60});
        assertEquals(-25.0, rows.get(0).minErrorPct(), 1e-9); // 3 of 4 intervals delivered
        assertEquals(0.0, rows.get(0).maxErrorPct(), 1e-9);
        assertEquals(-10.0, rows.get(1).minErrorPct(), 1e-9); // 9 of 10
        assertEquals(-100.0 / 120, rows.get(2).minErrorPct(), 1e-9);
        assertEquals(-100.0 / 120, TrumpetAnalysis.overallMeanErrorPct(c, 0.5, 1.0), 1e-9);
    }
}
