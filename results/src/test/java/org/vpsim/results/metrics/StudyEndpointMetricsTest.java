package org.vpsim.results.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.vpsim.results.SummaryBuilder;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.SummaryRow;

/** The trial endpoints on series whose answer is known by hand. */
class StudyEndpointMetricsTest {

    private static final long MIN = 60_000L;
    private static final long HOUR = 60 * MIN;
    private static final long DAY = 24 * HOUR;

    /** Adds 5-min readings of {@code mgDl} over [fromMin, toMin). */
    private static void fill(GlucoseOutcomeAccumulator a, long fromMin, long toMin, double mgDl) {
        for (long m = fromMin; m < toMin; m += 5) {
            a.add(m * MIN, mgDl);
        }
    }

    @Test
    void aWholeNightAt60MgDlIsTenTimesSixHundredMgDlMinutes() {
        NocturnalAreaBelowRange n = new NocturnalAreaBelowRange();
        // 22:00 to 08:00 next day at 60 mg/dL: (70 − 60) × 600 min per night.
        for (long t = 22 * HOUR; t < DAY + 8 * HOUR; t += 5 * MIN) {
            n.add(t, 60);
        }
        assertEquals(6000.0, n.areaPerNightMgDlMinutes(), 1e-9);
    }

    @Test
    void daytimeLowsDoNotCountAndANightWithoutReadingsIsUnknown() {
        NocturnalAreaBelowRange n = new NocturnalAreaBelowRange();
        for (long t = 9 * HOUR; t < 21 * HOUR; t += 5 * MIN) {
            n.add(t, 40);
        }
        assertNull(n.areaPerNightMgDlMinutes());
        n.add(23 * HOUR, 100);
        assertEquals(0.0, n.areaPerNightMgDlMinutes());
    }

    @Test
    void theAreaIsPerNightOverSeveralNights() {
        NocturnalAreaBelowRange n = new NocturnalAreaBelowRange();
        // Three whole days from 00:00; one low: 1 h at 50 mg/dL on the second evening = 20 × 60 = 1200 mg/dL·min.
        for (long t = 0; t < 3 * DAY; t += 5 * MIN) {
            boolean low = t >= DAY + 23 * HOUR && t < DAY + 24 * HOUR;
            n.add(t, low ? 50 : 120);
        }
        // Observed night minutes: 3 days × (2 h + 8 h) = 1800 min = 3 nights.
        assertEquals(1200.0 / 3, n.areaPerNightMgDlMinutes(), 1e-9);
    }

    @Test
    void level1EventsFollowTheFifteenMinuteRuleAndNightEventsTheirStartTime() {
        GlucoseOutcomeAccumulator a = new GlucoseOutcomeAccumulator();
        fill(a, 0, 600, 120);            // 00:00–10:00 in range
        fill(a, 600, 620, 65);           // 10:00, 20 min < 70: a day event
        fill(a, 620, 1380, 120);
        fill(a, 1380, 1390, 65);         // 23:00, 10 min < 70: too short, no event
        fill(a, 1390, 1440, 120);
        fill(a, 1440 + 120, 1440 + 180, 60); // 02:00 next day, 60 min < 70: a night event
        fill(a, 1440 + 180, 1440 + 240, 120);
        HypoglycaemiaEndpoints e = a.resultOrNull().endpoints();
        assertEquals(2, e.eventsBelow70());
        assertEquals(1, e.nocturnalEventsBelow70());
        assertEquals(0, e.eventsBelow40());
    }

    @Test
    void aSingleReadingBelow40IsASevereEpisodeAndTwoDipsFifteenMinutesApartAreTwo() {
        GlucoseOutcomeAccumulator a = new GlucoseOutcomeAccumulator();
        fill(a, 0, 60, 100);
        a.add(60 * MIN, 38);             // one reading below 40
        fill(a, 65, 75, 45);             // 10 min at or above 40: the episode goes on
        a.add(75 * MIN, 35);
        fill(a, 80, 100, 50);            // 20 min at or above: it ends
        a.add(100 * MIN, 39);            // a second episode
        fill(a, 105, 200, 90);
        assertEquals(2, a.resultOrNull().endpoints().eventsBelow40());
    }

    @Test
    void untimedReadingsHaveNoEndpointsAndTheColumnsReadNull() {
        SummaryRow r = new SummaryBuilder("a", "p").addPlasmaGlucose(50).addPlasmaGlucose(60).build(1.0);
        assertNull(r.plasma().endpoints());
        assertNull(SummaryColumns.byName("nocturnal_auc_below_70").of(r));
        assertNull(SummaryColumns.byName("hypo_events_below_40").of(r));
    }

    @Test
    void theColumnsCarryTheEndpoints() {
        SummaryBuilder b = new SummaryBuilder("a", "p");
        for (long t = 22 * HOUR; t < DAY + 8 * HOUR; t += 5 * MIN) {
            b.addPlasmaGlucose(t, 60);
        }
        SummaryRow r = b.build(1.0);
        assertEquals(6000.0, SummaryColumns.byName("nocturnal_auc_below_70").of(r), 1e-9);
        assertEquals(1.0, SummaryColumns.byName("hypo_events_below_70").of(r));
        assertEquals(1.0, SummaryColumns.byName("nocturnal_hypo_events_below_70").of(r));
        assertEquals(0.0, SummaryColumns.byName("hypo_events_below_40").of(r));
    }

    @Test
    void inconsistentEndpointsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HypoglycaemiaEndpoints(1, 0, 2, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new HypoglycaemiaEndpoints(1, -1, 0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new HypoglycaemiaEndpoints(1, 0, 0, -1.0));
    }
}
