package org.vpsim.controller;

import java.util.Objects;

/**
 * The pump as its own display shows it.
 *
 * @param status                     {@code running}, {@code suspended}, {@code occluded}, {@code empty}
 *                                   or {@code no-set}
 * @param statusSinceMinute          when the pump entered that status, minutes since the start
 * @param reservoirUnits             insulin left in the reservoir, U
 * @param scheduledBasalUnitsPerHour the basal profile's rate now, U/h — the programmed schedule,
 *                                   whatever the status or temp basal
 * @param tempBasal                  the running temp basal, or null
 */
public record PumpState(String status, double statusSinceMinute, double reservoirUnits,
                        double scheduledBasalUnitsPerHour, TempBasalState tempBasal) {
    public PumpState {
        Objects.requireNonNull(status, "status");
    }

    /** The rate the pump is programmed to deliver now: the temp basal's, else the schedule's (U/h). */
    public double programmedBasalUnitsPerHour() {
        return tempBasal != null ? tempBasal.unitsPerHour() : scheduledBasalUnitsPerHour;
    }
}
