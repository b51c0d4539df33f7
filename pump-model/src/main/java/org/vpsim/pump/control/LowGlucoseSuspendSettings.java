package org.vpsim.pump.control;

import java.util.Objects;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsReader;

/**
 * Settings of {@code low-glucose-suspend} (see {@link LowGlucoseSuspendController}).
 *
 * @param thresholdMgDl      suspend when the CGM is at or below this; 70 mg/dL by default (ASPIRE
 *                           In-Home's threshold, Bergenstal 2013); 60-90 mg/dL as the MiniMed 530G
 *                           allows
 * @param maxSuspendMinutes  the suspension ends automatically after this; 120 (the devices' 2 h)
 * @param resumeOnRecovery   model of a person who responds to the alarm: resume early once the CGM is
 *                           above threshold + resumeMarginMgDl. True by default: ASPIRE's participants
 *                           used the device at home and were expected to respond (check, treat, resume).
 *                           False models nobody answering: the 530G then resumes only after 2 h. In the
 *                           14-day 30-patient controller-comparison run, false gave a higher median time
 *                           below 70 mg/dL than open loop (2.1 % vs 1.4 %: the full 2-h suspensions
 *                           rebound into high glucose that the next meal bolus over-corrects), true 1.4 %
 * @param resumeMarginMgDl   how far above the threshold the CGM must be for an early resume; 20 mg/dL
 * @param lockoutMinutes     after an automatic resume at the limit, no new suspension for this long;
 *                           240 min, the 530G's cycle when nobody answers the alarm (2 h off, 4 h on)
 * @param bolus              the meal-bolus wizard's settings (the same keys as {@code bolus-calculator})
 */
public record LowGlucoseSuspendSettings(double thresholdMgDl, double maxSuspendMinutes, boolean resumeOnRecovery,
                                        double resumeMarginMgDl, double lockoutMinutes,
                                        BolusCalculatorSettings bolus) {

    public LowGlucoseSuspendSettings {
        positive("thresholdMgDl", thresholdMgDl);
        positive("maxSuspendMinutes", maxSuspendMinutes);
        nonNegative("resumeMarginMgDl", resumeMarginMgDl);
        nonNegative("lockoutMinutes", lockoutMinutes);
        Objects.requireNonNull(bolus, "bolus");
    }

    static LowGlucoseSuspendSettings read(SettingsReader r) {
        double threshold = r.number("thresholdMgDl", 70, 60, 90, "mg/dL");
        double max = r.number("maxSuspendMinutes", 120, 5, 240, "minutes");
        boolean recovery = r.bool("resumeOnRecovery", true);
        double margin = r.number("resumeMarginMgDl", 20, 0, 100, "mg/dL");
        double lockout = r.number("lockoutMinutes", 240, 0, 720, "minutes");
        return new LowGlucoseSuspendSettings(threshold, max, recovery, margin, lockout, BolusCalculatorSettings.read(r));
    }

    public static LowGlucoseSuspendSettings parse(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        LowGlucoseSuspendSettings s = read(r);
        r.finishOrThrow();
        return s;
    }

    static void positive(String key, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(key + ": " + v + " is not a positive finite number");
        }
    }

    static void nonNegative(String key, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(key + ": " + v + " is not a non-negative finite number");
        }
    }
}
