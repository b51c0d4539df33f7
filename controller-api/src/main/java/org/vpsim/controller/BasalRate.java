package org.vpsim.controller;

/**
 * One segment of a basal profile. In the protocol: {@code {"start":"06:30","unitsPerHour":1.2}}.
 *
 * @param startMinuteOfDay when the segment starts, minutes after midnight, [0, 1440)
 * @param unitsPerHour     the rate, U/h
 */
public record BasalRate(int startMinuteOfDay, double unitsPerHour) {
    public BasalRate {
        if (startMinuteOfDay < 0 || startMinuteOfDay >= 1440) {
            throw new IllegalArgumentException("startMinuteOfDay: " + startMinuteOfDay + " is outside [0, 1440)");
        }
        if (!(unitsPerHour >= 0) || !Double.isFinite(unitsPerHour)) {
            throw new IllegalArgumentException("unitsPerHour: " + unitsPerHour + " is not a non-negative finite number");
        }
    }

    /** {@code HH:mm}, as the protocol writes it. */
    public String start() {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", startMinuteOfDay / 60, startMinuteOfDay % 60);
    }
}
