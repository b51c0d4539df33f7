package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModels;
import org.vpsim.results.EventRow;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioReader;

/** The sleeping person in a run: no self-treatment at night, by day as before; an alert wakes them. */
class SleepInTheLoopTest {
    private static final long HOUR = 3_600_000L;
    private final ScenarioReader reader = new ScenarioReader();

    /** One adult, twice the basal (lows day and night), noise-free CGM, no variability, three fixed meals. */
    private Scenario scenario(String person, String alerts) {
        return reader.parse("{\"name\": \"t\", \"durationDays\": 2, \"seed\": 7,"
                + " \"cohort\": {\"patients\": [\"adult#001\"]}, \"therapySettings\": \"published\","
                + " \"variability\": {\"enabled\": false}, \"person\": " + person + ","
                + " \"meals\": {\"fixed\": [{\"time\": \"07:00\", \"carbsGrams\": 50}, {\"time\": \"12:00\","
                + " \"carbsGrams\": 70}, {\"time\": \"18:30\", \"carbsGrams\": 80}]},"
                + " \"arms\": [{\"name\": \"a\", \"pump\": {\"basalProfile\": [{\"start\": \"00:00\", \"scale\": 2.0}]}"
                + alerts + "}]}");
    }

    private static List<EventRow> run(Scenario s, String type) {
        return PatientSimulation.run(s, s.arms().get(0), PatientModels.create(s.model(), "adult#001")).events()
                .stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The clock hour of an event (the studies start at midnight). */
    private static boolean atNight(EventRow e, Scenario s) {
        double hour = ((e.timeMillis() - s.startEpochMillis()) / (double) HOUR) % 24;
        return hour >= 23 || hour < 7;
    }

    @Test
    void asleepThePersonDoesNotTreatLowsAtNightButDoesByDay() {
        Scenario awake = scenario("{}", "");
        List<EventRow> awakeRescues = run(awake, "RESCUE_CARBS");
        assertTrue(awakeRescues.stream().anyMatch(e -> atNight(e, awake)), "awake all night: lows treated at night");
        Scenario asleep = scenario("{\"sleep\": {\"bedtime\": \"23:00\", \"symptomWakeProbability\": 0}}", "");
        List<EventRow> rescues = run(asleep, "RESCUE_CARBS");
        assertTrue(rescues.stream().noneMatch(e -> atNight(e, asleep)), "asleep: no rescue at night");
        assertTrue(rescues.stream().anyMatch(e -> !atNight(e, asleep)), "by day as before");
    }

    @Test
    void aLowAlertWakesThePersonWhoThenTreats() {
        String alerts = ", \"alerts\": {\"lowMgDl\": 70}";
        Scenario woken = scenario("{\"sleep\": {\"bedtime\": \"23:00\", \"alertWakeProbability\": 1,"
                + " \"symptomWakeProbability\": 0}}", alerts);
        List<EventRow> woke = run(woken, PersonDriver.PERSON_WOKE);
        assertFalse(woke.isEmpty());
        assertTrue(woke.stream().allMatch(e -> atNight(e, woken) && e.detail().contains("ALERT_LOW")));
        assertTrue(run(woken, "RESCUE_CARBS").stream().anyMatch(e -> atNight(e, woken)
                && e.detail().startsWith("alert")), "woken by the alert, the person treats at night");
        Scenario sleepsOn = scenario("{\"sleep\": {\"bedtime\": \"23:00\", \"alertWakeProbability\": 0,"
                + " \"symptomWakeProbability\": 0}}", alerts);
        assertFalse(run(sleepsOn, "ALERT_SLEPT_THROUGH").isEmpty());
        assertTrue(run(sleepsOn, "RESCUE_CARBS").stream().noneMatch(e -> atNight(e, sleepsOn)));
    }
}
