package org.vpsim.patient;

/**
 * Inputs held constant while a {@link PatientModel} is integrated over an interval.
 *
 * @param carbIntakeGramsPerMinute      carbohydrate ingestion rate (g/min), &gt;= 0
 * @param insulinInfusionUnitsPerMinute subcutaneous insulin infusion rate (U/min), &gt;= 0
 * @param mealReferenceCarbsMg          the UVA/Padova meal size D̄ (mg) that shapes gastric emptying
 *                                      (Dalla Man 2007); 0 = no meal yet. Models without a meal
 *                                      memory ignore it
 * @param absorptionRateMultiplier      scales the subcutaneous insulin absorption rate constants
 *                                      (e.g. infusion-set wear); 1 = the published model, &gt; 0
 * @param insulinSensitivityMultiplier  scales the model's insulin action on glucose (intra-day variability of
 *                                      insulin sensitivity); 1 = the published model, &gt; 0
 * @param endogenousGlucoseMultiplier   scales endogenous glucose production (e.g. the dawn phenomenon);
 *                                      1 = the published model, &gt; 0
 * @param carbAbsorptionMultiplier      scales the rate of carbohydrate absorption from the gut (meal-to-meal
 *                                      variability); 1 = the published model, &gt; 0
 * @param exerciseIntensityPercent      physical exercise in progress, as % of VO2max above rest (Roy &amp; Parker
 *                                      2007's PVO2max input u3); 0 at rest, 0–100. Only models that
 *                                      {@linkplain PatientModel#representsExercise() represent exercise} read it
 * @param glycogenolysisDeclining       whether the exercise in progress has lasted past the critical time at which
 *                                      hepatic glycogenolysis starts to fall (Roy &amp; Parker 2007 eq. (13));
 *                                      false at rest
 *
 * <p>Models that do not model one of the multipliers ignore it; at 1 every model is its published self
 * (for UVA/Padova bit for bit: the multipliers enter as products with 1.0).
 */
public record ModelInputs(double carbIntakeGramsPerMinute, double insulinInfusionUnitsPerMinute,
                          double mealReferenceCarbsMg, double absorptionRateMultiplier,
                          double insulinSensitivityMultiplier, double endogenousGlucoseMultiplier,
                          double carbAbsorptionMultiplier, double exerciseIntensityPercent,
                          boolean glycogenolysisDeclining) {

    /** No carbohydrate, no insulin, no meal memory, nominal absorption. */
    public static final ModelInputs NONE = new ModelInputs(0, 0, 0, 1);

    /** Inputs with the physiology at its published values (all variability multipliers 1). */
    public ModelInputs(double carbIntakeGramsPerMinute, double insulinInfusionUnitsPerMinute,
                       double mealReferenceCarbsMg, double absorptionRateMultiplier) {
        this(carbIntakeGramsPerMinute, insulinInfusionUnitsPerMinute, mealReferenceCarbsMg, absorptionRateMultiplier,
                1.0, 1.0, 1.0);
    }

    /** Inputs at rest (no exercise). */
    public ModelInputs(double carbIntakeGramsPerMinute, double insulinInfusionUnitsPerMinute,
                       double mealReferenceCarbsMg, double absorptionRateMultiplier,
                       double insulinSensitivityMultiplier, double endogenousGlucoseMultiplier,
                       double carbAbsorptionMultiplier) {
        this(carbIntakeGramsPerMinute, insulinInfusionUnitsPerMinute, mealReferenceCarbsMg, absorptionRateMultiplier,
                insulinSensitivityMultiplier, endogenousGlucoseMultiplier, carbAbsorptionMultiplier, 0.0, false);
    }

    public ModelInputs {
        requirePositiveFinite("insulinSensitivityMultiplier", insulinSensitivityMultiplier);
        requirePositiveFinite("endogenousGlucoseMultiplier", endogenousGlucoseMultiplier);
        requirePositiveFinite("carbAbsorptionMultiplier", carbAbsorptionMultiplier);
        requireNonNegative("exerciseIntensityPercent", exerciseIntensityPercent);
        if (exerciseIntensityPercent > 100) {
            throw new IllegalArgumentException("exerciseIntensityPercent: " + exerciseIntensityPercent
                    + " is above 100 % of VO2max");
        }
        if (glycogenolysisDeclining && exerciseIntensityPercent == 0) {
            throw new IllegalArgumentException("glycogenolysisDeclining: true at rest (no exercise in progress)");
        }
        requireNonNegative("carbIntakeGramsPerMinute", carbIntakeGramsPerMinute);
        requireNonNegative("insulinInfusionUnitsPerMinute", insulinInfusionUnitsPerMinute);
        requireNonNegative("mealReferenceCarbsMg", mealReferenceCarbsMg);
        if (!(absorptionRateMultiplier > 0) || Double.isInfinite(absorptionRateMultiplier)) {
            throw new IllegalArgumentException(
                    "absorptionRateMultiplier: " + absorptionRateMultiplier + " is not a positive finite number");
        }
    }

    static void requirePositiveFinite(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }

    static void requireNonNegative(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not finite");
        }
        if (value < 0) {
            throw new IllegalArgumentException(field + ": " + value + " is negative");
        }
    }
}
