package org.vpsim.results.metrics;

/**
 * Nocturnal hypoglycaemia as ASPIRE In-Home measured its size (Bergenstal et al. 2013, N Engl J Med
 * 369:224): the area between 70 mg/dL and the glucose curve, over readings whose clock time falls in
 * 22:00–08:00 (start inclusive, end exclusive), in mg/dL·min. ASPIRE reported the mean area per
 * nocturnal event; here the area is summed over every night reading and given <em>per night</em>
 * (the total scaled to a 10-hour night of observed time), so a patient without events has 0 rather
 * than an undefined mean, and fewer events and shallower events both lower it.
 *
 * <p>Readings are a step function, as in {@link HypoglycaemiaEventCounter}: each holds until the next
 * reading's time, the last one for the spacing before it; a reading's interval counts as night when
 * the reading's own time is at night. Clock time is the UTC clock of the timestamps (the scenario start
 * is the patient's local clock). Readings must come in increasing time order. Constant memory.
 */
public final class NocturnalAreaBelowRange {

    /** The level below which area is counted. */
    public static final double THRESHOLD_MG_DL = 70.0;
    /** Start of the night window, 22:00, in ms after midnight. */
    public static final long NIGHT_START_MILLIS = 22 * 3_600_000L;
    /** End of the night window, 08:00, in ms after midnight. */
    public static final long NIGHT_END_MILLIS = 8 * 3_600_000L;
    /** Length of one night of the window in minutes (10 h). */
    public static final double NIGHT_MINUTES = 600.0;

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private long lastTimeMillis = Long.MIN_VALUE;
    private long lastGapMillis;
    private double lastGlucose;
    private double areaMgDlMinutes;
    private double nightMinutes;

    /** True when the clock time of {@code timeMillis} (UTC) is in [22:00, 08:00). */
    public static boolean isNight(long timeMillis) {
        long t = Math.floorMod(timeMillis, MILLIS_PER_DAY);
        return t >= NIGHT_START_MILLIS || t < NIGHT_END_MILLIS;
    }

    /** Adds a reading; times must increase. */
    public void add(long timeMillis, double glucoseMgDl) {
        if (lastTimeMillis != Long.MIN_VALUE) {
            if (timeMillis <= lastTimeMillis) {
                throw new IllegalArgumentException("timeMillis: " + timeMillis + " is not after the previous reading "
                        + lastTimeMillis);
            }
            lastGapMillis = timeMillis - lastTimeMillis;
            hold(lastGapMillis);
        }
        lastTimeMillis = timeMillis;
        lastGlucose = glucoseMgDl;
    }

    private void hold(long durationMillis) {
        if (!isNight(lastTimeMillis)) {
            return;
        }
        double minutes = durationMillis / 60_000.0;
        nightMinutes += minutes;
        if (lastGlucose < THRESHOLD_MG_DL) {
            areaMgDlMinutes += (THRESHOLD_MG_DL - lastGlucose) * minutes;
        }
    }

    /**
     * Area below 70 mg/dL per night (mg/dL·min per 10 h of night readings), or null when no reading fell in
     * the window (the last reading held for the spacing before it).
     */
    public Double areaPerNightMgDlMinutes() {
        double area = areaMgDlMinutes;
        double minutes = nightMinutes;
        if (lastTimeMillis != Long.MIN_VALUE && isNight(lastTimeMillis) && lastGapMillis > 0) {
            double m = lastGapMillis / 60_000.0;
            minutes += m;
            if (lastGlucose < THRESHOLD_MG_DL) {
                area += (THRESHOLD_MG_DL - lastGlucose) * m;
            }
        }
        return minutes == 0 ? null : area / minutes * NIGHT_MINUTES;
    }
}
