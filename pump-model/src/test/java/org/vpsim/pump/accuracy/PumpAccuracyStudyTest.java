package org.vpsim.pump.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.pump.device.PumpSpec;

class PumpAccuracyStudyTest {
    private static final PumpSpec DEFAULT = PumpSpec.minimed7xx();

    private static double width(TrumpetRow r) {
        return r.maxErrorPct() - r.minErrorPct();
    }

    @Test
    void trumpetCurveNarrowsAsTheObservationWindowGrows() {
        for (double rate : new double[] {0.1, 1.0}) {
            for (long seed = 1; seed <= 3; seed++) {
                TrumpetCurve c = PumpAccuracyStudy.trumpet(DEFAULT, rate, 25, seed);
                for (int i = 1; i < c.rows().size(); i++) {
                    assertTrue(width(c.rows().get(i)) < width(c.rows().get(i - 1)),
                            "rate " + rate + " seed " + seed + ": " + c.rows());
                }
            }
        }
    }

    @Test
    void trumpetCurveIsWiderAtPointOneThanAtOneUnitPerHour() {
        TrumpetCurve low = PumpAccuracyStudy.trumpet(DEFAULT, 0.1, 25, 1);
        TrumpetCurve high = PumpAccuracyStudy.trumpet(DEFAULT, 1.0, 25, 1);
        for (int w : TrumpetAnalysis.WINDOWS_MINUTES) {
            assertTrue(width(low.row(w)) > width(high.row(w)), "window " + w);
        }
        // the 1-h windows at 0.1 U/h scatter at least twice as widely (published SD ratio ~2.2)
        assertTrue(width(low.row(60)) > 2 * width(high.row(60)), low.row(60) + " vs " + high.row(60));
    }

    @Test
    void exactMotorShowsOnlyPulseQuantisation() {
        // 1 U/h = one 0.025 U pulse every 90 s. A 2-min window holds 1 or 2 pulses against 0.0333 U
        // programmed: -25 % or +50 %. Every 60-min window holds exactly 40 pulses: 0 %.
        PumpSpec exact = PumpSpec.builder().exactStrokes().build();
        TrumpetCurve c = PumpAccuracyStudy.trumpet(exact, 1.0, 5, 2);
        assertEquals(50.0, c.row(2).maxErrorPct(), 1e-9);
        assertEquals(-25.0, c.row(2).minErrorPct(), 1e-9);
        assertEquals(0.0, c.row(60).maxErrorPct(), 1e-9);
        assertEquals(0.0, c.row(60).minErrorPct(), 1e-9);
        assertEquals(0.0, c.overallMeanErrorPct(), 1e-9);
    }

    @Test
    void overallMeanErrorStaysWithinTheLabelledFivePercentAtOneUnitPerHour() {
        // 24 h analysed = 960 strokes; SD of the overall error = 15 % * sqrt(3/960) = 0.84 %, so +/-5 %
        // is ~6 SD: the chance that any of 20 seeds fails is below 1e-7.
        for (long seed = 1; seed <= 20; seed++) {
            double e = PumpAccuracyStudy.trumpet(DEFAULT, 1.0, 25, seed).overallMeanErrorPct();
            assertTrue(Math.abs(e) < 5.0, "seed " + seed + ": " + e);
        }
    }

    @Test
    void sameSeedGivesTheSameCurve() {
        assertEquals(PumpAccuracyStudy.trumpet(DEFAULT, 0.5, 6, 11), PumpAccuracyStudy.trumpet(DEFAULT, 0.5, 6, 11));
    }

    @Test
    void tooShortARunIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PumpAccuracyStudy.trumpet(DEFAULT, 1.0, 1.5, 3));
        assertTrue(e.getMessage().startsWith("hours: 1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PumpAccuracyStudy.trumpet(DEFAULT, 0, 5, 3));
    }

    @Test
    void smallBolusesHaveLargerRelativeErrorThanLargeOnes() {
        double sdSmall = sd(PumpAccuracyStudy.bolusAccuracy(DEFAULT, 0.1, 100, 5));
        double sdLarge = sd(PumpAccuracyStudy.bolusAccuracy(DEFAULT, 1.0, 100, 5));
        // expected ~10.8 % vs ~4.1 % (AR(1) sum of 4 vs 40 strokes)
        assertTrue(sdSmall > 2 * sdLarge, sdSmall + " vs " + sdLarge);
    }

    @Test
    void exactMotorDeliversEveryBolusExactly() {
        List<BolusAccuracyRow> rows = PumpAccuracyStudy.bolusAccuracy(PumpSpec.builder().exactStrokes().build(),
                2.0, 200, 1); // 400 U: needs a reservoir change on the way
        assertEquals(200, rows.size());
        for (BolusAccuracyRow r : rows) {
            assertEquals(2.0, r.deliveredUnits(), 1e-9);
            assertEquals(0.0, r.errorPct(), 1e-7);
        }
    }

    @Test
    void bolusAboveMaxIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PumpAccuracyStudy.bolusAccuracy(DEFAULT, 30, 2, 1));
        assertTrue(e.getMessage().contains("max bolus"), e.getMessage());
    }

    private static double sd(List<BolusAccuracyRow> rows) {
        double mean = rows.stream().mapToDouble(BolusAccuracyRow::errorPct).average().orElseThrow();
        double ss = rows.stream().mapToDouble(r -> (r.errorPct() - mean) * (r.errorPct() - mean)).sum();
        return Math.sqrt(ss / (rows.size() - 1));
    }
}
