package org.vpsim.controller;

import java.util.List;
import java.util.Objects;

/**
 * What the device knows when the controller is asked (the protocol's {@code observation} line).
 *
 * <p>The lists are immutable: copies of the lists given ({@link List#copyOf}), except lists of a
 * {@link SnapshotLog}, which are immutable already and kept as they are (no copy at every observation).
 *
 * @param minute              minutes since the scenario start
 * @param timeOfDayMinutes    minute of day on the therapy's clock, [0, 1440)
 * @param cgmMgDl             the reading taken now, mg/dL; null when the sensor gave none
 * @param cgmHistory          the readings of the last 6 hours, oldest first, the current one included
 * @param announcedCarbsGrams carbs the person announces now, g; 0 when none
 * @param iobUnits            bolus insulin on board as the pump's bolus wizard computes it with the
 *                            therapy's insulin curve, U (informational)
 * @param pump                the pump's state
 * @param deliveries          every stroke or injection since the previous observation, in time order
 * @param pumpEvents          what the pump did since the previous observation, in time order
 */
public record Observation(double minute, double timeOfDayMinutes, Double cgmMgDl, List<CgmReading> cgmHistory,
                          double announcedCarbsGrams, double iobUnits, PumpState pump, List<Delivery> deliveries,
                          List<DeviceEvent> pumpEvents) {
    public Observation {
        if (!Double.isFinite(minute) || minute < 0) {
            throw new IllegalArgumentException("minute: " + minute + " is not a non-negative finite number");
        }
        if (!(timeOfDayMinutes >= 0 && timeOfDayMinutes < 1440)) {
            throw new IllegalArgumentException("timeOfDayMinutes: " + timeOfDayMinutes + " is outside [0, 1440)");
        }
        if (cgmMgDl != null && !(cgmMgDl > 0 && Double.isFinite(cgmMgDl))) {
            throw new IllegalArgumentException("cgmMgDl: " + cgmMgDl + " is not a positive finite number");
        }
        cgmHistory = SnapshotLog.immutable(cgmHistory);
        if (!(announcedCarbsGrams >= 0) || !Double.isFinite(announcedCarbsGrams)) {
            throw new IllegalArgumentException("announcedCarbsGrams: " + announcedCarbsGrams + " is not a non-negative finite number");
        }
        if (!Double.isFinite(iobUnits)) {
            throw new IllegalArgumentException("iobUnits: " + iobUnits + " is not finite");
        }
        Objects.requireNonNull(pump, "pump");
        deliveries = SnapshotLog.immutable(deliveries);
        pumpEvents = SnapshotLog.immutable(pumpEvents);
    }
}
