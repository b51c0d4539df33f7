package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.Therapy;

class BolusCalculatorControllerTest {
    // Trace.THERAPY: CR 10 g/U, ISF 40 mg/dL/U, target 110; threshold 150 by default.
    private static final BolusCalculatorProvider PROVIDER = new BolusCalculatorProvider();

    private static Therapy therapy(double carbRatio, double targetMgDl) {
        return new Therapy(List.of(new BasalRate(0, 1.0)), carbRatio, 40.0, targetMgDl,
                new InsulinCurve("exponential", 75, 360), 70.0);
    }

    /** A meal announced at minute 2 with a reading taken at minute 0 (null: no reading). */
    private static Observation meal(double carbs, Double cgm, double iob) {
        return cgm == null ? Trace.observation(2, carbs, iob) : Trace.observation(2, carbs, iob, 0, cgm);
    }

    private static Controller started(Settings settings, Therapy therapy, PumpLimits pump) {
        Controller c = PROVIDER.create(settings);
        c.start(new org.vpsim.controller.ControllerStart("adult#001", "arm", "2026-01-01T00:00:00Z", "UTC", 0, 5,
                settings, therapy, pump));
        return c;
    }

    private static double bolus(Settings settings, Observation obs) {
        return started(settings, Trace.THERAPY, Trace.PUMP).decide(obs).bolusUnits();
    }

    private static double bolus(Observation obs) {
        return bolus(Settings.empty(), obs);
    }

    @Test
    void mealAboveThresholdGetsCarbsOverCrPlusCorrectionMinusIob() {
        // 60/10 + ((190 - 110)/40 - 0.5) = 6 + 1.5 = 7.5 U
        assertEquals(7.5, bolus(meal(60, 190.0, 0.5)), 1e-9);
    }

    @Test
    void noCorrectionAndNoIobBetweenTargetAndThreshold() {
        assertEquals(6.0, bolus(meal(60, 150.0, 3.0)), 1e-9);
        assertEquals(6.0, bolus(meal(60, 110.0, 0.0)), 1e-9);
    }

    @Test
    void belowTargetTheCorrectionIsNegativeAndIobIsNotSubtracted() {
        // 60/10 + (80 - 110)/40 = 6 - 0.75 = 5.25 U, whatever the IOB and the IOB form.
        assertEquals(5.25, bolus(meal(60, 80.0, 0.0)), 1e-9);
        assertEquals(5.25, bolus(meal(60, 80.0, 3.0)), 1e-9);
        assertEquals(5.25, bolus(Trace.settings("iobSubtraction", "total"), meal(60, 80.0, 3.0)), 1e-9);
    }

    @Test
    void negativeCorrectionLargerThanTheFoodBolusGivesNoBolus() {
        // 5/10 + (60 - 110)/40 = 0.5 - 1.25 < 0 -> 0
        assertEquals(0.0, bolus(meal(5, 60.0, 0.0)), 0.0);
    }

    @Test
    void negativeCorrectionCanBeTurnedOff() {
        assertEquals(6.0, bolus(Trace.settings("negativeCorrection", false), meal(60, 80.0, 0.0)), 1e-9);
    }

    @Test
    void iobLargerThanTheCorrectionFloorsTheCorrectionAtZeroByDefault() {
        // (190-110)/40 - 5 = -3 -> 0: the food bolus is not reduced.
        assertEquals(6.0, bolus(meal(60, 190.0, 5.0)), 1e-9);
    }

    @Test
    void totalFormLetsIobReduceTheFoodBolusButNotBelowZero() {
        Settings total = Trace.settings("iobSubtraction", "total");
        assertEquals(3.0, bolus(total, meal(60, 190.0, 5.0)), 1e-9);   // 6 + 2 - 5
        assertEquals(0.0, bolus(total, meal(60, 190.0, 10.0)), 0.0);   // max(0, 6 + 2 - 10)
        assertEquals(7.5, bolus(total, meal(60, 190.0, 0.5)), 1e-9);   // same as default when IOB small
    }

    @Test
    void missingOrStaleCgmGivesACarbsOnlyBolus() {
        assertEquals(6.0, bolus(meal(60, null, 2.0)), 1e-9);
        assertEquals(6.0, bolus(Trace.observation(20, 60, 0.0, 0, 300.0)), 1e-9);                 // 20 min old
        assertEquals(6.0 + 190.0 / 40.0, bolus(Trace.observation(15, 60, 0.0, 0, 300.0)), 1e-9);  // 15 min old
        assertEquals(6.0, bolus(Trace.settings("maxCgmAgeMinutes", 10), Trace.observation(15, 60, 0.0, 0, 300.0)), 1e-9);
        // The newest reading of the history counts, not an older one.
        assertEquals(6.0 + 90.0 / 40.0, bolus(Trace.observation(10, 60, 0.0, 0, 300.0, 10, 200.0)), 1e-9);
    }

    @Test
    void roundsDownToThePumpIncrementAndCapsAtItsMaximumBolus() {
        Settings none = Settings.empty();
        assertEquals(4.15, started(none, therapy(12, 110), Trace.PUMP).decide(meal(50, null, 0)).bolusUnits(), 1e-9);
        PumpLimits coarse = new PumpLimits(35, 10, 0.5, 0.025, 1440);
        assertEquals(4.0, started(none, therapy(12, 110), coarse).decide(meal(50, null, 0)).bolusUnits(), 1e-9);
        assertEquals(10.0, started(none, therapy(12, 110), coarse).decide(meal(400, null, 0)).bolusUnits(), 0.0);
        assertEquals(25.0, bolus(meal(400, null, 0.0)), 0.0);  // 40 U capped at 25
    }

    @Test
    void targetComesFromTheTherapyUnlessSet() {
        // therapy target 120: 6 + (190 - 120)/40 = 7.75; setting 100: 6 + 90/40 = 8.25
        assertEquals(7.75, started(Settings.empty(), therapy(10, 120), Trace.PUMP).decide(meal(60, 190.0, 0)).bolusUnits(), 1e-9);
        Settings target100 = Trace.settings("targetMgDl", 100);
        assertEquals(8.25, started(target100, therapy(10, 120), Trace.PUMP).decide(meal(60, 190.0, 0)).bolusUnits(), 1e-9);
    }

    @Test
    void noMealAndNoAutomaticCorrectionsMeansNoCommand() {
        Command c = started(Settings.empty(), Trace.THERAPY, Trace.PUMP).decide(Trace.observation(0, 0, 0, 0, 300.0));
        assertTrue(c.isEmpty());
    }

    @Test
    void automaticCorrectionsWaitForTheIntervalSinceTheLastBolus() {
        Controller c = started(Trace.settings("correctionIntervalMinutes", 180), Trace.THERAPY, Trace.PUMP);
        // (250 - 110)/40 = 3.5 U
        assertEquals(3.5, c.decide(Trace.observation(0, 0, 0.0, 0, 250.0)).bolusUnits(), 1e-9);
        assertEquals(0.0, c.decide(Trace.observation(60, 0, 2.0, 60, 250.0)).bolusUnits(), 0.0);
        assertEquals(2.5, c.decide(Trace.observation(180, 0, 1.0, 180, 250.0)).bolusUnits(), 1e-9);
        // A meal bolus also restarts the interval.
        c.decide(Trace.observation(200, 30, 0.0, 200, 250.0));
        assertEquals(0.0, c.decide(Trace.observation(300, 0, 0.0, 300, 250.0)).bolusUnits(), 0.0);
        // Below the threshold: nothing.
        assertEquals(0.0, c.decide(Trace.observation(600, 0, 0.0, 600, 140.0)).bolusUnits(), 0.0);
    }

    @Test
    void mealCommandExplainsItselfInInfoReason() {
        Command c = started(Settings.empty(), Trace.THERAPY, Trace.PUMP).decide(meal(60, 190.0, 0.5));
        assertTrue(c.reason().startsWith("meal bolus 7.500 U: 60.0 g / CR 10.0 = 6.000 U, correction 2.000 U, IOB 0.500 U"),
                c.reason());
        assertEquals(c.reason(), c.info().get("reason"));
    }

    @Test
    void mealReasonIsWordForWordTheFormattersText() {
        // The reason is built without java.util.Formatter (FixedDecimal): the events log must read as before.
        Command c = started(Settings.empty(), Trace.THERAPY, Trace.PUMP).decide(meal(47.3, 187.456, 0.3337));
        double food = 47.3 / 10.0;
        double correction = (187.456 - 110.0) / 40.0;
        double units = Math.floor((food + Math.max(0.0, correction - 0.3337)) / Trace.PUMP.bolusIncrementUnits() + 1e-9)
                * Trace.PUMP.bolusIncrementUnits();
        assertEquals(String.format(java.util.Locale.ROOT,
                "meal bolus %.3f U: %.1f g / CR %.1f = %.3f U, correction %.3f U, IOB %.3f U (CGM %.0f mg/dL)",
                units, 47.3, 10.0, food, correction, 0.3337, 187.456), c.reason());
        Command correctionOnly = started(Trace.settings("correctionIntervalMinutes", 180), Trace.THERAPY, Trace.PUMP)
                .decide(Trace.observation(0, 0, 0.7771, 0, 251.37));
        double needed = (251.37 - 110.0) / 40.0;
        assertEquals(String.format(java.util.Locale.ROOT,
                "correction bolus %.3f U: (CGM %.0f - target %.0f) / CF %.1f = %.3f U, IOB %.3f U",
                correctionOnly.bolusUnits(), 251.37, 110.0, 40.0, needed, 0.7771), correctionOnly.reason());
        Command stale = started(Settings.empty(), Trace.THERAPY, Trace.PUMP).decide(Trace.observation(40, 30, 0, 2.5, 180.4));
        assertEquals(String.format(java.util.Locale.ROOT, "(CGM %.0f mg/dL too old, %.0f min)", 180.4, 37.5),
                stale.reason().substring(stale.reason().indexOf("(CGM")));
        Command noReading = started(Settings.empty(), Trace.THERAPY, Trace.PUMP).decide(meal(20, null, 0));
        assertEquals("meal bolus 2.000 U: 20.0 g / CR 10.0 = 2.000 U, correction 0.000 U, IOB 0.000 U (CGM none)",
                noReading.reason());
    }

    @Test
    void decideBeforeStartIsAnError() {
        Controller c = PROVIDER.create(Settings.empty());
        assertThrows(IllegalStateException.class, () -> c.decide(meal(60, null, 0)));
    }

    @Test
    void validationReportsEveryProblemWithItsKeyAndUnknownKeys() {
        List<SettingsProblem> problems = PROVIDER.validate(Trace.settings(
                "targetMgDl", 300, "iobSubtraction", "all", "negativeCorrection", "yes",
                "correctionIntervalMinutes", -5, "maxCgmAgeMinutes", "15", "targetMgdl", 100));
        assertEquals(List.of("targetMgDl", "iobSubtraction", "negativeCorrection", "maxCgmAgeMinutes",
                "correctionIntervalMinutes", "targetMgdl"), problems.stream().map(SettingsProblem::path).toList());
        assertEquals("a number from 70 to 200 (mg/dL)", problems.get(0).allowed());
        assertEquals("one of correction-only, total", problems.get(1).allowed());
    }

    @Test
    void thresholdBelowAnExplicitTargetIsAProblemOfTheThreshold() {
        List<SettingsProblem> problems = PROVIDER.validate(Trace.settings("targetMgDl", 120, "correctionThresholdMgDl", 100));
        assertEquals(1, problems.size());
        assertEquals("correctionThresholdMgDl", problems.get(0).path());
        assertEquals("a number not below targetMgDl (120 mg/dL)", problems.get(0).allowed());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PROVIDER.create(Trace.settings("targetMgDl", 120, "correctionThresholdMgDl", 100)));
        assertEquals("correctionThresholdMgDl: 100 is not allowed; expected a number not below targetMgDl (120 mg/dL)",
                e.getMessage());
    }

    @Test
    void validSettingsHaveNoProblems() {
        assertEquals(List.of(), PROVIDER.validate(Trace.settings("targetMgDl", 100, "correctionThresholdMgDl", 180,
                "iobSubtraction", "TOTAL", "negativeCorrection", false, "correctionIntervalMinutes", 120,
                "maxCgmAgeMinutes", 10)));
        assertEquals(List.of(), PROVIDER.validate(Settings.empty()));
    }
}
