package org.vpsim.results.report;

import java.util.Arrays;
import org.vpsim.results.comparison.SampleSummary;

/**
 * Ambulatory glucose profile of many days: glucose by time of day in fixed bins, summarised by the
 * 5th, 25th, 50th, 75th and 95th percentiles of all readings that fall in each bin (Mazze et al.
 * 1987, Diabetes Care 10(1):111; the AGP of the 2019 consensus). Percentiles are type 7 (linear
 * interpolation). Holds the readings of every bin until {@link #percentiles()}: about 8 bytes per
 * reading.
 */
public final class AgpProfile {

    /** The percentiles reported per bin. */
    public static final double[] PERCENTILES = {5, 25, 50, 75, 95};

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final int binMinutes;
    private final double[][] values;
    private final int[] counts;

    /** @param binMinutes bin width; must divide a day */
    public AgpProfile(int binMinutes) {
        if (binMinutes < 1 || 1440 % binMinutes != 0) {
            throw new IllegalArgumentException("binMinutes: " + binMinutes + " does not divide 1440");
        }
        this.binMinutes = binMinutes;
        int bins = 1440 / binMinutes;
        this.values = new double[bins][16];
        this.counts = new int[bins];
    }

    public int bins() {
        return counts.length;
    }

    public int binMinutes() {
        return binMinutes;
    }

    /** Adds a reading at {@code timeMillis} (its UTC clock time is the patient's local time). */
    public void add(long timeMillis, double glucoseMgDl) {
        int bin = (int) (Math.floorMod(timeMillis, MILLIS_PER_DAY) / (binMinutes * 60_000L));
        if (counts[bin] == values[bin].length) {
            values[bin] = Arrays.copyOf(values[bin], values[bin].length * 2);
        }
        values[bin][counts[bin]++] = glucoseMgDl;
    }

    /** [bin][p] for p in {@link #PERCENTILES}; NaN for a bin without readings. */
    public double[][] percentiles() {
        double[][] out = new double[counts.length][PERCENTILES.length];
        for (int b = 0; b < counts.length; b++) {
            double[] sorted = Arrays.copyOf(values[b], counts[b]);
            Arrays.sort(sorted);
            for (int i = 0; i < PERCENTILES.length; i++) {
                out[b][i] = sorted.length == 0 ? Double.NaN : SampleSummary.quantile(sorted, PERCENTILES[i] / 100.0);
            }
        }
        return out;
    }
}
