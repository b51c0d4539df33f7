package org.vpsim.pump.control;

import java.util.Objects;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsReader;

/**
 * Settings of {@code predictive-low-glucose-suspend} (see {@link PredictiveLowGlucoseSuspendController}).
 *
 * @param lowLimitMgDl            SmartGuard's low limit L; 60 mg/dL by default, the MiniMed 640G's
 *                                default (settable 50-90). With L = 60 the suspend level L + 20 is
 *                                80 mg/dL, the predicted level at which Basal-IQ suspends in PROLOG
 * @param suspendOnLow            also suspend when the CGM is at or below L ("Suspend on low"); true
 * @param minSuspendMinutes       no automatic resume before this; 30 (SmartGuard)
 * @param maxSuspendMinutes       automatic resume after this; 120 (SmartGuard's 2 h)
 * @param lockoutMinutes          after any resume, no new suspension for this long; 30 (SmartGuard:
 *                                after a resume the suspend functions are unavailable for 30 min)
 * @param predictionWindowMinutes readings of the last this many minutes make the trend line; 20
 * @param bolus                   the meal-bolus wizard's settings (the same keys as {@code bolus-calculator})
 */
public record PredictiveLowGlucoseSuspendSettings(double lowLimitMgDl, boolean suspendOnLow, double minSuspendMinutes,
                                                  double maxSuspendMinutes, double lockoutMinutes,
                                                  double predictionWindowMinutes, BolusCalculatorSettings bolus) {

    public PredictiveLowGlucoseSuspendSettings {
        LowGlucoseSuspendSettings.positive("lowLimitMgDl", lowLimitMgDl);
        LowGlucoseSuspendSettings.nonNegative("minSuspendMinutes", minSuspendMinutes);
        LowGlucoseSuspendSettings.positive("maxSuspendMinutes", maxSuspendMinutes);
        if (maxSuspendMinutes < minSuspendMinutes) {
            throw new IllegalArgumentException("maxSuspendMinutes: " + maxSuspendMinutes + " is below minSuspendMinutes "
                    + minSuspendMinutes);
        }
        LowGlucoseSuspendSettings.nonNegative("lockoutMinutes", lockoutMinutes);
        LowGlucoseSuspendSettings.positive("predictionWindowMinutes", predictionWindowMinutes);
        Objects.requireNonNull(bolus, "bolus");
    }

    static PredictiveLowGlucoseSuspendSettings read(SettingsReader r) {
        double low = r.number("lowLimitMgDl", 60, 50, 90, "mg/dL");
        boolean onLow = r.bool("suspendOnLow", true);
        double min = r.number("minSuspendMinutes", 30, 0, 120, "minutes");
        double max = r.number("maxSuspendMinutes", 120, 5, 240, "minutes");
        boolean ordered = max >= min;
        r.require(ordered, "maxSuspendMinutes", "a number not below minSuspendMinutes (" + (long) min + " minutes)");
        double lockout = r.number("lockoutMinutes", 30, 0, 720, "minutes");
        double window = r.number("predictionWindowMinutes", 20, 10, 60, "minutes");
        return new PredictiveLowGlucoseSuspendSettings(low, onLow, min, ordered ? max : min, lockout, window,
                BolusCalculatorSettings.read(r));
    }

    public static PredictiveLowGlucoseSuspendSettings parse(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        PredictiveLowGlucoseSuspendSettings s = read(r);
        r.finishOrThrow();
        return s;
    }
}
