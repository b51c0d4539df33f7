package org.vpsim.scenario.model;

import org.vpsim.patient.variability.VariabilityParameters;

/**
 * Intra-patient physiological variability of a study (issue 16), each part switchable; a missing field takes the
 * default of {@link VariabilityParameters#standard()}, where each figure's source is given (Visentin et al. 2018 for
 * the day-to-day insulin-sensitivity walk, Porcellati et al. 2013 for the dawn rise, the UVA/Padova S2017 simulator
 * for meal-to-meal absorption). The documented defaults are checked against {@code standard()} by the tests.
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
        @Field(doc = "Stationary SD of the slow random walk (Ornstein-Uhlenbeck) of log insulin sensitivity; 0 = off"
                + " (0.15: day-to-day variability of about 15-25 % in type 1 diabetes, Visentin et al. 2018).",
                dflt = "0.15", min = 0, max = 1, example = "0.15")
        Double insulinSensitivityWalkSd,
        @Field(doc = "Correlation time of that walk (an assumption).", unit = "h", dflt = "12", min = 0.25, max = 720,
                example = "12")
        Double insulinSensitivityWalkHours,
        @Field(doc = "Dawn rise of endogenous glucose production (peaking at 06:00) on or off.", dflt = "true",
                example = "false")
        Boolean dawnPhenomenon,
        @Field(doc = "Peak relative rise of endogenous glucose production at dawn (0.15 = +15 %; Porcellati et al."
                + " 2013 report 10-30 %).", dflt = "0.15", min = 0, max = 1, example = "0.15")
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
        insulinSensitivityWalkSd = insulinSensitivityWalkSd == null ? d.insulinSensitivityWalkSd() : insulinSensitivityWalkSd;
        insulinSensitivityWalkHours = insulinSensitivityWalkHours == null ? d.insulinSensitivityWalkHours()
                : insulinSensitivityWalkHours;
        dawnPhenomenon = dawnPhenomenon == null ? d.dawnPhenomenon() : dawnPhenomenon;
        dawnEgpIncrease = dawnEgpIncrease == null ? d.dawnEgpIncrease() : dawnEgpIncrease;
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

    /** The model-level parameters these settings stand for ({@link VariabilityParameters#none()} when disabled). */
    public VariabilityParameters parameters() {
        if (!enabled) {
            return VariabilityParameters.none();
        }
        return new VariabilityParameters(circadianInsulinSensitivity, circadianAmplitude, insulinSensitivityWalkSd,
                insulinSensitivityWalkHours, dawnPhenomenon, dawnEgpIncrease, mealAbsorptionSd,
                VariabilityParameters.standard().updateMinutes());
    }
}
