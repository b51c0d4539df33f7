package org.vpsim.scenario.model;

import org.vpsim.patient.variability.VariabilityParameters;

/**
 * Intra-patient physiological variability of a study (issue 16), each part switchable; a missing field takes the
 * default of {@link VariabilityParameters#standard()}, where each figure's source is given.
 *
 * @param enabled                       false: nothing varies (the published model; the behaviour before issue 16)
 * @param circadianInsulinSensitivity   circadian pattern of insulin sensitivity on/off
 * @param circadianAmplitude            scales that pattern (1 = as documented, 0 = flat)
 * @param insulinSensitivityWalkSd      SD of the slow random walk of log insulin sensitivity (0 = off)
 * @param insulinSensitivityWalkHours   its correlation time (h)
 * @param dawnPhenomenon                dawn rise of endogenous glucose production on/off
 * @param dawnEgpIncrease               its peak (0.15 = +15 %)
 * @param mealAbsorptionSd              SD of the log of each meal's absorption-rate multiplier (0 = off)
 */
public record VariabilitySettings(Boolean enabled, Boolean circadianInsulinSensitivity, Double circadianAmplitude,
                                  Double insulinSensitivityWalkSd, Double insulinSensitivityWalkHours,
                                  Boolean dawnPhenomenon, Double dawnEgpIncrease, Double mealAbsorptionSd) {
    public VariabilitySettings {
        VariabilityParameters d = VariabilityParameters.standard();
        enabled = enabled == null ? Boolean.TRUE : enabled;
        circadianInsulinSensitivity = circadianInsulinSensitivity == null ? d.circadianInsulinSensitivity()
                : circadianInsulinSensitivity;
        circadianAmplitude = Checks.inRange("circadianAmplitude",
                circadianAmplitude == null ? d.circadianAmplitude() : circadianAmplitude, 0, 1.9, "");
        insulinSensitivityWalkSd = Checks.inRange("insulinSensitivityWalkSd",
                insulinSensitivityWalkSd == null ? d.insulinSensitivityWalkSd() : insulinSensitivityWalkSd, 0, 1, "");
        insulinSensitivityWalkHours = Checks.inRange("insulinSensitivityWalkHours",
                insulinSensitivityWalkHours == null ? d.insulinSensitivityWalkHours() : insulinSensitivityWalkHours,
                0.25, 24 * 30, " h");
        dawnPhenomenon = dawnPhenomenon == null ? d.dawnPhenomenon() : dawnPhenomenon;
        dawnEgpIncrease = Checks.inRange("dawnEgpIncrease",
                dawnEgpIncrease == null ? d.dawnEgpIncrease() : dawnEgpIncrease, 0, 1, "");
        mealAbsorptionSd = Checks.inRange("mealAbsorptionSd",
                mealAbsorptionSd == null ? d.mealAbsorptionSd() : mealAbsorptionSd, 0, 1, "");
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
