package org.vpsim.patient.insulin;

import org.vpsim.patient.TherapySettings;

/**
 * The once-daily long-acting dose of a patient moved from pump to injections: the pump's 24-hour basal
 * total, times an adjustment factor. Default factor 1.0: the Endocrine Society guideline (Korytkowski et
 * al., J Clin Endocrinol Metab 107(8):2101-2128, 2022, Table 3, "converting CSII to scheduled basal
 * bolus insulin") gives the 24-h basal dose of the pump's active profile as glargine U100 once daily,
 * unchanged. Some clinic protocols add 10-20 % (the pump's more efficient basal); such a factor can be
 * set, but none is applied by default. The same rule serves degludec (its label converts unit to unit
 * from a once-daily basal insulin).
 *
 * <p>For a virtual patient the basal rate is the one that holds the model at its fasting steady state,
 * and at the regimen's steady state the long-acting depot releases on average exactly dose / 24 h
 * (see {@link LongActingInsulinDepot#steadyStateBeforeDose}), so factor 1 keeps the mean insulin
 * appearance equal to the pump basal; what differs is the within-day profile (swing).
 *
 * @param adjustmentFactor multiplies the 24-h basal total, in (0, 3]
 */
public record LongActingDoseRule(double adjustmentFactor) {

    /** 24 h x basal rate, unchanged (Korytkowski et al. 2022, Table 3). */
    public static final LongActingDoseRule ENDOCRINE_SOCIETY_2022 = new LongActingDoseRule(1.0);

    public LongActingDoseRule {
        if (!(adjustmentFactor > 0) || adjustmentFactor > 3 || Double.isNaN(adjustmentFactor)) {
            throw new IllegalArgumentException(
                    "adjustmentFactor: " + adjustmentFactor + " is not in (0, 3]");
        }
    }

    /** Daily long-acting dose (U), not yet rounded to a pen step. */
    public double dailyDoseUnits(double basalInsulinUnitsPerHour) {
        if (!(basalInsulinUnitsPerHour >= 0) || Double.isInfinite(basalInsulinUnitsPerHour)) {
            throw new IllegalArgumentException("basalInsulinUnitsPerHour: " + basalInsulinUnitsPerHour
                    + " is negative or not finite");
        }
        return 24.0 * basalInsulinUnitsPerHour * adjustmentFactor;
    }

    /** Daily long-acting dose (U) of a patient, from its steady basal rate. */
    public double dailyDoseUnits(TherapySettings therapy) {
        return dailyDoseUnits(therapy.basalInsulinUnitsPerHour());
    }

    /**
     * The dose rounded to the nearest multiple of a pen's dial step (ties down, the safer side), at least
     * one step when the unrounded dose is positive: a patient on insulin never gets 0 U basal.
     */
    public double dailyDoseUnits(TherapySettings therapy, double penStepUnits) {
        if (!(penStepUnits > 0) || Double.isInfinite(penStepUnits)) {
            throw new IllegalArgumentException("penStepUnits: " + penStepUnits + " is not a positive finite number");
        }
        double dose = dailyDoseUnits(therapy);
        if (dose == 0) {
            return 0;
        }
        double steps = Math.floor(dose / penStepUnits + 0.5 - 1e-9);
        return Math.max(1, steps) * penStepUnits;
    }
}
