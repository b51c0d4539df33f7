package org.vpsim.results.metrics;

/**
 * Time below range at night: the share of readings whose clock time falls in 00:00–06:00 (start
 * inclusive, end exclusive; the overnight window of Battelino et al. 2019/2023) that are below 70 and
 * below 54 mg/dL. Clock time is read from the timestamps as they are stored (UTC): a scenario's start
 * instant is the patient's local clock, so 00:00 UTC in the data is the patient's midnight.
 */
public final class NocturnalTimeBelowRange {

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long NIGHT_END_MILLIS = 6 * 3_600_000L;

    private long nightReadings;
    private long below70;
    private long below54;

    /** True when the time of day of {@code timeMillis} (UTC clock) is in [00:00, 06:00). */
    public static boolean isNight(long timeMillis) {
        return Math.floorMod(timeMillis, MILLIS_PER_DAY) < NIGHT_END_MILLIS;
    }

    public void add(long timeMillis, double glucoseMgDl) {
        if (!isNight(timeMillis)) {
            return;
        }
        nightReadings++;
        if (glucoseMgDl < 70) {
            below70++;
            if (glucoseMgDl < 54) {
                below54++;
            }
        }
    }

    /** Percent of night readings below 70 mg/dL, or null when no reading fell in the night. */
    public Double below70Pct() {
        return nightReadings == 0 ? null : below70 * 100.0 / nightReadings;
    }

    /** Percent of night readings below 54 mg/dL, or null when no reading fell in the night. */
    public Double below54Pct() {
        return nightReadings == 0 ? null : below54 * 100.0 / nightReadings;
    }
}
