package org.vpsim.patient.population;

import org.vpsim.patient.TherapySettings;

/**
 * Interim therapy settings for patients whose model publishes none (Hovorka 2004, the Bergman minimal model,
 * sampled populations): the clinical rules of thumb a diabetologist starts a pump with (Walsh J, Roberts R,
 * "Pumping Insulin", 5th ed. 2012; Davidson PC et al., Endocr Pract 2008;14(9):1095–1101):
 * <ul>
 *   <li>basal is half of the total daily insulin: TDI = 24 h × basal / 0.5;</li>
 *   <li>carb ratio by the "500 rule": CR = 500 / TDI (g/U);</li>
 *   <li>correction factor by the "1800 rule": CF = 1800 / TDI (mg/dL per U).</li>
 * </ul>
 * The basal is the model's own steady-state basal, so the three settings follow the patient's insulin
 * requirement. This is a stop-gap until a titration protocol replaces it; it lives here, in one place, so
 * that replacing it is one change.
 */
public final class InterimTherapyRule {
    /** Share of the total daily insulin given as basal. */
    public static final double BASAL_SHARE = 0.5;
    /** The "500 rule" numerator (g). */
    public static final double CARB_RULE_GRAMS = 500.0;
    /** The "1800 rule" numerator (mg/dL). */
    public static final double CORRECTION_RULE_MG_DL = 1800.0;

    private InterimTherapyRule() {
    }

    /** Settings for a patient of {@code bodyWeightKg} whose steady state needs {@code basalUnitsPerHour}. */
    public static TherapySettings settings(double bodyWeightKg, double basalUnitsPerHour, double ageYears) {
        if (!(basalUnitsPerHour > 0) || Double.isInfinite(basalUnitsPerHour)) {
            throw new IllegalArgumentException("basal: " + basalUnitsPerHour + " U/h is not a positive finite rate");
        }
        double tdi = 24.0 * basalUnitsPerHour / BASAL_SHARE;
        return new TherapySettings(bodyWeightKg, basalUnitsPerHour, CARB_RULE_GRAMS / tdi,
                CORRECTION_RULE_MG_DL / tdi, tdi, ageYears);
    }
}
