package org.vpsim.results;

import java.util.Objects;
import org.vpsim.results.metrics.GlucoseMetrics;

/**
 * Outcome of one patient in one arm: plasma-glucose metrics, CGM time in range and therapy totals.
 * Build it with {@link SummaryBuilder}.
 *
 * @param arm                therapy arm
 * @param patient            patient id
 * @param days               simulated duration in days
 * @param glucose            metrics of the plasma glucose series (its {@code readings} is the row count)
 * @param cgmTir70To180Pct   time in 70–180 mg/dL computed from CGM readings, or null when there were none
 * @param totalInsulinUnits  insulin delivered into the patient
 * @param totalBasalUnits    basal part of it
 * @param totalBolusUnits    bolus part of it
 * @param totalCarbsGrams    carbohydrate eaten
 */
public record SummaryRow(
        String arm,
        String patient,
        double days,
        GlucoseMetrics glucose,
        Double cgmTir70To180Pct,
        double totalInsulinUnits,
        double totalBasalUnits,
        double totalBolusUnits,
        double totalCarbsGrams) {

    public SummaryRow {
        Checks.arm(arm);
        Checks.nonBlank("patient", patient);
        if (!Double.isFinite(days) || days <= 0) {
            throw new IllegalArgumentException("days: " + days + " is not a finite positive number");
        }
        Objects.requireNonNull(glucose, "glucose: null");
        if (cgmTir70To180Pct != null && !(cgmTir70To180Pct >= 0 && cgmTir70To180Pct <= 100)) {
            throw new IllegalArgumentException("cgmTir70To180Pct: " + cgmTir70To180Pct + " is outside 0–100");
        }
        Checks.nonNegative("totalInsulinUnits", totalInsulinUnits);
        Checks.nonNegative("totalBasalUnits", totalBasalUnits);
        Checks.nonNegative("totalBolusUnits", totalBolusUnits);
        Checks.nonNegative("totalCarbsGrams", totalCarbsGrams);
    }
}
