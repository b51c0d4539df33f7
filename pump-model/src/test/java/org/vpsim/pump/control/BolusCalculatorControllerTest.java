package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BolusCalculatorControllerTest {
    private static final long MINUTE = 60_000L;
    // CR 10 g/U, CF 40 mg/dL/U, target 110, threshold 150 (defaults).
    private static final BolusCalculatorSettings SETTINGS = BolusCalculatorSettings.of(10.0, 40.0);

    private static ControllerObservation meal(double carbs, Double cgm, double iob) {
        return observation(0L, carbs, cgm, cgm == null ? null : 2 * MINUTE, iob);
    }

    private static ControllerObservation observation(long t, double carbs, Double cgm, Long age, double iob) {
        return new ControllerObservation(t, (t / (double) MINUTE) % 1440, cgm, age, carbs, iob, 1.0, "NORMAL");
    }

    private static double bolus(BolusCalculatorSettings settings, ControllerObservation obs) {
        return new BolusCalculatorController(settings).decide(obs).bolusUnits();
    }

    @Test
    void mealAboveThresholdGetsCarbsOverCrPlusCorrectionMinusIob() {
        // 60/10 + ((190 - 110)/40 - 0.5) = 6 + 1.5 = 7.5 U
        assertEquals(7.5, bolus(SETTINGS, meal(60, 190.0, 0.5)), 1e-9);
    }

    @Test
    void noCorrectionAndNoIobAtOrBelowTheThreshold() {
        assertEquals(6.0, bolus(SETTINGS, meal(60, 150.0, 3.0)), 1e-9);
        assertEquals(6.0, bolus(SETTINGS, meal(60, 80.0, 0.0)), 1e-9);
    }

    @Test
    void iobLargerThanTheCorrectionFloorsTheCorrectionAtZeroByDefault() {
        // (190-110)/40 - 5 = -3 -> 0: the food bolus is not reduced.
        assertEquals(6.0, bolus(SETTINGS, meal(60, 190.0, 5.0)), 1e-9);
    }

    @Test
    void totalFormLetsIobReduceTheFoodBolusButNotBelowZero() {
        BolusCalculatorSettings total = SETTINGS.withIobSubtraction(IobSubtraction.TOTAL);
        assertEquals(3.0, bolus(total, meal(60, 190.0, 5.0)), 1e-9);   // 6 + 2 - 5
        assertEquals(0.0, bolus(total, meal(60, 190.0, 10.0)), 0.0);   // max(0, 6 + 2 - 10)
        assertEquals(7.5, bolus(total, meal(60, 190.0, 0.5)), 1e-9);   // same as default when IOB small
    }

    @Test
    void missingOrStaleCgmGivesACarbsOnlyBolus() {
        assertEquals(6.0, bolus(SETTINGS, meal(60, null, 2.0)), 1e-9);
        ControllerObservation stale = observation(0L, 60, 300.0, 20 * MINUTE, 0.0);
        assertEquals(6.0, bolus(SETTINGS, stale), 1e-9);
        ControllerObservation fresh = observation(0L, 60, 300.0, 15 * MINUTE, 0.0);
        assertEquals(6.0 + 190.0 / 40.0, bolus(SETTINGS, fresh), 1e-9);
    }

    @Test
    void roundsDownToTheBolusIncrementAndCapsAtTheMaximum() {
        BolusCalculatorSettings cr12 = BolusCalculatorSettings.of(12.0, 40.0);
        assertEquals(4.15, bolus(cr12, meal(50, null, 0.0)), 1e-9);     // 4.1667 -> 4.150
        assertEquals(4.0, bolus(cr12.withBolusIncrementUnits(0.5), meal(50, null, 0.0)), 1e-9);
        assertEquals(25.0, bolus(SETTINGS, meal(400, null, 0.0)), 0.0);  // 40 U capped
    }

    @Test
    void noMealAndNoAutomaticCorrectionsMeansNoBolus() {
        ControllerDecision decision = new BolusCalculatorController(SETTINGS).decide(meal(0, 300.0, 0.0));
        assertEquals(0.0, decision.bolusUnits(), 0.0);
        assertNull(decision.tempBasal());
        assertFalse(decision.suspend());
    }

    @Test
    void automaticCorrectionsWaitForTheIntervalSinceTheLastBolus() {
        BolusCalculatorController controller = new BolusCalculatorController(
                SETTINGS.withCorrectionIntervalMillis(3 * 60 * MINUTE));
        // (250 - 110)/40 = 3.5 U
        assertEquals(3.5, controller.decide(observation(0, 0, 250.0, 0L, 0.0)).bolusUnits(), 1e-9);
        assertEquals(0.0, controller.decide(observation(60 * MINUTE, 0, 250.0, 0L, 2.0)).bolusUnits(), 0.0);
        assertEquals(2.5, controller.decide(observation(180 * MINUTE, 0, 250.0, 0L, 1.0)).bolusUnits(), 1e-9);
        // A meal bolus also restarts the interval.
        controller.decide(observation(200 * MINUTE, 30, 250.0, 0L, 0.0));
        assertEquals(0.0, controller.decide(observation(300 * MINUTE, 0, 250.0, 0L, 0.0)).bolusUnits(), 0.0);
        // Below the threshold: nothing.
        assertEquals(0.0, controller.decide(observation(600 * MINUTE, 0, 140.0, 0L, 0.0)).bolusUnits(), 0.0);
    }

    @Test
    void mealDecisionExplainsItself() {
        ControllerDecision decision = new BolusCalculatorController(SETTINGS).decide(meal(60, 190.0, 0.5));
        assertTrue(decision.reason().startsWith("meal bolus 7.500 U: 60.0 g / CR 10.0"), decision.reason());
    }

    @Test
    void settingsValidationNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BolusCalculatorSettings.of(0.0, 40.0));
        assertEquals("carbRatioGramsPerUnit: 0.0 is not a positive finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SETTINGS.withTarget(120, 100));
        assertEquals("correctionThresholdMgDl: 100.0 is below targetMgDl 120.0", e.getMessage());
    }
}
