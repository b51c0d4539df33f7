package org.vpsim.pump.device;

import org.vpsim.core.Event;

/**
 * The pump's own scheduled events. {@code token} identifies what the event belongs to (a basal,
 * temp-basal, suspend or set generation, or a bolus id) so that events made stale by a later change
 * are recognised and ignored -- the Simulation has no cancel.
 */
record PumpTick(long timeMillis, int priority, Kind kind, long token, FaultType fault, double units)
        implements Event {

    enum Kind {
        BASAL_PULSE, BOLUS_STROKE, PROFILE_BOUNDARY, TEMP_END, SUSPEND_REMINDER, SET_DUE, WEAR, FAULT,
        SET_CHANGE, RESERVOIR_CHANGE, AUTO_REFILL, AUTO_SET_CHANGE, SUSPEND_END, LATE_SET_CHANGE
    }

    static PumpTick of(long timeMillis, int priority, Kind kind, long token) {
        return new PumpTick(timeMillis, priority, kind, token, null, 0.0);
    }
}
