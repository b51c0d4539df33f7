package org.vpsim.patient;

/**
 * Inputs held constant over one minute [t, t+1) of a {@link Replay}.
 *
 * @param carbIntakeGramsPerMinute      carbohydrate intake (g/min), &gt;= 0
 * @param insulinInfusionUnitsPerMinute insulin infusion rate (U/min), &gt;= 0 (a rate, not an impulse)
 */
public record MinuteInput(double carbIntakeGramsPerMinute, double insulinInfusionUnitsPerMinute) {
    public MinuteInput {
        ModelInputs.requireNonNegative("carbIntakeGramsPerMinute", carbIntakeGramsPerMinute);
        ModelInputs.requireNonNegative("insulinInfusionUnitsPerMinute", insulinInfusionUnitsPerMinute);
    }
}
