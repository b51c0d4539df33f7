package org.vpsim.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
    private final ScenarioReader reader = new ScenarioReader();

    private static String scenario(String armsJson) {
        return """
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": %s}
                """.formatted(armsJson);
    }

    private ScenarioException refused(String json) {
        return assertThrows(ScenarioException.class, () -> reader.parse(json));
    }

    @Test
    void minimalScenarioGetsExplicitDefaults() {
        Scenario s = reader.parse(scenario("[{\"name\": \"a\"}]"));
        assertEquals("uva-padova-2008", s.model());
        assertEquals(5, s.outputIntervalMinutes());
        assertEquals(1L, s.seed());
        assertEquals(86_400_000L, s.durationMillis());
        assertEquals("bolus-calculator", s.arms().get(0).controller().type());
        assertEquals(5.0, s.meals().eatingRateGramsPerMinute());
    }

    @Test
    void negativeBasalRateIsRefusedWithItsFullPath() {
        ScenarioException e = refused(scenario("""
                [{"name": "a"}, {"name": "b", "pump": {"basalProfile": [
                   {"start": "00:00", "unitsPerHour": 1.0},
                   {"start": "06:00", "unitsPerHour": 1.2},
                   {"start": "12:00", "unitsPerHour": -0.5}]}}]"""));
        assertEquals("arms[1].pump.basalProfile[2].unitsPerHour", e.fieldPath());
        assertTrue(e.getMessage().contains("-0.5"), e.getMessage());
        assertTrue(e.getMessage().contains("from 0 to"), e.getMessage());
    }

    @Test
    void unknownFieldIsRefusedNotIgnored() {
        ScenarioException e = refused(scenario("[{\"name\": \"a\", \"pmup\": {}}]"));
        assertEquals("arms[0].pmup", e.fieldPath());
        assertTrue(e.getMessage().contains("unknown field"), e.getMessage());
    }

    @Test
    void wrongTypeNamesTheField() {
        ScenarioException e = refused("""
                {"name": "t", "durationDays": "seven", "cohort": {"patients": ["adult#001"]}, "arms": [{"name": "a"}]}""");
        assertEquals("durationDays", e.fieldPath());
    }

    @Test
    void malformedJsonNamesTheLine() {
        ScenarioException e = refused("{\"name\": \"t\",\n \"durationDays\": 1,,}");
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void badClockTimeInAMealIsRefused() {
        ScenarioException e = refused("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]}, "arms": [{"name": "a"}],
                 "meals": {"fixed": [{"time": "25:00", "carbsGrams": 50}]}}""");
        assertEquals("meals.fixed[0].time", e.fieldPath());
        assertTrue(e.getMessage().contains("25:00"), e.getMessage());
    }

    @Test
    void duplicateArmNamesAreRefused() {
        ScenarioException e = refused(scenario("[{\"name\": \"a\"}, {\"name\": \"a\"}]"));
        assertEquals("arms[1].name", e.fieldPath());
    }

    @Test
    void durationMustBeWholeOutputIntervals() {
        ScenarioException e = refused("""
                {"name": "t", "durationDays": 0.0001, "cohort": {"patients": ["adult#001"]}, "arms": [{"name": "a"}]}""");
        assertEquals("durationDays", e.fieldPath());
    }

    @Test
    void emptyArmsAreRefused() {
        ScenarioException e = refused(scenario("[]"));
        assertEquals("arms", e.fieldPath());
    }

    @Test
    void missingCohortIsRefused() {
        ScenarioException e = refused("{\"name\": \"t\", \"durationDays\": 1, \"arms\": [{\"name\": \"a\"}]}");
        assertEquals("cohort", e.fieldPath());
    }

    @Test
    void builtInScenariosAllParse() {
        ScenarioLibrary lib = new ScenarioLibrary();
        assertTrue(lib.names().contains(ScenarioLibrary.DEFAULT));
        for (String name : lib.names()) {
            Scenario s = lib.load(name);
            assertEquals(name, s.name());
        }
        Scenario d = lib.load(ScenarioLibrary.DEFAULT);
        assertEquals(7.0, d.durationDays());
        assertEquals(java.util.List.of("all"), d.cohort().patients());
    }

    @Test
    void asRunJsonReadsBackToTheSameScenario() {
        Scenario d = new ScenarioLibrary().load(ScenarioLibrary.DEFAULT);
        assertEquals(d, reader.parse(reader.toJson(d)));
    }
}
