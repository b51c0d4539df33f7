package org.vpsim.pump.control;

import java.util.Objects;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsReader;

/**
 * Settings of {@code hybrid-closed-loop} (see {@link HybridClosedLoopController}).
 *
 * @param targetMgDl               auto-basal target and meal-bolus correction target: 100, 110 or 120
 *                                 mg/dL (the MiniMed 780G's choices); 120 by default, the 670G's fixed
 *                                 Auto Mode target (Bergenstal RM et al., JAMA 2016;316:1407)
 * @param totalDailyDoseUnits      TDD the gains are scaled from; null: twice the therapy's daily basal
 *                                 (basal is about half of the total daily dose on a pump; Walsh &amp;
 *                                 Roberts, Pumping Insulin)
 * @param integralTimeMinutes      T_I; 450 min (Steil 2006's night value; 150-450 min in the ePID studies)
 * @param derivativeTimeMinutes    T_D; 90 min (within the 60-90 min of the ePID studies)
 * @param insulinFeedbackGamma     gamma of the insulin feedback; 0.5 (Steil 2011)
 * @param smoothingWindowMinutes   the PID acts on the least-squares line through the readings of this
 *                                 window (level at now and slope); 15 min
 * @param maxCgmGapMinutes         with no reading for longer than this the loop delivers safe basal; 15
 * @param safeBasalMaxMinutes      after this long on safe basal the loop returns the pump to its
 *                                 scheduled basal (the 670G/770G leave Auto Mode after 90 min of safe basal)
 * @param iobConstraint            insulin above the loop's basal estimate only while the net insulin on board
 *                                 is below what the glucose needs (see the controller); true
 * @param integralMealPauseMinutes the integral does not learn for this long after an announced meal
 *                                 (see the controller); 240 min
 * @param bolus                    the meal-bolus wizard's settings (target = targetMgDl)
 */
public record HybridClosedLoopSettings(double targetMgDl, Double totalDailyDoseUnits, double integralTimeMinutes,
                                       double derivativeTimeMinutes, double insulinFeedbackGamma,
                                       double smoothingWindowMinutes, double maxCgmGapMinutes,
                                       double safeBasalMaxMinutes, boolean iobConstraint,
                                       double integralMealPauseMinutes,
                                       BolusCalculatorSettings bolus) {

    public HybridClosedLoopSettings {
        LowGlucoseSuspendSettings.positive("targetMgDl", targetMgDl);
        if (totalDailyDoseUnits != null) {
            LowGlucoseSuspendSettings.positive("totalDailyDoseUnits", totalDailyDoseUnits);
        }
        LowGlucoseSuspendSettings.positive("integralTimeMinutes", integralTimeMinutes);
        LowGlucoseSuspendSettings.nonNegative("derivativeTimeMinutes", derivativeTimeMinutes);
        LowGlucoseSuspendSettings.nonNegative("insulinFeedbackGamma", insulinFeedbackGamma);
        LowGlucoseSuspendSettings.positive("smoothingWindowMinutes", smoothingWindowMinutes);
        LowGlucoseSuspendSettings.positive("maxCgmGapMinutes", maxCgmGapMinutes);
        LowGlucoseSuspendSettings.nonNegative("safeBasalMaxMinutes", safeBasalMaxMinutes);
        LowGlucoseSuspendSettings.nonNegative("integralMealPauseMinutes", integralMealPauseMinutes);
        Objects.requireNonNull(bolus, "bolus");
    }

    static HybridClosedLoopSettings read(SettingsReader r) {
        double target = r.number("targetMgDl", 120, 100, 120, "mg/dL");
        boolean allowed = target == 100 || target == 110 || target == 120;
        r.require(allowed, "targetMgDl", "one of 100, 110, 120 (mg/dL)");
        target = allowed ? target : 120;
        double tdd = r.number("totalDailyDoseUnits", Double.NaN, 1, 300, "U/day");
        double ti = r.number("integralTimeMinutes", 450, 30, 2880, "minutes");
        double td = r.number("derivativeTimeMinutes", 90, 0, 240, "minutes");
        double gamma = r.number("insulinFeedbackGamma", 0.5, 0, 2, "");
        double smoothing = r.number("smoothingWindowMinutes", 15, 10, 60, "minutes");
        double gap = r.number("maxCgmGapMinutes", 15, 5, 60, "minutes");
        double safeMax = r.number("safeBasalMaxMinutes", 90, 0, 720, "minutes");
        boolean iobConstraint = r.bool("iobConstraint", true);
        double pause = r.number("integralMealPauseMinutes", 240, 0, 720, "minutes");
        return new HybridClosedLoopSettings(target, Double.isNaN(tdd) ? null : tdd, ti, td, gamma, smoothing, gap, safeMax, iobConstraint, pause,
                BolusCalculatorSettings.readMealKeys(r, target));
    }

    public static HybridClosedLoopSettings parse(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        HybridClosedLoopSettings s = read(r);
        r.finishOrThrow();
        return s;
    }
}
