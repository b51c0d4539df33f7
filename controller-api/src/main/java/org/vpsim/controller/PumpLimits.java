package org.vpsim.controller;

/**
 * What the pump accepts. Doses are rounded down to the increments; anything beyond a limit is refused.
 *
 * @param maxBasalUnitsPerHour       highest basal or temp basal rate, U/h
 * @param maxBolusUnits              largest single bolus, U
 * @param bolusIncrementUnits        bolus step, U
 * @param basalIncrementUnitsPerHour basal rate step, U/h
 * @param maxTempBasalMinutes        longest temp basal, minutes
 */
public record PumpLimits(double maxBasalUnitsPerHour, double maxBolusUnits, double bolusIncrementUnits,
                         double basalIncrementUnitsPerHour, double maxTempBasalMinutes) {
    public PumpLimits {
        Therapy.positive("maxBasalUnitsPerHour", maxBasalUnitsPerHour);
        Therapy.positive("maxBolusUnits", maxBolusUnits);
        Therapy.positive("bolusIncrementUnits", bolusIncrementUnits);
        Therapy.positive("basalIncrementUnitsPerHour", basalIncrementUnitsPerHour);
        Therapy.positive("maxTempBasalMinutes", maxTempBasalMinutes);
    }
}
