package org.vpsim.results.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Hand-computed vectors for the metrics added for trials: GRI, TITR, extremes, events, night, CVGA. */
class ConsensusMetricsTest {

    private static final long FIVE_MIN = 5 * 60_000L;

    private static void repeat(GlucoseMetricsAccumulator acc, int n, double mgDl) {
        for (int i = 0; i < n; i++) {
            acc.add(mgDl);
        }
    }

    @Test
    void griOfTenPercentVeryLowLowVeryHighAndTwentyPercentHighIs86() {
        // Klonoff 2023: GRI = 3.0·VLow + 2.4·Low + 1.6·VHigh + 0.8·High = 30 + 24 + 16 + 16 = 86.
        GlucoseMetricsAccumulator acc = new GlucoseMetricsAccumulator();
        repeat(acc, 10, 40);   // very low < 54
        repeat(acc, 10, 60);   // low 54–69
        repeat(acc, 50, 120);  // in range
        repeat(acc, 20, 200);  // high 181–250
        repeat(acc, 10, 300);  // very high > 250
        GlucoseMetrics m = acc.result();
        assertEquals(86.0, m.gri(), 1e-9);
        assertEquals(50.0, m.tir70To180Pct(), 1e-12);
        assertEquals(20.0, m.tbrBelow70Pct(), 1e-12);
        assertEquals(10.0, m.tbrBelow54Pct(), 1e-12);
        assertEquals(30.0, m.tarAbove180Pct(), 1e-12);
        assertEquals(10.0, m.tarAbove250Pct(), 1e-12);
        assertEquals(40.0, m.minMgDl(), 0.0);
        assertEquals(300.0, m.maxMgDl(), 0.0);
    }

    @Test
    void griIsCappedAt100() {
        GlucoseMetricsAccumulator acc = new GlucoseMetricsAccumulator();
        repeat(acc, 50, 40); // 3.0 · 50 = 150 → 100
        repeat(acc, 50, 120);
        assertEquals(100.0, acc.result().gri(), 0.0);
    }

    @Test
    void timeInTightRangeCountsSeventyToOneFortyInclusive() {
        GlucoseMetricsAccumulator acc = new GlucoseMetricsAccumulator();
        for (double g : new double[] {69.9, 70, 100, 140, 140.1, 180, 181, 54}) {
            acc.add(g);
        }
        // 70, 100, 140 of 8 readings are in 70–140; 70, 100, 140, 140.1, 180 in 70–180.
        assertEquals(3 / 8.0 * 100, acc.result().titr70To140Pct(), 1e-12);
        assertEquals(5 / 8.0 * 100, acc.result().tir70To180Pct(), 1e-12);
    }

    // ---------------------------------------------------------------- events (Battelino 2023)

    private static long eventsOf(double... glucose) {
        HypoglycaemiaEventCounter c = new HypoglycaemiaEventCounter(54);
        for (int i = 0; i < glucose.length; i++) {
            c.add(i * FIVE_MIN, glucose[i]);
        }
        return c.events();
    }

    @Test
    void tenMinutesBelow54IsNoEventFifteenIsOne() {
        assertEquals(0, eventsOf(100, 50, 50, 100, 100, 100));
        assertEquals(1, eventsOf(100, 50, 50, 50, 100, 100, 100));
        assertEquals(0, eventsOf(100, 54, 54, 54, 54)); // 54 itself is not below 54
    }

    @Test
    void anEventEndsOnlyAfterFifteenMinutesAtOrAbove54() {
        // 10 minutes above between two lows: still the same event.
        assertEquals(1, eventsOf(50, 50, 50, 60, 60, 50, 50, 50, 100, 100, 100));
        // 15 minutes above: the first event ended, the second low is a new event.
        assertEquals(2, eventsOf(50, 50, 50, 60, 60, 60, 50, 50, 50, 100, 100, 100));
    }

    @Test
    void lastReadingHoldsForThePrecedingSpacing() {
        // Three readings below at the end: 15 minutes counting the last reading's interval.
        assertEquals(1, eventsOf(100, 100, 50, 50, 50));
        assertEquals(0, eventsOf(100, 100, 100, 50, 50));
    }

    @Test
    void durationsComeFromTimestampsNotReadingCounts() {
        HypoglycaemiaEventCounter c = new HypoglycaemiaEventCounter(54);
        c.add(0, 50);
        c.add(15 * 60_000L, 100); // one reading held for 15 minutes (a CGM gap)
        c.add(20 * 60_000L, 100);
        assertEquals(1, c.events());
    }

    // ---------------------------------------------------------------- night

    @Test
    void nightIsMidnightInclusiveToSixExclusive() {
        long day = 86_400_000L * 20_000; // some midnight UTC
        NocturnalTimeBelowRange n = new NocturnalTimeBelowRange();
        n.add(day - FIVE_MIN, 40);                   // 23:55 — not night
        n.add(day, 60);                              // 00:00 — night, < 70
        n.add(day + 3 * 3_600_000L, 50);             // 03:00 — night, < 54
        n.add(day + 6 * 3_600_000L - FIVE_MIN, 100); // 05:55 — night
        n.add(day + 6 * 3_600_000L, 40);             // 06:00 — not night
        assertEquals(2 / 3.0 * 100, n.below70Pct(), 1e-12);
        assertEquals(1 / 3.0 * 100, n.below54Pct(), 1e-12);
        assertNull(new NocturnalTimeBelowRange().below70Pct());
    }

    @Test
    void untimedReadingsLeaveTimeBasedMetricsUnknown() {
        GlucoseOutcomeAccumulator a = new GlucoseOutcomeAccumulator();
        a.add(0, 40);
        a.add(120);
        GlucoseOutcome o = a.resultOrNull();
        assertNull(o.hypoEventsBelow54());
        assertNull(o.nocturnalTbrBelow70Pct());
        assertEquals(2, o.metrics().readings());
        assertNull(new GlucoseOutcomeAccumulator().resultOrNull());
    }

    // ---------------------------------------------------------------- CVGA (Magni 2008)

    @Test
    void cvgaNineZonesAndTheirEdges() {
        assertEquals(CvgaZone.A, CvgaZone.of(100, 150));
        assertEquals(CvgaZone.LOWER_B, CvgaZone.of(80, 150));
        assertEquals(CvgaZone.UPPER_B, CvgaZone.of(100, 250));
        assertEquals(CvgaZone.B, CvgaZone.of(80, 250));
        assertEquals(CvgaZone.LOWER_C, CvgaZone.of(60, 250));
        assertEquals(CvgaZone.UPPER_C, CvgaZone.of(80, 350));
        assertEquals(CvgaZone.LOWER_D, CvgaZone.of(60, 150));
        assertEquals(CvgaZone.UPPER_D, CvgaZone.of(100, 350));
        assertEquals(CvgaZone.E, CvgaZone.of(60, 350));
        // Edges belong to the middle bands.
        assertEquals(CvgaZone.B, CvgaZone.of(90, 180));
        assertEquals(CvgaZone.B, CvgaZone.of(70, 300));
        assertEquals(CvgaZone.A, CvgaZone.of(90.01, 179.99));
        for (CvgaZone z : CvgaZone.values()) {
            assertEquals(z, CvgaZone.ofLabel(z.label()));
        }
    }
}
