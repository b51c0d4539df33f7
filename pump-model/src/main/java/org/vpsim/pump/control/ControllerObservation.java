package org.vpsim.pump.control;

import java.util.Objects;

/**
 * What the device knows when the controller is asked to decide. Plain fields only (numbers, boxed
 * nullables, a string), so that it is one flat JSON object for plug-ins and external processes.
 *
 * @param timeMillis           ms since scenario start
 * @param timeOfDayMinutes     local wall-clock time of day, minutes in [0, 1440) (basal profiles and
 *                             meal habits are by time of day)
 * @param cgmMgDl              the latest CGM reading, mg/dL; null when the sensor has given none
 * @param cgmAgeMillis         how old that reading is (now - reading time), ms; null iff cgmMgDl is
 *                             null
 * @param announcedCarbsGrams  carbs the user announces now, grams; 0 when none
 * @param iobUnits             insulin on board as the pump computes it, U (the bolus calculator
 *                             expects bolus-only "active insulin", as pump bolus wizards do)
 * @param basalUnitsPerHour    the basal rate programmed now (profile or temp basal), U/h
 * @param pumpStatus           the pump's state, e.g. "NORMAL", "SUSPENDED", "OCCLUDED"
 */
public record ControllerObservation(
        long timeMillis,
        double timeOfDayMinutes,
        Double cgmMgDl,
        Long cgmAgeMillis,
        double announcedCarbsGrams,
        double iobUnits,
        double basalUnitsPerHour,
        String pumpStatus) {

    public ControllerObservation {
        if (!(timeOfDayMinutes >= 0.0 && timeOfDayMinutes < 1440.0)) {
            throw new IllegalArgumentException("timeOfDayMinutes: " + timeOfDayMinutes + " is not in [0, 1440)");
        }
        if ((cgmMgDl == null) != (cgmAgeMillis == null)) {
            throw new IllegalArgumentException("cgmAgeMillis: " + cgmAgeMillis
                    + " must be null exactly when cgmMgDl is null (cgmMgDl: " + cgmMgDl + ")");
        }
        if (cgmMgDl != null && !(cgmMgDl > 0.0 && Double.isFinite(cgmMgDl))) {
            throw new IllegalArgumentException("cgmMgDl: " + cgmMgDl + " is not a positive finite number");
        }
        if (cgmAgeMillis != null && cgmAgeMillis < 0) {
            throw new IllegalArgumentException("cgmAgeMillis: " + cgmAgeMillis + " is negative");
        }
        if (!(announcedCarbsGrams >= 0.0) || !Double.isFinite(announcedCarbsGrams)) {
            throw new IllegalArgumentException("announcedCarbsGrams: " + announcedCarbsGrams + " is not a non-negative finite number");
        }
        if (!Double.isFinite(iobUnits)) {
            // Negative IOB is allowed: net-basal IOB (Loop, oref0) goes below 0 during a suspension.
            throw new IllegalArgumentException("iobUnits: " + iobUnits + " is not finite");
        }
        if (!(basalUnitsPerHour >= 0.0) || !Double.isFinite(basalUnitsPerHour)) {
            throw new IllegalArgumentException("basalUnitsPerHour: " + basalUnitsPerHour + " is not a non-negative finite number");
        }
        Objects.requireNonNull(pumpStatus, "pumpStatus");
    }
}
