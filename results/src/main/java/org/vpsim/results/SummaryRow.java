package org.vpsim.results;

import java.util.Objects;
import org.vpsim.results.metrics.GlucoseMetrics;
import org.vpsim.results.metrics.GlucoseOutcome;

/**
 * Outcome of one patient in one arm: plasma-glucose outcome, CGM outcome and therapy totals.
 * Build it with {@link SummaryBuilder}; its columns in {@code summary.parquet} are listed by
 * {@link SummaryColumns}.
 *
 * @param arm                therapy arm
 * @param patient            patient id
 * @param replicate          Monte Carlo replicate of the study (0 for the first; the only one without replicates)
 * @param days               simulated duration in days
 * @param plasma             outcome of the plasma glucose series (its {@code readings} is the row count)
 * @param cgm                outcome of the CGM readings, or null when there were none
 * @param totalInsulinUnits  insulin delivered into the patient
 * @param totalBasalUnits    basal part of it
 * @param totalBolusUnits    bolus part of it
 * @param totalCarbsGrams    carbohydrate eaten (meals and rescue carbs)
 * @param rescueCarbsGrams   carbohydrate eaten to treat lows, or null when the run does not record
 *                           rescue treatment
 * @param severeHypoEvents   severe (level-3) hypoglycaemic events: episodes treated by another person, or null when the
 *                           run does not simulate the person
 */
public record SummaryRow(
        String arm,
        String patient,
        int replicate,
        double days,
        GlucoseOutcome plasma,
        GlucoseOutcome cgm,
        double totalInsulinUnits,
        double totalBasalUnits,
        double totalBolusUnits,
        double totalCarbsGrams,
        Double rescueCarbsGrams,
        Long severeHypoEvents) {

    public SummaryRow {
        Checks.arm(arm);
        Checks.nonBlank("patient", patient);
        Checks.replicate(replicate);
        if (!Double.isFinite(days) || days <= 0) {
            throw new IllegalArgumentException("days: " + days + " is not a finite positive number");
        }
        Objects.requireNonNull(plasma, "plasma: null");
        Checks.nonNegative("totalInsulinUnits", totalInsulinUnits);
        Checks.nonNegative("totalBasalUnits", totalBasalUnits);
        Checks.nonNegative("totalBolusUnits", totalBolusUnits);
        Checks.nonNegative("totalCarbsGrams", totalCarbsGrams);
        Checks.nonNegativeOrNull("rescueCarbsGrams", rescueCarbsGrams);
        if (severeHypoEvents != null && severeHypoEvents < 0) {
            throw new IllegalArgumentException("severeHypoEvents: " + severeHypoEvents + " is negative");
        }
    }

    /** A row of replicate 0 (a study without replicates) without a severe-event count (no simulated person). */
    public SummaryRow(String arm, String patient, double days, GlucoseOutcome plasma, GlucoseOutcome cgm,
                      double totalInsulinUnits, double totalBasalUnits, double totalBolusUnits, double totalCarbsGrams,
                      Double rescueCarbsGrams) {
        this(arm, patient, 0, days, plasma, cgm, totalInsulinUnits, totalBasalUnits, totalBolusUnits, totalCarbsGrams,
                rescueCarbsGrams, null);
    }

    /** The plasma glucose metrics (the trial's primary glucose). */
    public GlucoseMetrics glucose() {
        return plasma.metrics();
    }

    /** CGM time in 70–180 mg/dL, or null without CGM readings. */
    public Double cgmTir70To180Pct() {
        return cgm == null ? null : cgm.metrics().tir70To180Pct();
    }

    /** Total daily dose: insulin delivered per simulated day. */
    public double totalDailyDoseUnits() {
        return totalInsulinUnits / days;
    }
}
