package org.vpsim.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one validation pass: every problem at once, in file order, each with path, value and what is allowed. */
class ValidationPassTest {
    private final ScenarioReader reader = new ScenarioReader();

    private List<Problem> problems(String json) {
        return assertThrows(ScenarioException.class, () -> reader.parse(json)).problems();
    }

    private static List<String> paths(List<Problem> ps) {
        return ps.stream().map(Problem::path).toList();
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInFileOrder() {
        List<Problem> ps = problems("""
                {"name": "t", "seed": 1.5, "durationDays": 1, "cohort": null,
                 "meals": {"bolusOffsetMinutes": 1.5, "random": [{"name": "x", "probability": 0.5, "meanTime": "12:00",
                   "timeSdMinutes": 10, "meanCarbsGrams": 1e19, "sdCarbsGrams": 1}]},
                 "arms": [{"name": "a", "pump": {"pulseUnits": 1e308}, "cgm": {"noise": "yes"}}],
                 "typo": 3}""");
        assertEquals(List.of("seed", "cohort", "meals.bolusOffsetMinutes", "meals.random[0].meanCarbsGrams",
                "arms[0].pump.pulseUnits", "arms[0].cgm.noise", "typo"), paths(ps));
        Problem carbs = ps.get(3);
        assertEquals("1E+19", carbs.value());
        assertEquals("a number greater than 0 and at most 500 (g)", carbs.allowed());
        assertTrue(ps.get(0).describe().contains("whole number"), ps.get(0).describe());
    }

    @Test
    void crossFieldRulesOfARecordAreAllReportedToo() {
        List<Problem> ps = problems("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adults"]},
                 "arms": [{"name": "a"}, {"name": "a"}],
                 "faults": [{"type": "occlusion", "atHours": 1000}, {"type": "occlusion", "atHours": 1, "arms": ["b"]}]}""");
        assertEquals(List.of("arms[1].name", "faults[0].atHours", "faults[1].arms[0]"), paths(ps));
        assertTrue(ps.get(1).allowed().contains("before hour 24"), ps.get(1).describe());
        // A record's own cross-field rule (a pump fault has no duration) is reported with the field problems,
        // and the rules of the scenario around it (a fault after the end) still run.
        List<Problem> own = problems("""
                {"name": "t", "durationDays": 1, "seed": 0.5, "cohort": {"patients": ["adults"]}, "arms": [{"name": "a"}],
                 "faults": [{"type": "leak", "atHours": 2, "durationHours": 3}, {"type": "leak", "atHours": 99}]}""");
        assertEquals(List.of("seed", "faults[0].durationHours"), paths(own));
        List<Problem> both = problems("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adults"]}, "arms": [{"name": "a"}, {"name": "a"}],
                 "faults": [{"type": "leak", "atHours": 2, "durationHours": 3}, {"type": "leak", "atHours": 99}]}""");
        assertEquals(List.of("arms[1].name", "faults[0].durationHours", "faults[1].atHours"), paths(both));
    }

    @Test
    void wholeFileProblemsAreStatedInPlainWords() {
        assertTrue(message("").contains("is empty"));
        assertTrue(message("   \n").contains("is empty"));
        assertTrue(message("null").contains("holds null"));
        assertTrue(message("[1, 2]").contains("expected an object"), message("[1, 2]"));
        assertTrue(message("{\"name\": \"a\"} {\"name\": \"b\"}").contains("a second JSON value"));
        assertTrue(message("{\"name\": \"a\",}").contains("not valid JSON (line 1"));
        String junk = new String(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 7, (byte) 0x82}, StandardCharsets.ISO_8859_1);
        String m = assertThrows(ScenarioException.class, () -> reader.read(
                new java.io.ByteArrayInputStream(junk.getBytes(StandardCharsets.ISO_8859_1)), "junk.bin")).getMessage();
        assertTrue(m.startsWith("junk.bin is not"), m);
        for (String text : List.of("", "null", "{\"a\":1} 2", "{\"name\": \"a\",}", "[1]")) {
            String msg = message(text);
            assertTrue(!msg.matches("(?s).*(java\\.|jackson|Exception|`|START_|VALUE_).*"), msg);
        }
    }

    private String message(String json) {
        return assertThrows(ScenarioException.class, () -> reader.parse(json)).getMessage();
    }

    @Test
    void startDatesOutsideTheSupportedYearsAreRefused() {
        for (String start : List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1899-12-31T00:00:00Z",
                "2026-02-30T00:00:00Z", "yesterday")) {
            List<Problem> ps = problems("""
                    {"name": "t", "start": "%s", "durationDays": 1, "cohort": {"patients": ["adults"]},
                     "arms": [{"name": "a"}]}""".formatted(start));
            assertEquals(List.of("start"), paths(ps), start);
        }
    }

    @Test
    void integersMeanIntegersButWholeFloatsAreWholeNumbers() {
        String base = """
                {"name": "t", "seed": %s, "durationDays": 1, "cohort": {"patients": ["adults"]}, "arms": [{"name": "a"}]}""";
        assertEquals(1000L, reader.parse(base.formatted("1e3")).seed());
        assertEquals(List.of("seed"), paths(problems(base.formatted("1.5"))));
        assertEquals(List.of("seed"), paths(problems(base.formatted("1e30"))));
        assertEquals(List.of("seed"), paths(problems(base.formatted("\"7\""))));
    }

    @Test
    void tooManyArmsAreRefusedBeforeAnythingIsBuilt() {
        StringBuilder arms = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            arms.append(i == 0 ? "" : ",").append("{\"name\": \"a").append(i).append("\"}");
        }
        List<Problem> ps = problems("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adults"]}, "arms": %s]}""".formatted(arms));
        assertEquals(List.of("arms"), paths(ps));
        assertTrue(ps.get(0).allowed().contains("1 to " + Scenario.MAX_ARMS), ps.get(0).describe());
    }

    @Test
    void programmaticValuesMeetTheSameLimitsAsFiles() {
        Scenario s = new ScenarioLibrary().load("reference-day");
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.withDurationDays(1e9));
        assertEquals("durationDays", e.fieldPath());
        assertThrows(ScenarioException.class, () -> new Cohort(List.of()));
    }

    @Test
    void anEditorsSchemaPointerIsAllowedAtTheTop() {
        Scenario s = reader.parse("""
                {"$schema": "../docs/scenario.schema.json", "name": "t", "durationDays": 1,
                 "cohort": {"patients": ["adults"]}, "arms": [{"name": "a"}]}""");
        assertEquals("t", s.name());
    }
}
