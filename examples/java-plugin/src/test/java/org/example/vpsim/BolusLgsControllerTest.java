package org.example.vpsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.Therapy;

/** The example's rules on scripted CGM traces: carb ratio 10 g/U, ISF 50 mg/dL/U, target 100 mg/dL. */
class BolusLgsControllerTest {

    private static Controller started(Settings settings) {
        Controller c = new BolusLgsProvider().create(settings);
        c.start(new ControllerStart("adult#001", "plugin", "2026-01-01T00:00:00Z", "UTC", 0, 5, settings,
                new Therapy(List.of(new BasalRate(0, 1.0)), 10, 50, 100, new InsulinCurve("exponential", 75, 360), 70),
                new PumpLimits(35, 25, 0.025, 0.025, 1440)));
        return c;
    }

    private static Observation at(double minute, Double cgm, double carbs, double iob, String status) {
        return new Observation(minute, minute % 1440, cgm, List.of(), carbs, iob,
                new PumpState(status, 0, 200, 1.0, null), List.of(), List.of());
    }

    @Test
    void mealBolusIsCarbsOverRatioPlusCorrectionMinusIob() {
        Controller c = started(Settings.empty());
        assertEquals(6 + 80.0 / 50 - 0.5, c.decide(at(60, 180.0, 60, 0.5, "running")).bolusUnits(), 1e-12);
        // Below target the correction is negative: 6 − 0.4 − 0.5 = 5.1 U.
        assertEquals(5.1, c.decide(at(65, 80.0, 60, 0.5, "running")).bolusUnits(), 1e-12);
        // Without a reading, no correction.
        assertEquals(5.5, c.decide(at(70, null, 60, 0.5, "running")).bolusUnits(), 1e-12);
        // A small snack low with insulin on board: never a negative bolus.
        assertEquals(0.0, c.decide(at(75, 60.0, 5, 1.0, "running")).bolusUnits());
        assertTrue(c.decide(at(80, 120.0, 0, 1.0, "running")).isEmpty(), "no carbs, no low: nothing to do");
    }

    @Test
    void suspendsAtTheThresholdAndResumesWhenGlucoseRecoversAfterTheMinimum() {
        Controller c = started(Settings.empty());
        assertTrue(c.decide(at(100, 71.0, 0, 0, "running")).isEmpty());
        Command s = c.decide(at(105, 70.0, 0, 0, "running"));
        assertTrue(s.suspend());
        assertEquals("suspend: CGM at or below the low threshold", s.reason());
        assertTrue(c.decide(at(110, 95.0, 0, 0, "suspended")).isEmpty(), "recovered, but before the 30-min minimum");
        Command r = c.decide(at(135, 95.0, 0, 0, "suspended"));
        assertTrue(r.resume());
        assertEquals("resume: glucose recovered", r.reason());
    }

    @Test
    void resumesAfterTwoHoursThenDoesNotSuspendAgainForFourHours() {
        Controller c = started(Settings.empty());
        assertTrue(c.decide(at(0, 60.0, 0, 0, "running")).suspend());
        for (double m = 5; m < 120; m += 5) {
            assertTrue(c.decide(at(m, 60.0, 0, 0, "suspended")).isEmpty(), "still low at minute " + m);
        }
        assertTrue(c.decide(at(120, 60.0, 0, 0, "suspended")).resume());
        assertFalse(c.decide(at(125, 60.0, 0, 0, "running")).suspend(), "locked out");
        assertFalse(c.decide(at(355, 60.0, 0, 0, "running")).suspend(), "locked out");
        assertTrue(c.decide(at(360, 60.0, 0, 0, "running")).suspend(), "4 h after the time-out resume");
    }

    @Test
    void announcedMealWhileSuspendedResumesAndBoluses() {
        Controller c = started(Settings.empty());
        assertTrue(c.decide(at(0, 65.0, 0, 0, "running")).suspend());
        Command meal = c.decide(at(10, 68.0, 50, 0, "suspended"));
        assertTrue(meal.resume());
        assertEquals(5 + (68.0 - 100) / 50, meal.bolusUnits(), 1e-12);
        assertEquals("resume: the user responds (meal announced); meal bolus", meal.reason());
    }

    @Test
    void settingsAreCheckedByTheProvider() {
        assertEquals(List.of(), new BolusLgsProvider().validate(new Settings(Map.of("lowSuspendMgDl", 80, "maxSuspendMinutes", 60))));
        List<SettingsProblem> problems = new BolusLgsProvider().validate(
                new Settings(Map.of("lowSuspendMgDl", 300, "lowSupsendMgDl", 80)));
        assertEquals(List.of("lowSuspendMgDl", "lowSupsendMgDl"), problems.stream().map(SettingsProblem::path).toList());
        Controller c = started(new Settings(Map.of("lowSuspendMgDl", 80)));
        assertTrue(c.decide(at(0, 80.0, 0, 0, "running")).suspend());
    }

    @Test
    void serviceLoaderFindsTheProviderByItsServicesFile() {
        assertTrue(ServiceLoader.load(ControllerProvider.class).stream()
                .anyMatch(p -> p.get().id().equals(BolusLgsProvider.ID)));
    }
}
