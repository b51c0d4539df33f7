package org.vpsim.pump.control;

import java.util.Objects;

/**
 * What a controller asks the pump to do now. Plain fields only, for JSON.
 *
 * @param bolusUnits a bolus to deliver now, U; 0 for none
 * @param tempBasal  a temporary basal to start now (replacing any running one); null for no change
 * @param suspend    stop all delivery until resumed
 * @param resume     resume delivery after a suspension (not together with suspend)
 * @param reason     why, in words, for the events log; never null (may be empty)
 */
public record ControllerDecision(
        double bolusUnits,
        TempBasal tempBasal,
        boolean suspend,
        boolean resume,
        String reason) {

    public ControllerDecision {
        if (!(bolusUnits >= 0.0) || !Double.isFinite(bolusUnits)) {
            throw new IllegalArgumentException("bolusUnits: " + bolusUnits + " is not a non-negative finite number");
        }
        if (suspend && resume) {
            throw new IllegalArgumentException("suspend: true together with resume: true");
        }
        if (suspend && bolusUnits > 0.0) {
            throw new IllegalArgumentException("bolusUnits: " + bolusUnits + " requested together with suspend");
        }
        Objects.requireNonNull(reason, "reason");
    }

    /** Leave the pump as it is. */
    public static ControllerDecision none(String reason) {
        return new ControllerDecision(0.0, null, false, false, reason);
    }

    /** Deliver a bolus now (0 is allowed and means none). */
    public static ControllerDecision bolus(double units, String reason) {
        return new ControllerDecision(units, null, false, false, reason);
    }
}
