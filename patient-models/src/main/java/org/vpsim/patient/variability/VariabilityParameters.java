package org.vpsim.patient.variability;

/**
 * Intra-patient physiological variability, each part switchable. Every default carries its source; where no
 * source gives the figure it says "assumption".
 *
 * @param circadianInsulinSensitivity   true: insulin sensitivity follows {@link CircadianPattern#insulinSensitivity}
 * @param circadianAmplitude            scales that pattern's deviation from 1 (1 = as published, 0 = flat), &gt;= 0
 * @param insulinSensitivityWalkSd      stationary SD of the slow random walk of log insulin sensitivity
 *                                      (Ornstein-Uhlenbeck); 0 = none, &gt;= 0
 * @param insulinSensitivityWalkHours   correlation time of that walk (h), &gt; 0
 * @param dawnPhenomenon                true: endogenous glucose production rises before waking
 * @param dawnEgpIncrease               peak relative rise of endogenous glucose production at dawn (0.15 = +15 %), &gt;= 0
 * @param mealAbsorptionSd              SD of the log of each meal's carbohydrate-absorption multiplier; 0 = none, &gt;= 0
 * @param updateMinutes                 how often the time-varying multipliers are recomputed (min), &gt; 0
 */
public record VariabilityParameters(boolean circadianInsulinSensitivity, double circadianAmplitude,
                                    double insulinSensitivityWalkSd, double insulinSensitivityWalkHours,
                                    boolean dawnPhenomenon, double dawnEgpIncrease, double mealAbsorptionSd,
                                    double updateMinutes) {

    public VariabilityParameters {
        nonNegative("circadianAmplitude", circadianAmplitude);
        nonNegative("insulinSensitivityWalkSd", insulinSensitivityWalkSd);
        positive("insulinSensitivityWalkHours", insulinSensitivityWalkHours);
        nonNegative("dawnEgpIncrease", dawnEgpIncrease);
        nonNegative("mealAbsorptionSd", mealAbsorptionSd);
        positive("updateMinutes", updateMinutes);
        if (circadianAmplitude > 1.9) {
            throw new IllegalArgumentException("circadianAmplitude: " + circadianAmplitude
                    + " would make insulin sensitivity negative (at most 1.9)");
        }
    }

    /**
     * The defaults studies use:
     * <ul>
     *   <li>circadian insulin sensitivity at its published amplitude ({@link CircadianPattern});</li>
     *   <li>a slow random walk of log SI with SD 0.15 and correlation time 12 h: day-to-day variability of
     *       insulin sensitivity in T1D of about 15-25 % (Visentin et al. 2018, J Diabetes Sci Technol 12(2):273,
     *       the UVA/Padova S2017 simulator's SI variability; the time scale is an assumption);</li>
     *   <li>dawn phenomenon with a +15 % rise of endogenous glucose production peaking at 06:00 (Porcellati et
     *       al. 2013, Diabetes Care 36(12):3860: the early-morning rise of EGP in T1D; size an assumption within
     *       the reported 10-30 %);</li>
     *   <li>meal-to-meal absorption: log-normal multiplier of the intestinal absorption rate with SD 0.2 (the
     *       S2017 simulator's intra-patient meal variability; size an assumption);</li>
     *   <li>multipliers recomputed every 15 min (piecewise constant between).</li>
     * </ul>
     */
    public static VariabilityParameters standard() {
        return new VariabilityParameters(true, 1.0, 0.15, 12, true, 0.15, 0.2, 15);
    }

    /** Nothing varies: the published model. */
    public static VariabilityParameters none() {
        return new VariabilityParameters(false, 1.0, 0, 12, false, 0, 0, 15);
    }

    /** True when any part is on. */
    public boolean enabled() {
        return circadianInsulinSensitivity || insulinSensitivityWalkSd > 0 || dawnPhenomenon || mealAbsorptionSd > 0;
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is negative or not finite");
        }
    }
}
