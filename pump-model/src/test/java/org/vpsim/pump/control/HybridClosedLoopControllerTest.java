package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.controller.Command;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.TempBasalChange;

class HybridClosedLoopControllerTest {
    // Trace.THERAPY: basal 1.0 U/h -> TDD 48 U -> K_P = 48 / (135 x 24) = 0.0148148 U/h per mg/dL; target 120.
    private static final HybridClosedLoopProvider PROVIDER = new HybridClosedLoopProvider();
    private static final double KP = 48.0 / (135.0 * 24.0);

    private static Trace trace(Object... settings) {
        Settings s = Trace.settings(settings);
        return new Trace(PROVIDER.create(s), Trace.THERAPY, s);
    }

    private static double rate(Command c) {
        return ((TempBasalChange.Start) c.tempBasal()).unitsPerHour();
    }

    /** The temp-basal rates commanded while feeding {@code mgDl} every 5 min from {@code from}. */
    private static List<Double> rates(Trace t, double from, double... mgDl) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < mgDl.length; i++) {
            Command c = t.step(from + 5.0 * i, mgDl[i]);
            if (c.tempBasal() instanceof TempBasalChange.Start) {
                out.add(rate(c));
            }
        }
        return out;
    }

    private static double[] flat(double mgDl, int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, mgDl);
        return v;
    }

    @Test
    void gainIsScaledFromTheTotalDailyDose() {
        HybridClosedLoopController c = (HybridClosedLoopController) PROVIDER.create(Settings.empty());
        c.start(Trace.start());
        assertEquals(KP, c.proportionalGain(), 1e-15);
        HybridClosedLoopController set = (HybridClosedLoopController) PROVIDER.create(Trace.settings("totalDailyDoseUnits", 81));
        set.start(Trace.start());
        assertEquals(81.0 / 3240.0, set.proportionalGain(), 1e-15);
    }

    @Test
    void atTargetInSteadyStateTheLoopDeliversTheScheduledBasal() {
        Trace t = trace();
        assertEquals(1.0, rate(t.step(0, 120.0)), 1e-12);   // 1.5 x PID 1.0 - 0.5 x Ip 1.0
        for (double r : rates(t, 5, flat(120, 36))) {
            assertEquals(1.0, r, 0.05);
        }
    }

    @Test
    void firstStepAboveTargetIsTheClosedFormProportionalResponse() {
        // PID = I 1.0 + P K_P x 60 = 1.888889; rate = 1.5 x 1.888889 - 0.5 x 1.0 = 2.3333 -> 2.325 (0.025 steps)
        Command c = trace().step(0, 180.0);
        assertEquals(2.325, rate(c), 1e-12);
        assertEquals(30.0, ((TempBasalChange.Start) c.tempBasal()).durationMinutes(), 0.0);
        assertEquals(1.0 + KP * 60, (Double) c.info().get("pidUnitsPerHour"), 1e-12);
        assertTrue(c.reason().startsWith("auto-basal 2.325 U/h: CGM 180 (smoothed 180.0), target 120"), c.reason());
        assertEquals(2.5, (Double) c.info().get("capUnitsPerHour"), 1e-12);   // I 1.0 + (180 - 120)/40 - 0
    }

    @Test
    void raisesBasalAboveTargetAndLowersItBelow() {
        List<Double> high = rates(trace(), 0, flat(200, 36));
        assertTrue(high.stream().allMatch(r -> r > 1.0), high.toString());
        List<Double> low = rates(trace(), 0, flat(80, 36));
        assertTrue(low.stream().allMatch(r -> r < 1.0), low.toString());
        // A fast fall toward a low stops delivery: P and D both negative.
        List<Double> falling = rates(trace(), 0, 140, 130, 120, 110, 100, 90, 80, 70);
        assertEquals(0.0, falling.get(falling.size() - 1), 0.0);
    }

    @Test
    void derivativeTermAnswersARiseBeforeTheLevel() {
        Trace rising = trace("iobConstraint", false);
        rates(rising, 0, 120, 130, 140, 150);
        Trace steady = trace("iobConstraint", false);
        rates(steady, 0, 150, 150, 150, 150);
        // At 150 mg/dL either way; the slope 2 mg/dL/min adds (1 + gamma) K_P T_D x 2 = 1.5 x 0.0148 x 90 x 2
        // = 4 U/h, less the smaller P and I of the rising trace's history.
        double r = rising.tempBasal().unitsPerHour();
        double s = steady.tempBasal().unitsPerHour();
        assertTrue(r > s + 3.0, r + " vs " + s);
    }

    @Test
    void insulinFeedbackLowersTheAutoBasalAfterABolus() {
        Trace noBolus = trace("iobConstraint", false);
        Trace bolus = trace("iobConstraint", false);
        noBolus.step(0, 140.0);
        Command meal = bolus.step(0, 140.0, 60);
        assertEquals(6.0, meal.bolusUnits(), 1e-9);   // 60/10, 140 is below the 150 threshold
        double[] later = flat(140, 12);
        List<Double> a = rates(noBolus, 5, later);
        List<Double> b = rates(bolus, 5, later);
        assertTrue(b.get(b.size() - 1) < a.get(a.size() - 1) - 0.5, a + " vs " + b);
        // Without feedback (gamma 0) the bolus changes nothing.
        Trace plain = trace("insulinFeedbackGamma", 0, "iobConstraint", false, "integralMealPauseMinutes", 0);
        Trace plainBolus = trace("insulinFeedbackGamma", 0, "iobConstraint", false, "integralMealPauseMinutes", 0);
        plain.step(0, 140.0);
        plainBolus.step(0, 140.0, 60);
        assertEquals(rates(plain, 5, later), rates(plainBolus, 5, later));
    }

    @Test
    void noInsulinAboveTheLoopsBasalWhileTheMealBolusCoversTheGlucose() {
        // A 6 U meal bolus at 140 mg/dL: net IOB ~6 U against a need of (140 - 120)/40 = 0.5 U, so the
        // cap is the integral term (~1 U/h) while without the constraint the PID asks for more.
        Trace capped = trace();
        Trace free = trace("iobConstraint", false);
        capped.step(0, 140.0, 60);
        free.step(0, 140.0, 60);
        double[] rise = {150, 165, 180, 195, 210, 220};
        rates(capped, 5, rise);
        rates(free, 5, rise);
        assertTrue(capped.tempBasal().unitsPerHour() <= 1.05, "capped " + capped.tempBasal());
        assertTrue(free.tempBasal().unitsPerHour() > 2.0, "free " + free.tempBasal());
    }

    @Test
    void theIntegralDoesNotLearnForFourHoursAfterAMeal() {
        Trace meal = trace();
        Trace fasting = trace();
        meal.step(0, 200.0, 50);
        fasting.step(0, 200.0);
        Command m = null;
        Command f = null;
        for (int minute = 5; minute <= 245; minute += 5) {
            Command mc = meal.step(minute, 200.0);
            Command fc = fasting.step(minute, 200.0);
            m = mc.isEmpty() ? m : mc;
            f = fc.isEmpty() ? f : fc;
            if (minute == 235) {
                assertTrue(m.reason().contains(" + I 1.000 + "), m.reason());
            }
        }
        // From 240 min after the meal the integral learns again: two 5-min steps (240, 245) of K_P/T_I x 80 x 5.
        assertTrue(m.reason().contains(String.format(java.util.Locale.ROOT, " + I %.3f + ", 1.0 + KP / 450 * 80 * 10)),
                m.reason());
        // Without the meal it has learned for 4 h: 1 + K_P/T_I x 80 x 245 (clamped nowhere).
        assertTrue(f.reason().contains(String.format(java.util.Locale.ROOT, " + I %.3f + ", 1.0 + KP / 450 * 80 * 245)),
                f.reason());
    }

    @Test
    void mealBolusUsesTheWizardWithTheLoopTarget() {
        // 60/10 + (200 - 120)/40 = 8 U; the auto-basal change goes in the same command.
        Command c = trace().step(0, 200.0, 60);
        assertEquals(8.0, c.bolusUnits(), 1e-9);
        assertInstanceOf(TempBasalChange.Start.class, c.tempBasal());
        assertTrue(c.reason().startsWith("meal bolus 8.000 U"), c.reason());
        assertEquals(8.5, trace("targetMgDl", 100).step(0, 200.0, 60).bolusUnits(), 1e-9);
    }

    @Test
    void fallsBackToSafeBasalWithoutCgmThenToTheSchedule() {
        Trace t = trace();
        List<Double> auto = rates(t, 0, flat(200, 24));          // minutes 0..115, all above 1 U/h
        double lo = auto.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = auto.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        // Readings stop after minute 115: the running auto-basal stands for 15 min.
        for (int m = 120; m <= 130; m += 5) {
            assertTrue(t.step(m, null).isEmpty(), "minute " + m);
        }
        Command safe = t.step(135, null);                         // 20 min without a reading
        assertTrue(safe.reason().startsWith("safe basal"), safe.reason());
        assertTrue(rate(safe) >= lo - 0.025 && rate(safe) <= hi && rate(safe) > 1.0, rate(safe) + " in " + auto);
        Command cancel = null;
        for (int m = 140; m <= 240 && cancel == null; m += 5) {
            Command c = t.step(m, null);
            if (c.tempBasal() instanceof TempBasalChange.Cancel) {
                cancel = c;
                assertEquals(225, m);                             // 110 min > 15 + 90 without a reading
            } else if (c.tempBasal() != null) {
                assertEquals(rate(safe), rate(c), 0.0);          // the safe basal is renewed, unchanged
            }
        }
        assertTrue(cancel != null && cancel.reason().contains("leaving the loop"));
        assertNull(t.tempBasal());
        assertTrue(t.step(245, null).isEmpty());
    }

    @Test
    void safeBasalIsTheScheduledBasalBeforeAnyAutoBasal() {
        Trace t = trace();
        assertTrue(t.step(0, null).isEmpty());
        t.step(5, null);
        t.step(10, null);
        t.step(15, null);
        Command c = t.step(20, null);
        assertEquals(1.0, rate(c), 0.0);
    }

    @Test
    void rateIsLimitedToThePumpMaximumBasal() {
        PumpLimits small = new PumpLimits(1.5, 25, 0.025, 0.025, 1440);
        HybridClosedLoopController c = (HybridClosedLoopController) PROVIDER.create(Settings.empty());
        c.start(new ControllerStart("adult#001", "arm", "2026-01-01T00:00:00Z", "UTC", 0, 5, Settings.empty(),
                Trace.THERAPY, small));
        Command first = c.decide(Trace.observation(0, 0, 0, 0, 350.0));
        assertEquals(1.5, rate(first), 0.0);
    }

    @Test
    void validationReportsEveryProblemWithItsKey() {
        List<SettingsProblem> problems = PROVIDER.validate(Trace.settings("targetMgDl", 115, "totalDailyDoseUnits", 0,
                "insulinFeedbackGamma", -1, "maxCgmGapMinutes", "15", "correctionIntervalMinutes", 60));
        assertEquals(List.of("targetMgDl", "totalDailyDoseUnits", "insulinFeedbackGamma", "maxCgmGapMinutes",
                "correctionIntervalMinutes"), problems.stream().map(SettingsProblem::path).toList());
        assertEquals("one of 100, 110, 120 (mg/dL)", problems.get(0).allowed());
        assertEquals(List.of(), PROVIDER.validate(Trace.settings("targetMgDl", 110, "totalDailyDoseUnits", 40,
                "integralTimeMinutes", 150, "derivativeTimeMinutes", 60, "insulinFeedbackGamma", 0.5,
                "maxCgmGapMinutes", 20, "safeBasalMaxMinutes", 90, "smoothingWindowMinutes", 20, "iobConstraint", false,
                "integralMealPauseMinutes", 180,
                "correctionThresholdMgDl", 160,
                "iobSubtraction", "total", "negativeCorrection", false, "maxCgmAgeMinutes", 10)));
    }
}
