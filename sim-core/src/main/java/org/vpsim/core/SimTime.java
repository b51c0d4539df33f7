package org.vpsim.core;

/**
 * Simulation time is one representation everywhere: {@code long} milliseconds since the scenario
 * start. Physiology converts to double minutes only inside its own equations.
 */
public final class SimTime {
    public static final long MILLIS_PER_SECOND = 1_000L;
    public static final long MILLIS_PER_MINUTE = 60_000L;
    public static final long MILLIS_PER_HOUR = 3_600_000L;
    public static final long MILLIS_PER_DAY = 86_400_000L;

    private SimTime() {
    }

    public static long minutes(long minutes) {
        return Math.multiplyExact(minutes, MILLIS_PER_MINUTE);
    }

    public static long hours(long hours) {
        return Math.multiplyExact(hours, MILLIS_PER_HOUR);
    }

    public static long days(long days) {
        return Math.multiplyExact(days, MILLIS_PER_DAY);
    }

    /** Converts milliseconds to fractional minutes (for physiology). */
    public static double toMinutes(long timeMillis) {
        return timeMillis / (double) MILLIS_PER_MINUTE;
    }

    /** Rounds fractional minutes to the nearest millisecond. */
    public static long fromMinutes(double minutes) {
        return Math.round(minutes * MILLIS_PER_MINUTE);
    }
}
