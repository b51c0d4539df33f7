package org.vpsim.results;

import org.vpsim.results.metrics.GlucoseMetricsAccumulator;

/**
 * Accumulates one patient × arm into a {@link SummaryRow} while its rows stream past, holding no
 * series in memory. Outcome metrics come from plasma glucose (the truth the trial is about); CGM time
 * in range is computed from the CGM readings with the same accumulator type, so the two can be
 * compared. Insulin and carbohydrate totals are the caller's to add, because only the caller knows
 * how delivered insulin splits into basal and bolus.
 */
public final class SummaryBuilder {

    private final String arm;
    private final String patient;
    private final GlucoseMetricsAccumulator plasma = new GlucoseMetricsAccumulator();
    private final GlucoseMetricsAccumulator cgm = new GlucoseMetricsAccumulator();
    private double insulinUnits;
    private double basalUnits;
    private double bolusUnits;
    private double carbsGrams;

    public SummaryBuilder(String arm, String patient) {
        this.arm = Checks.arm(arm);
        this.patient = Checks.nonBlank("patient", patient);
    }

    /** Adds a plasma glucose reading (mg/dL). */
    public SummaryBuilder addPlasmaGlucose(double glucoseMgDl) {
        plasma.add(glucoseMgDl);
        return this;
    }

    /** Adds a CGM reading (mg/dL). */
    public SummaryBuilder addCgmGlucose(double cgmMgDl) {
        cgm.add(cgmMgDl);
        return this;
    }

    /** Adds the row's plasma glucose and, when present, its CGM reading. Totals are not touched. */
    public SummaryBuilder addGlucose(TimeseriesRow row) {
        plasma.add(row.glucoseMgDl());
        if (row.cgmMgDl() != null) {
            cgm.add(row.cgmMgDl());
        }
        return this;
    }

    /** Adds insulin delivered into the patient (basal + bolus + anything else, e.g. auto-corrections). */
    public SummaryBuilder addInsulinDelivered(double insulinUnits) {
        Checks.nonNegative("insulinUnits", insulinUnits);
        this.insulinUnits += insulinUnits;
        return this;
    }

    /** Adds basal insulin delivered. */
    public SummaryBuilder addBasal(double basalUnits) {
        Checks.nonNegative("basalUnits", basalUnits);
        this.basalUnits += basalUnits;
        return this;
    }

    /** Adds bolus insulin delivered. */
    public SummaryBuilder addBolus(double bolusUnits) {
        Checks.nonNegative("bolusUnits", bolusUnits);
        this.bolusUnits += bolusUnits;
        return this;
    }

    /** Adds carbohydrate eaten. */
    public SummaryBuilder addCarbs(double carbsGrams) {
        Checks.nonNegative("carbsGrams", carbsGrams);
        this.carbsGrams += carbsGrams;
        return this;
    }

    /**
     * The summary.
     *
     * @param days simulated duration in days (the scenario's, not inferred from the row count, so a
     *             series with a sample at both ends is not miscounted)
     * @throws IllegalStateException when no plasma glucose was added
     */
    public SummaryRow build(double days) {
        Double cgmTir = cgm.count() == 0 ? null : cgm.result().tir70To180Pct();
        return new SummaryRow(arm, patient, days, plasma.result(), cgmTir,
                insulinUnits, basalUnits, bolusUnits, carbsGrams);
    }
}
