package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModels;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.scenario.model.ExerciseSession;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;

class PatientSimulationTest {
    private final ScenarioLibrary library = new ScenarioLibrary();

    private PatientSimulation.Result run(Scenario s, String patient) {
        return PatientSimulation.run(s, s.arms().get(0), PatientModels.create(s.model(), patient));
    }

    @Test
    void referenceDayOnThePumpConservesCarbsAndInsulin() {
        Scenario s = library.load("reference-day");
        PatientSimulation.Result r = run(s, "adult#001");
        assertEquals(288, r.rows().size());
        assertEquals(200.0, r.carbsEatenGrams(), 1e-9, "50 + 70 + 80 g eaten");
        double carbsInRows = r.rows().stream().mapToDouble(TimeseriesRow::carbsGrams).sum();
        assertEquals(200.0, carbsInRows, 1e-9);
        // Pump accounting: what left the reservoir is in the patient, lost, in the line or priming.
        assertEquals(0.0, r.ledger().conservationResidualUnits(), 1e-9);
        // What the pump says reached the site is what entered the patient's depot.
        assertEquals(r.ledger().deliveredToPatientUnits(), r.insulinIntoPatientUnits(), 1e-9);
        double insulinInRows = r.rows().stream().mapToDouble(TimeseriesRow::insulinDeliveredUnits).sum();
        assertEquals(r.ledger().deliveredToPatientUnits(), insulinInRows, 1e-9);
        // Meal boluses carbs/CR (adult#001: CR 10 g/U) = 5 + 7 + 8 U; basal ~ 1.27 U/h.
        double bolus = r.rows().stream().mapToDouble(TimeseriesRow::bolusUnits).sum();
        assertEquals(20.0, bolus, 20.0 * 0.05, "bolus within stroke-volume error");
        double basalRate = r.rows().get(0).basalUnitsPerHour();
        assertEquals(PatientModels.create(s.model(), "adult#001").therapy().basalInsulinUnitsPerHour(), basalRate, 0.0125 + 1e-9);
    }

    @Test
    void summaryKnowsTheClockOfEveryReadingForNocturnalMetricsAndEvents() {
        PatientSimulation.Result r = run(library.load("default-study").withDurationDays(2), "child#001");
        // 2 days of 5-min rows: 144 of 576 fall in 00:00-06:00.
        long night = r.rows().stream().filter(row -> (row.timeMillis() / 60_000) % 1440 < 360).count();
        long nightLow = r.rows().stream().filter(row -> (row.timeMillis() / 60_000) % 1440 < 360
                && row.glucoseMgDl() < 70).count();
        assertEquals(144, night);
        assertEquals(100.0 * nightLow / night, r.summary().plasma().nocturnalTbrBelow70Pct(), 1e-9);
        assertNotNull(r.summary().plasma().hypoEventsBelow54());
        assertNotNull(r.summary().cgm().nocturnalTbrBelow70Pct());
    }

    @Test
    void summaryCountsThePersonsRescueCarbsAsTheEventsLogThem() {
        Scenario s = library.load("default-study").withDurationDays(3);
        PatientSimulation.Result r = run(s, "child#001");
        double logged = r.events().stream().filter(e -> e.type().equals("RESCUE_CARBS"))
                .mapToDouble(e -> e.carbsGrams()).sum();
        assertTrue(logged > 0, "this child treats lows in three days");
        assertEquals(logged, r.summary().rescueCarbsGrams(), 1e-9);
        assertNull(run(s.withoutRealism(), "child#001").summary().rescueCarbsGrams(), "no person, no rescue record");
    }

    @Test
    void exerciseOnTheBergmanModelLowersGlucoseDuringTheSessionAndLeavesEverythingBeforeItUnchanged() {
        // Same scenario, seed and patient with and without a 16:00-17:00 session at 60 % VO2max on day 1: common
        // random numbers, so the rows agree exactly until 16:00 and differ only through the model's exercise terms.
        Scenario base = library.load("default-study").withDurationDays(1)
                .withModel("bergman-minimal", new org.vpsim.scenario.model.Cohort(List.of("nominal"), null));
        Scenario exercising = base.withExercise(List.of(new ExerciseSession("16:00", 60, 60, List.of(1))));
        PatientSimulation.Result rest = run(base, "nominal");
        PatientSimulation.Result ex = run(exercising, "nominal");
        int sessionStart = 16 * 12;
        int sessionEnd = 17 * 12;
        for (int i = 0; i <= sessionStart; i++) {
            assertEquals(rest.rows().get(i).glucoseMgDl(), ex.rows().get(i).glucoseMgDl(), 0.0, "row " + i);
        }
        double drop = rest.rows().get(sessionEnd).glucoseMgDl() - ex.rows().get(sessionEnd).glucoseMgDl();
        assertTrue(drop > 3 && drop < 40, "glucose lower at the end of the session by " + drop);
        assertEquals(List.of("EXERCISE_START", "EXERCISE_END"), ex.events().stream().map(e -> e.type())
                .filter(t -> t.startsWith("EXERCISE")).toList());
        assertTrue(rest.events().stream().noneMatch(e -> e.type().startsWith("EXERCISE")));
    }

    @Test
    void noiseFreeCgmOnTheReferenceDayHasAReadingEveryRow() {
        PatientSimulation.Result r = run(library.load("reference-day"), "child#001");
        for (TimeseriesRow row : r.rows()) {
            assertNotNull(row.cgmMgDl());
        }
        double maxGlucose = r.rows().stream().mapToDouble(TimeseriesRow::glucoseMgDl).max().orElseThrow();
        assertTrue(maxGlucose > 150, "meals raise glucose: max " + maxGlucose);
    }

    @Test
    void sameScenarioAndSeedGiveIdenticalRows() {
        Scenario s = library.load("default-study").withDurationDays(2);
        assertEquals(run(s, "adolescent#003").rows(), run(s, "adolescent#003").rows());
    }

    @Test
    void anotherSeedChangesMealsAndNoise() {
        Scenario s = library.load("default-study").withDurationDays(2);
        List<TimeseriesRow> a = run(s, "adult#002").rows();
        List<TimeseriesRow> b = run(s.withSeed(s.seed() + 1), "adult#002").rows();
        assertNotEquals(a.stream().map(TimeseriesRow::carbsGrams).toList(), b.stream().map(TimeseriesRow::carbsGrams).toList());
        assertNotEquals(a.get(0).cgmMgDl(), b.get(0).cgmMgDl());
    }

    @Test
    void sensorDropoutFaultBlanksCgm() {
        Scenario base = library.load("reference-day");
        Scenario s = new org.vpsim.scenario.model.ScenarioReader().parse(
                new org.vpsim.scenario.model.ScenarioReader().toJson(base)
                        .replace("\"faults\" : [ ]", "\"faults\" : [ {\"type\": \"sensor-dropout\", \"atHours\": 2, \"durationHours\": 1} ]"));
        PatientSimulation.Result r = run(s, "adult#001");
        for (TimeseriesRow row : r.rows()) {
            long minute = (row.timeMillis() - s.startEpochMillis()) / 60_000;
            if (minute >= 120 && minute < 180) {
                assertNull(row.cgmMgDl(), "minute " + minute);
            } else {
                assertNotNull(row.cgmMgDl(), "minute " + minute);
            }
        }
    }
}
