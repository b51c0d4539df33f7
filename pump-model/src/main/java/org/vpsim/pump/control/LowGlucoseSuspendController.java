package org.vpsim.pump.control;

import java.util.Locale;
import java.util.Map;
import org.vpsim.controller.Observation;

/**
 * Threshold low-glucose suspend, as the sensor-augmented pump evaluated in ASPIRE In-Home (Bergenstal
 * RM et al., Threshold-based insulin-pump interruption for reduction of hypoglycemia, N Engl J Med
 * 2013;369:224-232: MiniMed Paradigm Veo / 530G "Threshold Suspend", threshold 70 mg/dL; nocturnal
 * hypoglycaemia area under the curve reduced by 37.5 %):
 * <ul>
 *   <li>suspend all delivery when the CGM reading is at or below {@code thresholdMgDl};</li>
 *   <li>resume automatically {@code maxSuspendMinutes} (2 h) after the suspension began, as the 530G
 *       does when nobody answers its alarm ("suspend all insulin delivery for two hours from the time
 *       that the alarm first occurred", Medtronic, How to use the Threshold Suspend feature, 2014);</li>
 *   <li>after such an automatic resume, no new suspension for {@code lockoutMinutes} (240): the 530G
 *       left unanswered delivers for 4 h before it may suspend again (2 h off, 4 h on);</li>
 *   <li>the person's response, modelled: with {@code resumeOnRecovery} (the default) the suspension
 *       ends early once the CGM is above threshold + {@code resumeMarginMgDl} (the person checks, treats
 *       and resumes);
 *       a meal announced during the suspension also resumes it (see {@link SuspendingController}).
 *       After a response there is no lock-out, but the rule re-arms only once the CGM has been above
 *       the threshold: a person who just resumed at 65 mg/dL with a snack is not suspended again at
 *       the next reading.</li>
 * </ul>
 * Real-world 530G data (Agrawal P et al., Diabetes Technol Ther 2015;17:316-319) put the median sensor
 * glucose at 60 mg/dL when a 2-h suspension started and 87 mg/dL right after it.
 */
public final class LowGlucoseSuspendController extends SuspendingController {
    private final LowGlucoseSuspendSettings settings;
    private double lockedUntilMinute = Double.NEGATIVE_INFINITY;
    private boolean armed = true;

    public LowGlucoseSuspendController(LowGlucoseSuspendSettings settings) {
        super(settings.bolus());
        this.settings = settings;
    }

    @Override
    String suspendReason(Observation obs, double cgmMgDl) {
        if (cgmMgDl > settings.thresholdMgDl()) {
            armed = true;
            return null;
        }
        if (!armed || obs.minute() < lockedUntilMinute) {
            return null;
        }
        return String.format(Locale.ROOT, "threshold suspend: CGM %.0f mg/dL at or below %.0f mg/dL",
                cgmMgDl, settings.thresholdMgDl());
    }

    @Override
    Resume resumeReason(Observation obs, Double cgmMgDl, double minutesSuspended) {
        if (minutesSuspended >= settings.maxSuspendMinutes()) {
            return new Resume(Resumption.LIMIT, String.format(Locale.ROOT,
                    "threshold suspend ends after %.0f min (no new suspension for %.0f min)",
                    minutesSuspended, settings.lockoutMinutes()), Map.of());
        }
        double resumeAbove = settings.thresholdMgDl() + settings.resumeMarginMgDl();
        if (settings.resumeOnRecovery() && cgmMgDl != null && cgmMgDl > resumeAbove) {
            return new Resume(Resumption.PERSON, String.format(Locale.ROOT,
                    "the person resumes after %.0f min: CGM %.0f mg/dL above %.0f mg/dL",
                    minutesSuspended, cgmMgDl, resumeAbove), Map.of());
        }
        return null;
    }

    @Override
    void resumed(double minute, Resumption how) {
        if (how == Resumption.LIMIT) {
            lockedUntilMinute = minute + settings.lockoutMinutes();
        } else {
            armed = false;
        }
    }
}
