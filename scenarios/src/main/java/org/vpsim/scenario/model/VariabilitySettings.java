package org.vpsim.scenario.model;

import org.vpsim.patient.variability.VariabilityParameters;

/**
 * Intra-patient physiological variability of a study (issue 16), each part switchable; a missing field takes the
 * default of {@link VariabilityParameters#forAgeYears} for the patient's age group, where each figure's source is
 * given (Visentin et al. 2018 and Hinshaw et al. 2013 for the insulin-sensitivity walk, Porcellati et al. 2013 and
 * Bachran et al. 2012 for the dawn rise by age, the UVA/Padova S2017 simulator for meal-to-meal absorption). The
 * documented defaults are checked against {@code forAgeYears} by the tests.
 */
public record VariabilitySettings(
        @Field(doc = "false: nothing varies (the published model; the behaviour before issue 16).", dflt = "true",
                example = "false")
        Boolean enabled,
        @Field(doc = "Circadian pattern of insulin sensitivity on or off.", dflt = "true", example = "true")
        Boolean circadianInsulinSensitivity,
        @Field(doc = "Scales that circadian pattern's deviation from 1 (1 = as published, 0 = flat; above 1.9 the"
                + " sensitivity would turn negative).", dflt = "1", min = 0, max = 1.9, example = "1")
        Double circadianAmplitude,
        @Field(doc = "Stationary SD of the slow random walk (Ornstein-Uhlenbeck) of log insulin sensitivity; 0 = off."
                + " Absent: by age group (children and adolescents 0.15, adults 0.25: the S2017 simulator's SI"
                + " variability was measured on adults, Visentin et al. 2018, Hinshaw et al. 2013; sizes assumptions).",
                min = 0, max = 1, example = "0.15")
        Double insulinSensitivityWalkSd,
        @Field(doc = "Correlation time of that walk. Absent: by age group (children and adolescents 12 h, adults"
                + " 48 h: adults' insulin needs also swing over days; assumptions).", unit = "h", min = 0.25, max = 720,
                example = "12")
        Double insulinSensitivityWalkHours,
        @Field(doc = "Dawn rise of endogenous glucose production (peaking at 06:00) on or off.", dflt = "true",
                example = "false")
        Boolean dawnPhenomenon,
        @Field(doc = "Peak relative rise of endogenous glucose production at dawn (0.15 = +15 %; Porcellati et al."
                + " 2013 report 10-30 %). Absent: by age group (children 0.05, adolescents and adults 0.25: prepubertal"
                + " children show little or no dawn rise, adolescents and young adults a marked one, Bachran et al."
                + " 2012, Holterhus et al. 2007; sizes assumptions).", min = 0, max = 1, example = "0.15")
        Double dawnEgpIncrease,
        @Field(doc = "SD of the log of each meal's carbohydrate-absorption-rate multiplier; 0 = off.", dflt = "0.2",
                min = 0, max = 1, example = "0.2")
        Double mealAbsorptionSd) {
    public VariabilitySettings {
        VariabilityParameters d = VariabilityParameters.standard();
        enabled = enabled == null ? Boolean.TRUE : enabled;
        circadianInsulinSensitivity = circadianInsulinSensitivity == null ? d.circadianInsulinSensitivity()
                : circadianInsulinSensitivity;
        circadianAmplitude = circadianAmplitude == null ? d.circadianAmplitude() : circadianAmplitude;
        dawnPhenomenon = dawnPhenomenon == null ? d.dawnPhenomenon() : dawnPhenomenon;
        mealAbsorptionSd = mealAbsorptionSd == null ? d.mealAbsorptionSd() : mealAbsorptionSd;
        Problems p = new Problems();
        FieldRules.checkRecord(VariabilitySettings.class, p, enabled, circadianInsulinSensitivity, circadianAmplitude,
                insulinSensitivityWalkSd, insulinSensitivityWalkHours, dawnPhenomenon, dawnEgpIncrease, mealAbsorptionSd);
        p.throwIfAny();
    }

    public static VariabilitySettings defaults() {
        return new VariabilitySettings(null, null, null, null, null, null, null, null);
    }

    public static VariabilitySettings off() {
        return new VariabilitySettings(false, null, null, null, null, null, null, null);
    }

    /**
     * The model-level parameters these settings stand for in a patient of {@code ageYears}: a field set in the
     * scenario applies to every patient, an absent one takes its age group's default
     * ({@link VariabilityParameters#forAgeYears}); {@link VariabilityParameters#none()} when disabled.
     */
    public VariabilityParameters parametersFor(double ageYears) {
        if (!enabled) {
            return VariabilityParameters.none();
        }
        VariabilityParameters age = VariabilityParameters.forAgeYears(ageYears);
        return new VariabilityParameters(circadianInsulinSensitivity, circadianAmplitude,
                insulinSensitivityWalkSd == null ? age.insulinSensitivityWalkSd() : insulinSensitivityWalkSd,
                insulinSensitivityWalkHours == null ? age.insulinSensitivityWalkHours() : insulinSensitivityWalkHours,
                dawnPhenomenon, dawnEgpIncrease == null ? age.dawnEgpIncrease() : dawnEgpIncrease, mealAbsorptionSd,
                age.updateMinutes());
    }
}
