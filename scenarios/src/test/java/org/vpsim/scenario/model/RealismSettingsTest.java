package org.vpsim.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.patient.variability.VariabilityParameters;

/** The issue-16 switches: defaults on, each switchable, bad values refused with their path. */
class RealismSettingsTest {
    private final ScenarioReader reader = new ScenarioReader();

    private static String scenario(String extra) {
        return """
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]}, "arms": [{"name": "a"}]%s}
                """.formatted(extra);
    }

    @Test
    void absentSwitchesMeanTitratedSettingsPersonVariabilityAndBenchDevices() {
        Scenario s = reader.parse(scenario(""));
        assertEquals("titrated", s.therapySettings());
        assertTrue(s.person().enabled());
        assertEquals(70.0, s.person().rescueThresholdMgDl());
        assertEquals(VariabilityParameters.forAgeYears(40), s.variability().parametersFor(40));
        assertEquals("bench", s.deviceCalibration());
    }

    @Test
    void everySwitchTurnsOffAndWithoutRealismTurnsAllOff() {
        Scenario s = reader.parse(scenario(", \"therapySettings\": \"published\", \"person\": {\"enabled\": false},"
                + " \"variability\": {\"enabled\": false}, \"deviceCalibration\": \"legacy\""));
        assertEquals("published", s.therapySettings());
        assertFalse(s.person().enabled());
        assertFalse(s.variability().parametersFor(40).enabled());
        assertEquals("legacy", s.deviceCalibration());
        Scenario off = reader.parse(scenario("")).withoutRealism();
        assertEquals(s.person(), off.person());
        assertEquals(s.variability(), off.variability());
        assertEquals("published", off.therapySettings());
        assertEquals("legacy", off.deviceCalibration());
    }

    @Test
    void absentVariabilityAmplitudesFollowTheAgeGroupAndASetOneAppliesToEveryone() {
        Scenario s = reader.parse(scenario(""));
        VariabilityParameters child = s.variability().parametersFor(9);
        VariabilityParameters adolescent = s.variability().parametersFor(15);
        VariabilityParameters adult = s.variability().parametersFor(40);
        // Prepubertal children: little dawn rise; adolescents and adults a marked one (Bachran et al. 2012).
        assertTrue(child.dawnEgpIncrease() < adolescent.dawnEgpIncrease());
        assertEquals(adolescent.dawnEgpIncrease(), adult.dawnEgpIncrease());
        // The larger, slower insulin-sensitivity walk is the adults' (the S2017 SI variability is adult data).
        assertTrue(adult.insulinSensitivityWalkSd() > child.insulinSensitivityWalkSd());
        assertTrue(adult.insulinSensitivityWalkHours() > child.insulinSensitivityWalkHours());
        assertEquals(child.insulinSensitivityWalkSd(), adolescent.insulinSensitivityWalkSd());
        Scenario set = reader.parse(scenario(", \"variability\": {\"insulinSensitivityWalkSd\": 0.1,"
                + " \"insulinSensitivityWalkHours\": 6, \"dawnEgpIncrease\": 0.2}"));
        for (double age : new double[] {9, 15, 40}) {
            VariabilityParameters p = set.variability().parametersFor(age);
            assertEquals(0.1, p.insulinSensitivityWalkSd());
            assertEquals(6.0, p.insulinSensitivityWalkHours());
            assertEquals(0.2, p.dawnEgpIncrease());
        }
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        ScenarioException t = assertThrows(ScenarioException.class,
                () -> reader.parse(scenario(", \"therapySettings\": \"quest\"")));
        assertTrue(t.getMessage().contains("therapySettings") && t.getMessage().contains("\"titrated\", \"published\""),
                t.getMessage());
        ScenarioException p = assertThrows(ScenarioException.class,
                () -> reader.parse(scenario(", \"person\": {\"rescueMinCarbsGrams\": 30}")));
        assertTrue(p.getMessage().contains("person.rescueMaxCarbsGrams"), p.getMessage());
        ScenarioException v = assertThrows(ScenarioException.class,
                () -> reader.parse(scenario(", \"variability\": {\"insulinSensitivityWalkSd\": -1}")));
        assertTrue(v.getMessage().contains("variability.insulinSensitivityWalkSd"), v.getMessage());
        ScenarioException d = assertThrows(ScenarioException.class,
                () -> reader.parse(scenario(", \"deviceCalibration\": \"old\"")));
        assertTrue(d.getMessage().contains("deviceCalibration"), d.getMessage());
    }
}
