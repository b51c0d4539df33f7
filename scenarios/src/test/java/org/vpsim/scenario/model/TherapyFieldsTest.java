package org.vpsim.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14's scenario fields: manual therapy, CGM alerts, fault rates; each problem named by its path. */
class TherapyFieldsTest {
    private final ScenarioReader reader = new ScenarioReader();

    private static String scenario(String arm, String extra) {
        return "{\"name\": \"t\", \"durationDays\": 1, \"cohort\": {\"patients\": [\"adult#001\"]},"
                + " \"arms\": [" + arm + "]" + extra + "}";
    }

    private List<String> problems(String json) {
        return assertThrows(ScenarioException.class, () -> reader.parse(json)).problems().stream()
                .map(p -> p.path()).toList();
    }

    @Test
    void eachManualTherapyTypeAcceptsItsFieldsTogether() {
        Scenario s = reader.parse(scenario("{\"name\": \"a\", \"manualTherapy\": ["
                + "{\"type\": \"temp-basal\", \"atHours\": 1, \"percent\": 50, \"durationMinutes\": 60},"
                + "{\"type\": \"temp-basal\", \"atHours\": 2, \"unitsPerHour\": 0.4, \"durationMinutes\": 60},"
                + "{\"type\": \"extended-bolus\", \"atHours\": 3, \"units\": 4, \"durationMinutes\": 120},"
                + "{\"type\": \"dual-wave-bolus\", \"atHours\": 4, \"units\": 5, \"immediatePercent\": 60,"
                + " \"durationMinutes\": 90},"
                + "{\"type\": \"suspend\", \"atHours\": 5, \"durationMinutes\": 30}]}", ""));
        assertEquals(5, s.arms().get(0).manualTherapy().size());
        assertEquals(0.6 * 100, s.arms().get(0).manualTherapy().get(3).immediatePercent(), 1e-12);
    }

    @Test
    void manualTherapyProblemsNameTheirFields() {
        List<String> paths = problems(scenario("{\"name\": \"a\", \"manualTherapy\": ["
                + "{\"type\": \"temp-basal\", \"atHours\": 1, \"durationMinutes\": 60},"
                + "{\"type\": \"suspend\", \"atHours\": 2, \"units\": 3, \"durationMinutes\": 30},"
                + "{\"type\": \"dual-wave-bolus\", \"atHours\": 3, \"units\": 3}]}", ""));
        assertTrue(paths.contains("arms[0].manualTherapy[0].percent"), paths.toString());
        assertTrue(paths.contains("arms[0].manualTherapy[1].units"), paths.toString());
        assertTrue(paths.contains("arms[0].manualTherapy[2].durationMinutes"), paths.toString());
        assertTrue(paths.contains("arms[0].manualTherapy[2].immediatePercent"), paths.toString());
        assertEquals(List.of("arms[0].manualTherapy[0].atHours"), problems(scenario("{\"name\": \"a\", \"manualTherapy\":"
                + " [{\"type\": \"extended-bolus\", \"atHours\": 30, \"units\": 3, \"durationMinutes\": 30}]}", "")),
                "after the 24-h study");
    }

    @Test
    void alertsAndFaultRatesCheckTheirRules() {
        List<String> paths = problems(scenario("{\"name\": \"a\", \"alerts\": {\"predictiveLowMinutes\": 20,"
                + " \"highMgDl\": 130}}, {\"name\": \"b\", \"alerts\": {\"lowMgDl\": 140, \"highMgDl\": 130}}",
                ", \"faultRates\": {\"cgmBiasPerDay\": 30, \"arms\": [\"c\"]}"));
        assertTrue(paths.contains("arms[0].alerts.predictiveLowMinutes"), paths.toString());
        assertTrue(paths.contains("arms[1].alerts.highMgDl"), paths.toString());
        assertTrue(paths.contains("faultRates.cgmBiasPerDay"), paths.toString());
    }

    @Test
    void manualTherapyOnPensIsRefused() {
        List<String> paths = problems(scenario("{\"name\": \"mdi\", \"pens\": {}, \"controller\": {\"type\": \"mdi\"},"
                + " \"manualTherapy\": [{\"type\": \"suspend\", \"atHours\": 1, \"durationMinutes\": 30}]}", ""));
        assertTrue(paths.contains("arms[0].manualTherapy"), paths.toString());
    }

    @Test
    void aScenarioWithoutTheNewFieldsIsWrittenAsBefore() {
        Scenario s = reader.parse(scenario("{\"name\": \"a\"}", ""));
        String json = reader.toJson(s);
        for (String field : List.of("manualTherapy", "alerts", "faultRates", "hypoAwareness", "highCorrectionTrigger")) {
            assertTrue(!json.contains(field), field + " written although absent: " + json);
        }
    }
}
