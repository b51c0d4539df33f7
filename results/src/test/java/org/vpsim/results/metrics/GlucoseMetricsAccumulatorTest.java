package org.vpsim.results.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlucoseMetricsAccumulatorTest {

    private static GlucoseMetrics metricsOf(double... glucoseMgDl) {
        GlucoseMetricsAccumulator acc = new GlucoseMetricsAccumulator();
        for (double g : glucoseMgDl) {
            acc.add(g);
        }
        return acc.result();
    }

    /** Kovatchev 1997 written out again here, independently of the production class. */
    private static double riskByHand(double bg) {
        double f = 1.509 * (Math.pow(Math.log(bg), 1.084) - 5.381);
        return 10 * f * f;
    }

    @Test
    void handComputedFiveReadingSeriesHasExpectedMomentsBandsAndGmi() {
        // One reading in each disjoint band. Mean = 710/5 = 142; deviations −92 −82 −42 58 158,
        // squares sum 45280, sample variance 45280/4 = 11320, SD = 106.3955; CV = 74.926 %.
        GlucoseMetrics m = metricsOf(50, 60, 100, 200, 300);
        assertEquals(5, m.readings());
        assertEquals(142.0, m.meanMgDl(), 1e-12);
        assertEquals(Math.sqrt(11320.0), m.sdMgDl(), 1e-12);
        assertEquals(Math.sqrt(11320.0) / 142.0 * 100.0, m.cvPct(), 1e-10);
        assertEquals(6.70664, m.gmiPct(), 1e-12);
        assertEquals(20.0, m.tir70To180Pct(), 1e-12);
        assertEquals(40.0, m.tbrBelow70Pct(), 1e-12);
        assertEquals(20.0, m.tbrBelow54Pct(), 1e-12);
        assertEquals(40.0, m.tarAbove180Pct(), 1e-12);
        assertEquals(20.0, m.tarAbove250Pct(), 1e-12);
        // GRI = 3·20 + 2.4·20 + 1.6·20 + 0.8·20 = 156, capped at 100.
        assertEquals(100.0, m.gri(), 0.0);
    }

    @Test
    void griWeightsLowTwiceAsMuchAsHighBelowTheCap() {
        // 10 % Low (54–<70) and 10 % High (>180–250): GRI = 2.4·10 + 0.8·10 = 32.
        GlucoseMetrics m = metricsOf(100, 100, 100, 100, 100, 100, 100, 100, 60, 200);
        assertEquals(32.0, m.gri(), 1e-12);
        // 10 % VLow, 10 % VHigh: 3.0·10 + 1.6·10 = 46.
        assertEquals(46.0, metricsOf(100, 100, 100, 100, 100, 100, 100, 100, 40, 300).gri(), 1e-12);
    }

    @Test
    void bandEdgesFollowTheConsensus() {
        // 70 and 180 are in range; 54 is level-1 low (not <54); 250 is level-1 high (not >250).
        assertEquals(100.0, metricsOf(70, 180).tir70To180Pct(), 0.0);
        GlucoseMetrics atEdges = metricsOf(53.99, 54, 69.99, 180.01, 250, 250.01);
        assertEquals(100.0 / 6, atEdges.tbrBelow54Pct(), 1e-12);
        assertEquals(300.0 / 6, atEdges.tbrBelow70Pct(), 1e-12);
        assertEquals(0.0, atEdges.tir70To180Pct(), 0.0);
        assertEquals(300.0 / 6, atEdges.tarAbove180Pct(), 1e-12);
        assertEquals(100.0 / 6, atEdges.tarAbove250Pct(), 1e-12);
    }

    @Test
    void disjointBandsSumToOneHundredPercent() {
        GlucoseMetricsAccumulator acc = new GlucoseMetricsAccumulator();
        // A deterministic sweep across 40–400 mg/dL with irregular steps.
        for (int i = 0; i < 1000; i++) {
            acc.add(40 + (i * 37.3) % 360);
        }
        GlucoseMetrics m = acc.result();
        double veryLow = m.tbrBelow54Pct();
        double low = m.tbrBelow70Pct() - m.tbrBelow54Pct();
        double high = m.tarAbove180Pct() - m.tarAbove250Pct();
        double veryHigh = m.tarAbove250Pct();
        assertEquals(100.0, veryLow + low + m.tir70To180Pct() + high + veryHigh, 1e-9);
        assertTrue(veryLow > 0 && low > 0 && high > 0 && veryHigh > 0, "sweep covers every band");
    }

    @Test
    void gmiOfMean154IsSevenPercent() {
        // Bergenstal 2018, Table: mean glucose 154 mg/dL ↔ GMI 7.0 %.
        assertEquals(7.0, metricsOf(154, 154, 154).gmiPct(), 0.01);
        assertEquals(3.31 + 0.02392 * 154, metricsOf(154).gmiPct(), 1e-12);
    }

    @Test
    void riskIndicesAreMeansOverAllReadingsOfTheOneSidedRisk() {
        // 40 mg/dL: f = −1.9083, r = 36.4175; 112.5: f ≈ 0; 250: f = 1.4979, r = 22.4362.
        GlucoseMetrics m = metricsOf(40, 112.5, 250);
        assertEquals((riskByHand(40) + riskByHand(112.5)) / 3, m.lbgi(), 1e-12);
        assertEquals(riskByHand(250) / 3, m.hbgi(), 1e-12);
        assertEquals(36.4175 / 3, m.lbgi(), 1e-4);
        assertEquals(22.4362 / 3, m.hbgi(), 1e-4);
    }

    @Test
    void euglycaemiaAt112Point5HasNoRisk() {
        GlucoseMetrics m = metricsOf(112.5, 112.5);
        assertEquals(0.0, m.lbgi(), 1e-5);
        assertEquals(0.0, m.hbgi(), 1e-5);
        assertEquals(0.0, m.sdMgDl(), 0.0);
    }

    @Test
    void welfordMatchesTwoPassVarianceOnALongSeriesWithALargeOffset() {
        // A year at 5-min sampling; the two-pass formula on the same values is the reference.
        int n = 365 * 288;
        double[] values = new double[n];
        GlucoseMetricsAccumulator acc = new GlucoseMetricsAccumulator();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            values[i] = 140 + 50 * Math.sin(i * 2 * Math.PI / 288) + (i % 7) * 0.1;
            acc.add(values[i]);
            sum += values[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        GlucoseMetrics m = acc.result();
        assertEquals(mean, m.meanMgDl(), 1e-9);
        assertEquals(Math.sqrt(ss / (n - 1)), m.sdMgDl(), 1e-9);
        assertEquals(n, m.readings());
    }

    @Test
    void singleReadingHasUndefinedSampleSd() {
        GlucoseMetrics m = metricsOf(120);
        assertTrue(Double.isNaN(m.sdMgDl()));
        assertTrue(Double.isNaN(m.cvPct()));
        assertEquals(120, m.meanMgDl(), 0.0);
    }

    @Test
    void rejectsNonPositiveOrNonFiniteGlucoseAndEmptySeries() {
        GlucoseMetricsAccumulator acc = new GlucoseMetricsAccumulator();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> acc.add(-5));
        assertTrue(e.getMessage().contains("glucoseMgDl: -5.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> acc.add(Double.NaN));
        assertThrows(IllegalStateException.class, acc::result);
    }
}
