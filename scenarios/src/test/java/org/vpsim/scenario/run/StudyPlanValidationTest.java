package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.scenario.model.Problem;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioReader;

/** Validate is the judge of run: what the devices or the pump would refuse mid-run is refused when planning. */
class StudyPlanValidationTest {
    private final ScenarioReader reader = new ScenarioReader();

    private List<String> planProblems(String pumpJson) {
        var s = reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adults"]},
                 "arms": [{"name": "a", "pump": %s}]}""".formatted(pumpJson));
        return assertThrows(ScenarioException.class, () -> StudyPlan.of(s)).problems().stream()
                .map(Problem::path).toList();
    }

    @Test
    void basalAboveThePumpMaximumIsRefusedBeforeTheRun() {
        assertEquals(List.of("arms[0].pump.basalProfile[1].unitsPerHour"), planProblems("""
                {"maxBasalUnitsPerHour": 3, "basalProfile": [{"start": "00:00", "unitsPerHour": 1},
                                                             {"start": "06:00", "unitsPerHour": 50}]}"""));
        // A scale is checked against every patient's own basal.
        assertEquals(List.of("arms[0].pump.basalProfile[0].scale"), planProblems("""
                {"maxBasalUnitsPerHour": 1, "basalProfile": [{"start": "00:00", "scale": 10}]}"""));
        // Without a profile the patient's own basal must fit under the maximum.
        assertEquals(List.of("arms[0].pump.maxBasalUnitsPerHour"), planProblems("{\"maxBasalUnitsPerHour\": 0.1}"));
    }

    @Test
    void alertLevelsOutsideTheReservoirAreRefused() {
        assertEquals(List.of("arms[0].pump.lowReservoirAlertUnits"), planProblems("{\"lowReservoirAlertUnits\": 500}"));
        assertEquals(List.of("arms[0].pump.lowReservoirAlertUnits"),
                planProblems("{\"reservoirCapacityUnits\": 100, \"lowReservoirAlertUnits\": 150}"));
    }

    @Test
    void strokeVolumesAndTimesSetThroughSpecMeetThePhysicalLimits() {
        assertEquals(List.of("arms[0].pump.spec.pulseUnits"), planProblems("{\"spec\": {\"pulseUnits\": 1e-9}}"));
        assertEquals(List.of("arms[0].pump.spec.userResponseMinutes", "arms[0].pump.spec.suspendReminderMinutes"),
                planProblems("{\"spec\": {\"userResponseMinutes\": 1e308, \"suspendReminderMinutes\": 1e300}}"));
        List<String> unknown = planProblems("{\"spec\": {\"noSuchThing\": 1}}");
        assertTrue(unknown.get(0).startsWith("arms[0].pump.spec.noSuchThing"), unknown.toString());
    }

    @Test
    void unknownPatientsAndFaultTargetsAreAllReported() {
        var s = reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001", "adult#999", "grownups"]},
                 "arms": [{"name": "a"}], "faults": [{"type": "leak", "atHours": 1, "patients": ["child#001"]}]}""");
        List<String> paths = assertThrows(ScenarioException.class, () -> StudyPlan.of(s)).problems().stream()
                .map(Problem::path).toList();
        assertEquals(List.of("cohort.patients[1]", "cohort.patients[2]", "faults[0].patients[0]"), paths);
    }
}
