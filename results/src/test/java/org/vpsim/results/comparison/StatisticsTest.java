package org.vpsim.results.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.results.SummaryBuilder;
import org.vpsim.results.SummaryRow;

class StatisticsTest {

    @Test
    void sampleSummaryOfOneToFive() {
        SampleSummary s = SampleSummary.of(new double[] {5, 1, 4, 2, 3});
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-15);
        assertEquals(3.0, s.median(), 0.0);
        assertEquals(2.0, s.q1(), 0.0);
        assertEquals(4.0, s.q3(), 0.0);
        // t(0.975, 4) = 2.776445105 (Student's t table): half-width 2.776445 · √2.5 / √5 = 1.963243.
        assertEquals(3 - 1.9632432, s.ciLow(), 1e-6);
        assertEquals(3 + 1.9632432, s.ciHigh(), 1e-6);
    }

    @Test
    void type7QuartilesInterpolate() {
        SampleSummary s = SampleSummary.of(new double[] {1, 2, 3, 4});
        assertEquals(1.75, s.q1(), 1e-15);
        assertEquals(2.5, s.median(), 1e-15);
        assertEquals(3.25, s.q3(), 1e-15);
        SampleSummary one = SampleSummary.of(new double[] {7});
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()));
        assertEquals(7, one.median(), 0.0);
    }

    private static SummaryRow row(String arm, String patient, double glucose) {
        SummaryBuilder b = new SummaryBuilder(arm, patient);
        for (int i = 0; i < 12; i++) {
            b.addPlasmaGlucose(i * 300_000L, glucose + (i % 3));
        }
        return b.addInsulinDelivered(40).addBasal(20).addBolus(20).addCarbs(180).build(1.0);
    }

    @Test
    void identicalArmsHaveNoDifferenceAndNoTest() {
        List<SummaryRow> a = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            a.add(row("a", "p" + p, 100 + 10 * p));
        }
        PairedComparison c = PairedComparison.of("a", a, "a", a);
        for (MetricDifference m : c.metrics()) {
            assertEquals(0, m.nonZeroPairs(), m.metric());
            if (m.pairs() > 0) {
                assertEquals(0.0, m.meanDifference(), 0.0, m.metric());
            }
            assertTrue(Double.isNaN(m.wilcoxonP()) && Double.isNaN(m.pairedTP()), m.metric());
        }
    }

    @Test
    void shiftOfOneToSixGivesExactWilcoxonAndPairedT() {
        List<SummaryRow> base = new ArrayList<>();
        List<SummaryRow> cand = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            base.add(row("base", "p" + p, 100 + 10 * p));
            cand.add(row("cand", "p" + p, 100 + 10 * p + (p + 1))); // differences 1…6 mg/dL
        }
        MetricDifference m = PairedComparison.of("base", base, "cand", cand).metric("mean_glucose_mg_dl");
        assertEquals(6, m.pairs());
        assertEquals(3.5, m.meanDifference(), 1e-9);
        // All six differences positive: exact two-sided signed-rank p = 2 / 2^6 = 0.03125.
        assertEquals(0.03125, m.wilcoxonP(), 1e-12);
        // t = 3.5 / (1.8708287 / √6) = 4.5825757 on 5 df → two-sided p = 0.0059330 (t table).
        assertEquals(0.005933, m.pairedTP(), 2e-6);
    }

    @Test
    void pairingRefusesArmsWithDifferentPatients() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(
                "a", List.of(row("a", "p1", 100)), "b", List.of(row("b", "p2", 100))));
        assertTrue(e.getMessage().contains("only in baseline 'a': [p1]"), e.getMessage());
    }

    @Test
    void gatesParseAndFailOnTheMeanDifference() {
        Gate g = Gate.parse("tbr_below_70_pct > +0.5");
        assertEquals("tbr_below_70_pct", g.metric());
        assertTrue(g.failsFor(0.51));
        assertFalse(g.failsFor(0.5));
        Gate h = Gate.parse(" tir_70_180_pct<-1.0 ");
        assertTrue(h.failsFor(-1.5));
        assertFalse(h.failsFor(-0.5));
        assertFalse(h.failsFor(Double.NaN));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Gate.parse("tbr_70 > 0.5"))
                .getMessage().contains("unknown metric 'tbr_70'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Gate.parse("tir_70_180_pct = 1"))
                .getMessage().contains("METRIC OP NUMBER"));
    }
}
