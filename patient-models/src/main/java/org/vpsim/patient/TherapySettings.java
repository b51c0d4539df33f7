package org.vpsim.patient;

/**
 * A patient's therapy facts, as a clinician would write them down.
 *
 * @param bodyWeightKg                  body weight (kg), &gt; 0
 * @param basalInsulinUnitsPerHour      the insulin rate that holds the model at its initial steady state (U/h)
 * @param carbRatioGramsPerUnit         carbohydrate covered by 1 U (g/U), &gt; 0
 * @param correctionFactorMgDlPerUnit   glucose drop per 1 U (mg/dL/U), &gt; 0
 * @param totalDailyInsulinUnits        total daily insulin (U/day), &gt; 0
 * @param ageYears                      age (years), &gt;= 0, or NaN where the model's population gives no ages
 */
public record TherapySettings(double bodyWeightKg, double basalInsulinUnitsPerHour, double carbRatioGramsPerUnit,
                              double correctionFactorMgDlPerUnit, double totalDailyInsulinUnits, double ageYears) {
    public TherapySettings {
        requirePositive("bodyWeightKg", bodyWeightKg);
        ModelInputs.requireNonNegative("basalInsulinUnitsPerHour", basalInsulinUnitsPerHour);
        requirePositive("carbRatioGramsPerUnit", carbRatioGramsPerUnit);
        requirePositive("correctionFactorMgDlPerUnit", correctionFactorMgDlPerUnit);
        requirePositive("totalDailyInsulinUnits", totalDailyInsulinUnits);
        if (!Double.isNaN(ageYears)) {
            ModelInputs.requireNonNegative("ageYears", ageYears);
        }
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }
}
