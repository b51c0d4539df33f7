package org.vpsim.controller;

/**
 * A change of temp basal in a {@link Command}; a command without one (null) leaves the running temp
 * basal alone. In the protocol: {@code "cancel"} or {@code {"unitsPerHour":0.8,"durationMinutes":30}}.
 */
public sealed interface TempBasalChange permits TempBasalChange.Cancel, TempBasalChange.Start {

    /** Return to the scheduled basal now. */
    record Cancel() implements TempBasalChange {
    }

    /**
     * Start a temp basal now, replacing a running one. The pump rounds the rate to its increment and
     * refuses a rate above its maximum or a duration above its limit.
     *
     * @param unitsPerHour    absolute rate, U/h (0 is a zero temp: no basal)
     * @param durationMinutes how long, minutes
     */
    record Start(double unitsPerHour, double durationMinutes) implements TempBasalChange {
        public Start {
            if (!(unitsPerHour >= 0) || !Double.isFinite(unitsPerHour)) {
                throw new IllegalArgumentException("tempBasal.unitsPerHour: " + unitsPerHour
                        + " is not a non-negative finite number");
            }
            if (!(durationMinutes > 0) || !Double.isFinite(durationMinutes)) {
                throw new IllegalArgumentException("tempBasal.durationMinutes: " + durationMinutes
                        + " is not a positive finite number");
            }
        }
    }

    static TempBasalChange cancel() {
        return new Cancel();
    }

    static TempBasalChange start(double unitsPerHour, double durationMinutes) {
        return new Start(unitsPerHour, durationMinutes);
    }
}
