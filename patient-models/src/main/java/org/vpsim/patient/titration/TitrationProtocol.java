package org.vpsim.patient.titration;

/**
 * The rules by which a virtual patient's pump settings are titrated on its own model, the way a diabetes
 * team titrates them in clinic (fasting basal test, correction test, meal test; e.g. Walsh &amp; Roberts,
 * "Pumping Insulin", 6th ed., ch. 11–13; the UVA/Padova S2013 simulator derives each virtual patient's
 * therapy by such rules, Dalla Man et al. 2014, J Diabetes Sci Technol 8(1):26–34).
 *
 * @param basalCheckHours          length of the fasting basal test (h): the basal must hold plasma glucose
 *                                 over it, &gt; 0
 * @param basalDriftToleranceMgDl  largest accepted fasting drift over the basal test (mg/dL); a model whose own
 *                                 steady basal drifts more has its basal found by bisection, &gt; 0
 * @param correctionDoseUnits      the correction test's bolus (U) given at fasting steady state, &gt; 0
 * @param correctionHorizonHours   the correction factor is the drop from fasting to the nadir within this
 *                                 horizon (h): the duration of rapid-acting insulin action clinicians use
 *                                 (4–5 h), &gt; 0
 * @param mealCarbsGrams           the meal test's carbohydrate (g), &gt; 0
 * @param eatingRateGramsPerMinute how fast the test meal is eaten (g/min), &gt; 0
 * @param mealObservationHours     how long after the meal the nadir is watched (h), &gt; 0
 * @param mealNadirToleranceMgDl   the largest meal bolus is the one whose nadir stays within this of fasting
 *                                 (mg/dL), &gt; 0
 * @param bolusResolutionUnits     resolution of the meal-bolus search (U), &gt; 0
 * @param minCarbRatioGramsPerUnit the smallest carb ratio the search considers (g/U): the search's upper
 *                                 bolus bound is mealCarbs / this, &gt; 0
 */
public record TitrationProtocol(double basalCheckHours, double basalDriftToleranceMgDl,
                                double correctionDoseUnits, double correctionHorizonHours,
                                double mealCarbsGrams, double eatingRateGramsPerMinute,
                                double mealObservationHours, double mealNadirToleranceMgDl,
                                double bolusResolutionUnits, double minCarbRatioGramsPerUnit) {

    public TitrationProtocol {
        positive("basalCheckHours", basalCheckHours);
        positive("basalDriftToleranceMgDl", basalDriftToleranceMgDl);
        positive("correctionDoseUnits", correctionDoseUnits);
        positive("correctionHorizonHours", correctionHorizonHours);
        positive("mealCarbsGrams", mealCarbsGrams);
        positive("eatingRateGramsPerMinute", eatingRateGramsPerMinute);
        positive("mealObservationHours", mealObservationHours);
        positive("mealNadirToleranceMgDl", mealNadirToleranceMgDl);
        positive("bolusResolutionUnits", bolusResolutionUnits);
        positive("minCarbRatioGramsPerUnit", minCarbRatioGramsPerUnit);
    }

    /**
     * The protocol of issue 16: a 24-h fasting basal test (drift under 1 mg/dL), 1 U correction with the nadir
     * within 5 h, and the largest bolus for a 50 g meal (eaten at 5 g/min, as the studies eat) whose 10-h nadir
     * stays within 20 mg/dL of fasting, to 0.01 U; carb ratios below 2 g/U are not considered.
     */
    public static TitrationProtocol standard() {
        return new TitrationProtocol(24, 1.0, 1.0, 5.0, 50, 5, 10, 20, 0.01, 2.0);
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }
}
