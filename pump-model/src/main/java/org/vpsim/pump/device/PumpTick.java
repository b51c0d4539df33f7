package org.vpsim.pump.device;

import org.vpsim.core.Event;

/**
 * The pump's own scheduled one-off events (the stroke trains are kernel series, see {@link InsulinPump}).
 * {@code token} identifies what the event belongs to (a temp-basal, suspend or set generation) so that events
 * made stale by a later change are recognised and ignored.
 */
record PumpTick(long timeMillis, int priority, Kind kind, long token, FaultType fault, double units)
        implements Event {

    enum Kind {
        PROFILE_BOUNDARY, TEMP_END, SUSPEND_REMINDER, SET_DUE, WEAR, FAULT,
        SET_CHANGE, RESERVOIR_CHANGE, AUTO_REFILL, AUTO_SET_CHANGE, SUSPEND_END, LATE_SET_CHANGE
    }

    static PumpTick of(long timeMillis, int priority, Kind kind, long token) {
        return new PumpTick(timeMillis, priority, kind, token, null, 0.0);
    }
}
