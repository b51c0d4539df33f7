package org.vpsim.results.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.results.SummaryBuilder;
import org.vpsim.results.SummaryRow;

/** The evidence spec reader, the effect of a run and the verdict rules. */
class EvidenceSpecAndVerdictTest {

    private static final String SPEC = """
            {"study": "s", "trial": "T (2020)", "baselineArm": "a", "treatmentArm": "b",
             "endpoints": [
               {"metric": "tbr_below_70_pct", "label": "time < 70", "unit": "%",
                "published": {"baseline": 4.5, "treatment": 3.1, "effect": "relative", "value": -0.31},
                "direction": "decrease", "note": "n"},
               {"metric": "mean_glucose_mg_dl", "label": "mean", "unit": "mg/dL",
                "published": {"effect": "absolute", "value": 0}, "direction": "unchanged", "tolerance": 5}
             ],
             "seeds": [1, 2]}
            """;

    private static EvidenceSpec.Endpoint endpoint(String effect, double value, String direction, Double tolerance) {
        return new EvidenceSpec.Endpoint("tbr_below_70_pct", "time < 70", "%", new EvidenceSpec.Published(null, null,
                EvidenceSpec.EffectType.valueOf(effect.toUpperCase(java.util.Locale.ROOT)), value),
                EvidenceSpec.Direction.valueOf(direction.toUpperCase(java.util.Locale.ROOT)), tolerance, "");
    }

    @Test
    void aSpecInTheSessionFormatReadsBack() {
        EvidenceSpec s = EvidenceSpecReader.read(SPEC, "test");
        assertEquals("s", s.study());
        assertEquals(List.of(1L, 2L), s.seeds());
        assertEquals(-0.31, s.endpoints().get(0).published().value());
        assertEquals(EvidenceSpec.EffectType.RELATIVE, s.endpoints().get(0).published().effect());
        assertEquals(EvidenceSpec.Direction.UNCHANGED, s.endpoints().get(1).direction());
        assertEquals(5.0, s.endpoints().get(1).tolerance());
        assertEquals(null, s.endpoints().get(1).published().baseline());
    }

    @Test
    void badSpecsAreRefusedNamingTheFieldAndTheFile() {
        assertMessage("test: endpoints[0].metric: unknown metric 'tbr_below_71_pct'",
                SPEC.replace("tbr_below_70_pct", "tbr_below_71_pct"));
        assertMessage("test: endpoints[0].direction: 'increase' does not fit the published relative effect -0.31",
                SPEC.replace("\"decrease\"", "\"increase\""));
        assertMessage("test: endpoints[0].published.effect: found 'ratio'; expected one of [relative, absolute]",
                SPEC.replace("\"relative\"", "\"ratio\""));
        assertMessage("test: endpoints[1].colour: unknown field", SPEC.replace("\"tolerance\": 5", "\"colour\": 5"));
        assertMessage("test: seeds: [1, 1] repeats a seed", SPEC.replace("[1, 2]", "[1, 1]"));
        assertMessage("test: treatmentArm: missing", SPEC.replace("\"treatmentArm\": \"b\",", ""));
        assertMessage("test: not valid JSON", SPEC.substring(0, 40));
    }

    private static void assertMessage(String start, String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvidenceSpecReader.read(json, "test"));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void aDecreaseWithinAFactorOfTwoIsReproducedAndTheBoundsAreInclusive() {
        EvidenceSpec.Endpoint e = endpoint("relative", -0.30, "decrease", null);
        assertEquals(Verdict.REPRODUCED, Verdict.judge(e, -0.30, -0.30, 0));
        assertEquals(Verdict.REPRODUCED, Verdict.judge(e, -0.15, -0.15, 0));
        assertEquals(Verdict.REPRODUCED, Verdict.judge(e, -0.60, -0.60, 0));
        assertEquals(Verdict.DIRECTION_ONLY, Verdict.judge(e, -0.149, -0.149, 0));
        assertEquals(Verdict.DIRECTION_ONLY, Verdict.judge(e, -0.61, -0.61, 0));
        assertEquals(Verdict.WRONG_DIRECTION, Verdict.judge(e, 0.10, 0.10, 0));
        assertEquals(Verdict.WRONG_DIRECTION, Verdict.judge(e, 0.0, 0.0, 0));
        assertEquals(Verdict.NOT_MEASURED, Verdict.judge(e, Double.NaN, Double.NaN, 0));
        assertTrue(Verdict.REPRODUCED.reproduced());
        assertFalse(Verdict.DIRECTION_ONLY.reproduced());
    }

    @Test
    void anIncreaseIsJudgedOnItsOwnSign() {
        EvidenceSpec.Endpoint e = endpoint("absolute", 11, "increase", null);
        assertEquals(Verdict.REPRODUCED, Verdict.judge(e, 10.1, 0.13, 10.1));
        assertEquals(Verdict.DIRECTION_ONLY, Verdict.judge(e, 3, 0.04, 3));
        assertEquals(Verdict.WRONG_DIRECTION, Verdict.judge(e, -1, -0.01, -1));
    }

    @Test
    void aDirectionOnlyFindingIsJudgedOnTheSignAlone() {
        EvidenceSpec spec = EvidenceSpecReader.read(SPEC.replace(
                "\"published\": {\"baseline\": 4.5, \"treatment\": 3.1, \"effect\": \"relative\", \"value\": -0.31}",
                "\"published\": {\"baseline\": null, \"treatment\": null, \"effect\": \"relative\", \"value\": null}"),
                "test");
        EvidenceSpec.Endpoint e = spec.endpoints().get(0);
        assertEquals(null, e.published().value());
        assertEquals(Verdict.DIRECTION_RIGHT, Verdict.judge(e, -0.01, -0.01, -0.1));
        assertEquals(Verdict.DIRECTION_RIGHT, Verdict.judge(e, -5, -5, -9));
        assertEquals(Verdict.WRONG_DIRECTION, Verdict.judge(e, 0.2, 0.2, 1));
        assertEquals(Verdict.WRONG_DIRECTION, Verdict.judge(e, 0, 0, 0));
        assertEquals("lower (direction only)", EvidenceText.published(e));
        assertMessage("test: endpoints[1]", SPEC.replace("\"effect\": \"absolute\", \"value\": 0}",
                "\"effect\": \"absolute\", \"value\": null}"));
    }

    @Test
    void unchangedUsesFivePercentOrTheTolerance() {
        EvidenceSpec.Endpoint relative = endpoint("relative", 0, "unchanged", null);
        assertEquals(Verdict.UNCHANGED, Verdict.judge(relative, 0.05, 0.05, 7));
        assertEquals(Verdict.CHANGED, Verdict.judge(relative, 0.051, 0.051, 7));
        assertEquals(Verdict.UNCHANGED, Verdict.judge(relative, -0.03, -0.03, -4));
        EvidenceSpec.Endpoint tolerance = endpoint("absolute", 0, "unchanged", 5.0);
        assertEquals(Verdict.UNCHANGED, Verdict.judge(tolerance, 5, 0.2, 5));
        assertEquals(Verdict.CHANGED, Verdict.judge(tolerance, -5.5, -0.01, -5.5));
    }

    @Test
    void theEffectOfARunIsTheDifferenceOfArmMeansOverPatients() {
        EvidenceSpec spec = EvidenceSpecReader.read(SPEC, "test");
        List<SummaryRow> rows = new ArrayList<>();
        // Arm a: patients with 10 % and 0 % of readings below 70 → mean 5 %; arm b: 0 % and 5 % → 2.5 %.
        rows.add(row("a", "p1", 1, 9));
        rows.add(row("a", "p2", 0, 10));
        rows.add(row("b", "p1", 0, 10));
        rows.add(row("b", "p2", 1, 19));
        List<EndpointMeasurement> m = EndpointMeasurement.measure(spec, rows);
        assertEquals(5.0, m.get(0).baselineMean(), 1e-12);
        assertEquals(2.5, m.get(0).treatmentMean(), 1e-12);
        assertEquals(-0.5, m.get(0).effect(), 1e-12);
        assertEquals(-2.5, m.get(0).absoluteEffect(), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EndpointMeasurement.measure(spec, rows.subList(0, 2)));
        assertEquals("the run has no results for arm 'b'; its arms: [a]", e.getMessage());
    }

    @Test
    void overSeedsTheEffectIsAveragedAndJudgedAndThePageSectionIsDeterministic() {
        EvidenceSpec spec = EvidenceSpecReader.read(SPEC, "test");
        EvidenceSpec.Endpoint tbr = spec.endpoints().get(0);
        EvidenceSpec.Endpoint mean = spec.endpoints().get(1);
        StudyEvidence ev = new StudyEvidence(spec, "A study.", 2, 14, List.of(
                new StudyEvidence.SeedRun(1, List.of(new EndpointMeasurement(tbr, 4.0, 3.0),
                        new EndpointMeasurement(mean, 150, 152))),
                new StudyEvidence.SeedRun(2, List.of(new EndpointMeasurement(tbr, 4.0, 2.6),
                        new EndpointMeasurement(mean, 150, 151)))));
        StudyEvidence.EndpointEvidence e = ev.endpoints().get(0);
        assertEquals(-0.30, e.effectMean(), 1e-12);       // (−0.25 − 0.35) / 2
        assertEquals(Math.sqrt(0.005), e.effectSd(), 1e-12);
        assertEquals(-0.35, e.effectMin(), 1e-12);
        assertEquals(Verdict.REPRODUCED, e.verdict());
        assertEquals(Verdict.UNCHANGED, ev.endpoints().get(1).verdict());
        String section = EvidencePage.section(ev);
        assertEquals(section, EvidencePage.section(ev));
        assertTrue(section.contains("| time < 70 (%) `tbr_below_70_pct` | 4.50 → 3.10 | -31.0 % | 4.00 → 2.80 | "
                + "-30.0 % ± 7.1 % (-35.0 % to -25.0 %) | **direction right, magnitude within a factor of two** |"), section);
        assertTrue(EvidencePage.render(List.of(ev)).contains(section));
        assertTrue(section.contains("seeds 1, 2 (`vpsim run s --seed S`)"), section);
    }

    private static SummaryRow row(String arm, String patient, int below, int inRange) {
        SummaryBuilder b = new SummaryBuilder(arm, patient);
        long t = 0;
        for (int i = 0; i < below; i++) {
            b.addPlasmaGlucose(t += 300_000, 60);
        }
        for (int i = 0; i < inRange; i++) {
            b.addPlasmaGlucose(t += 300_000, 120);
        }
        return b.build(1.0);
    }
}
