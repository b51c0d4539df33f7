package org.vpsim.pump.device;

/**
 * One segment of a basal profile: from {@code startMinuteOfDay} (clock time, 0-1439) until the next
 * segment's start, the pump delivers {@code basalUnitsPerHour}.
 */
public record BasalSegment(int startMinuteOfDay, double basalUnitsPerHour) {
    public BasalSegment {
        if (startMinuteOfDay < 0 || startMinuteOfDay >= 1440) {
            throw new IllegalArgumentException("startMinuteOfDay: " + startMinuteOfDay + " is outside 0-1439");
        }
        if (!(basalUnitsPerHour >= 0) || !Double.isFinite(basalUnitsPerHour)) {
            throw new IllegalArgumentException("basalUnitsPerHour: " + basalUnitsPerHour
                    + " is negative or not finite");
        }
    }
}
