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
     * The age-independent defaults (see {@link #forAgeYears} for what studies use):
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

    /**
     * The defaults for a patient of {@code ageYears}: {@link #standard()} with the parts that are known to differ by
     * age group set per group (children below 13 years, adolescents 13 to below 20, adults 20 and over — the age
     * groups of the UVA/Padova cohort):
     * <ul>
     *   <li><b>dawn rise of endogenous glucose production</b> — children 0.05, adolescents and adults 0.25. Pump
     *       users' basal profiles show the dawn phenomenon by age: prepubertal children need <i>more</i> basal insulin
     *       before midnight and little or no early-morning rise ("reverse dawn"), adolescents and young adults a
     *       marked rise between 03:00 and 08:00 (Bachran et al. 2012, Pediatr Diabetes 13(1):1-5, 5941 pump users of
     *       the DPV registry in four age groups; Holterhus et al. 2007, Diabetes Care 30(3):568-573; Edge et al. 1990,
     *       Clin Endocrinol 33:729, linking the adolescents' rise to nocturnal growth hormone). The sizes are assumptions: 0.25 within the 10-30 % rise of hepatic glucose output reported
     *       for type 1 diabetes (Porcellati et al. 2013), 0.05 a residual rise for the children;</li>
     *   <li><b>slow random walk of insulin sensitivity</b> — children and adolescents SD 0.15 with a 12-h correlation
     *       time, adults SD 0.25 with a 48-h correlation time: the intra- and inter-day variability of insulin
     *       sensitivity of the UVA/Padova S2017 simulator (Visentin et al. 2018) was identified on adults (Hinshaw et
     *       al. 2013, Diabetes 62(7):2223, 19 adults aged 18-60, whose diurnal SI pattern was specific to each
     *       individual), and day-to-day insulin needs of adults also swing over several days (e.g. the menstrual
     *       cycle: Brown et al. 2015, J Diabetes Sci Technol 9(6):1192). The adult SD and time scale are
     *       assumptions; there are no paediatric measurements, so children and adolescents keep the smaller, faster
     *       walk of {@link #standard()} (their virtual patients already swing more per unit of insulin).</li>
     * </ul>
     */
    public static VariabilityParameters forAgeYears(double ageYears) {
        VariabilityParameters d = standard();
        if (ageYears < 13) {
            return new VariabilityParameters(d.circadianInsulinSensitivity, d.circadianAmplitude,
                    d.insulinSensitivityWalkSd, d.insulinSensitivityWalkHours, d.dawnPhenomenon, 0.05,
                    d.mealAbsorptionSd, d.updateMinutes);
        }
        if (ageYears < 20) {
            return new VariabilityParameters(d.circadianInsulinSensitivity, d.circadianAmplitude,
                    d.insulinSensitivityWalkSd, d.insulinSensitivityWalkHours, d.dawnPhenomenon, 0.25,
                    d.mealAbsorptionSd, d.updateMinutes);
        }
        return new VariabilityParameters(d.circadianInsulinSensitivity, d.circadianAmplitude, 0.25, 48,
                d.dawnPhenomenon, 0.25, d.mealAbsorptionSd, d.updateMinutes);
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
