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

    @Test
    void controllerProblemsJoinTheOtherProblemsWithTheirFullPaths() {
        var s = reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"], "file": "no-such-cohort.json"},
                 "arms": [{"name": "a", "controller": {"type": "oref9"}},
                          {"name": "b", "controller": {"type": "bolus-calculator", "settings": {"targetMgDl": 500}}},
                          {"name": "c", "controller": {"type": "external", "command": ["./no-such-controller.py"]}}]}""");
        List<Problem> problems = assertThrows(ScenarioException.class, () -> StudyPlan.of(s)).problems();
        assertEquals(List.of("cohort.file", "arms[0].controller.type", "arms[1].controller.settings.targetMgDl",
                "arms[2].controller.command[0]"), problems.stream().map(Problem::path).toList());
        assertEquals("\"oref9\"", problems.get(1).value());
        assertEquals("500", problems.get(2).value());
        assertTrue(problems.get(2).allowed().startsWith("a number"), problems.get(2).describe());
    }

    @Test
    void aTitratedBasalIsCheckedAgainstThePumpMaximumAsTheRunWouldUseIt() {
        // adult#001's published basal is about 1.4 U/h; a maximum just above it passes with published settings.
        String json = """
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]}, "therapySettings": "%s",
                 "arms": [{"name": "a", "pump": {"maxBasalUnitsPerHour": %s}}]}""";
        var published = reader.parse(json.formatted("published", "1.5"));
        var patient = StudyPlan.of(published).patients().get(0);
        double titrated = TherapyChoice.of(reader.parse(json.formatted("titrated", "35")), patient)
                .basalInsulinUnitsPerHour();
        double limit = Math.floor(titrated * 0.99 * 1000) / 1000;
        if (limit >= patient.therapy().basalInsulinUnitsPerHour()) {
            // the titrated basal is above the published one: a maximum between them is refused only when titrated
            StudyPlan.of(reader.parse(json.formatted("published", limit)));
        }
        List<String> paths = assertThrows(ScenarioException.class,
                () -> StudyPlan.of(reader.parse(json.formatted("titrated", limit)))).problems().stream()
                .map(Problem::path).toList();
        assertEquals(List.of("arms[0].pump.maxBasalUnitsPerHour"), paths);
    }

    @Test
    void aPatientFileThatIsNotARegularFileIsRefusedWithoutReadingIt() {
        var s = reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"file": "/dev/zero"}, "arms": [{"name": "a"}]}""");
        List<Problem> problems = assertThrows(ScenarioException.class, () -> StudyPlan.of(s)).problems();
        assertEquals(List.of("cohort.file"), problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(0).hint().contains("not a regular file"), problems.get(0).describe());
    }

    @Test
    void aStudyOfMoreThanTenMillionSimulationsIsRefusedAtTheReplicates(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        // 63 generated patients × 16 arms × 10,000 replicates = 10,080,000 simulations: one too many blocks.
        java.nio.file.Path file = tmp.resolve("cohort.json");
        org.vpsim.patient.population.PopulationFile.write(file, org.vpsim.patient.population.PopulationGenerator.generate(
                org.vpsim.patient.PatientModels.population("hovorka-2004"), 63, 1), "test");
        StringBuilder arms = new StringBuilder();
        for (int a = 0; a < 16; a++) {
            arms.append(a == 0 ? "" : ", ").append("{\"name\": \"a").append(a).append("\"}");
        }
        String json = """
                {"name": "t", "durationDays": 1, "model": "hovorka-2004", "therapySettings": "published",
                 "cohort": {"file": "cohort.json", "replicates": %d}, "arms": [%s]}""";
        List<Problem> problems = assertThrows(ScenarioException.class,
                () -> StudyPlan.of(reader.parse(json.formatted(10_000, arms)), ControllerRegistry.builtIn(), tmp)).problems();
        assertEquals(List.of("cohort.replicates"), problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(0).allowed().contains("at most 9920"), problems.get(0).describe());
        assertEquals(63 * 16 * 9_920, StudyPlan.of(reader.parse(json.formatted(9_920, arms)), ControllerRegistry.builtIn(), tmp)
                .simulations());
    }
}
