package org.vpsim.results;

import org.vpsim.results.metrics.GlucoseOutcomeAccumulator;

/**
 * Accumulates one patient × arm into a {@link SummaryRow} while its rows stream past, holding no
 * series in memory. Outcome metrics come from plasma glucose (the truth the trial is about) and,
 * separately, from the CGM readings with the same accumulator, so the two can be compared. Readings
 * given with their time also yield hypoglycaemic events and nocturnal time below range; without a
 * time those are null. Insulin and carbohydrate totals are the caller's to add, because only the
 * caller knows how delivered insulin splits into basal and bolus.
 */
public final class SummaryBuilder {

    private final String arm;
    private final String patient;
    private final int replicate;
    private final GlucoseOutcomeAccumulator plasma = new GlucoseOutcomeAccumulator();
    private final GlucoseOutcomeAccumulator cgm = new GlucoseOutcomeAccumulator();
    private double insulinUnits;
    private double basalUnits;
    private double bolusUnits;
    private double carbsGrams;
    private Double rescueCarbsGrams;
    private Long severeHypoEvents;

    public SummaryBuilder(String arm, String patient) {
        this(arm, patient, 0);
    }

    /** The summary of one Monte Carlo replicate of a patient × arm. */
    public SummaryBuilder(String arm, String patient, int replicate) {
        this.arm = Checks.arm(arm);
        this.patient = Checks.nonBlank("patient", patient);
        this.replicate = Checks.replicate(replicate);
    }

    /** Adds a plasma glucose reading (mg/dL) without its time. */
    public SummaryBuilder addPlasmaGlucose(double glucoseMgDl) {
        plasma.add(glucoseMgDl);
        return this;
    }

    /** Adds a plasma glucose reading (mg/dL) taken at {@code timeMillis}; times must increase. */
    public SummaryBuilder addPlasmaGlucose(long timeMillis, double glucoseMgDl) {
        plasma.add(timeMillis, glucoseMgDl);
        return this;
    }

    /** Adds a CGM reading (mg/dL) without its time. */
    public SummaryBuilder addCgmGlucose(double cgmMgDl) {
        cgm.add(cgmMgDl);
        return this;
    }

    /** Adds a CGM reading (mg/dL) taken at {@code timeMillis}; times must increase. */
    public SummaryBuilder addCgmGlucose(long timeMillis, double cgmMgDl) {
        cgm.add(timeMillis, cgmMgDl);
        return this;
    }

    /** Adds the row's plasma glucose and, when present, its CGM reading, with the row's time. Totals are not touched. */
    public SummaryBuilder addGlucose(TimeseriesRow row) {
        plasma.add(row.timeMillis(), row.glucoseMgDl());
        if (row.cgmMgDl() != null) {
            cgm.add(row.timeMillis(), row.cgmMgDl());
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
     * Records that the run treats lows with rescue carbohydrate and adds {@code carbsGrams} of it
     * (0 is allowed: treatment recorded, none needed). Without a call the rescue column is null.
     */
    public SummaryBuilder addRescueCarbs(double carbsGrams) {
        Checks.nonNegative("rescueCarbsGrams", carbsGrams);
        this.rescueCarbsGrams = (rescueCarbsGrams == null ? 0.0 : rescueCarbsGrams) + carbsGrams;
        return this;
    }

    /**
     * Records that the run simulates severe hypoglycaemia and its treatment by another person, and adds {@code count}
     * such events (0 allowed). Without a call the column is null.
     */
    public SummaryBuilder addSevereHypoEvents(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("severeHypoEvents: " + count + " is negative");
        }
        this.severeHypoEvents = (severeHypoEvents == null ? 0L : severeHypoEvents) + count;
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
        if (plasma.count() == 0) {
            throw new IllegalStateException("no glucose readings: metrics are undefined");
        }
        return new SummaryRow(arm, patient, replicate, days, plasma.resultOrNull(), cgm.resultOrNull(),
                insulinUnits, basalUnits, bolusUnits, carbsGrams, rescueCarbsGrams, severeHypoEvents);
    }
}
