package org.vpsim.patient.titration;

import org.vpsim.patient.TherapySettings;

/**
 * One patient's titration: the settings it produced beside the published ones, and what each test measured.
 *
 * @param patient                  the patient's name
 * @param published                the cohort's published therapy (UVA/Padova: the Quest table)
 * @param titrated                 the titrated therapy: basal, carb ratio and correction factor from the tests;
 *                                 weight, age and total daily insulin as published
 * @param fastingGlucoseMgDl       plasma glucose at the fasting steady state the tests start from
 * @param basalDriftMgDl           plasma glucose at the end of the basal test minus at its start, at the titrated basal
 * @param basalFromSteadyState     true when the model's own steady basal passed the basal test unchanged
 * @param correctionNadirMgDl      nadir of plasma glucose within the correction horizon after the correction dose
 * @param correctionNadirMinutes   when that nadir occurred (min after the dose)
 * @param mealBolusUnits           the largest meal bolus that kept the meal test's nadir within tolerance
 * @param mealNadirMgDl            the meal test's nadir with that bolus
 * @param mealPeakMgDl             the meal test's peak with that bolus
 * @param simulatedHours           patient-hours simulated by the titration (its cost; a failed meal test counts
 *                                 up to its first reading below the floor, where it stops)
 */
public record TitrationResult(String patient, TherapySettings published, TherapySettings titrated,
                              double fastingGlucoseMgDl, double basalDriftMgDl, boolean basalFromSteadyState,
                              double correctionNadirMgDl, double correctionNadirMinutes,
                              double mealBolusUnits, double mealNadirMgDl, double mealPeakMgDl,
                              double simulatedHours) {
}
