package org.vpsim.pump.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * The IEC 60601-2-24 trumpet-curve arithmetic on gravimetric samples (pure function).
 *
 * <p>With samples of cumulative delivered insulin every S minutes and the programmed rate r, the
 * standard defines for an observation window of P minutes (m = P/S sample intervals)
 * {@code Ep(j) = (100/m) * sum_{i=j}^{j+m-1} (Q_i - r)/r}, where Q_i is the flow in interval i, and
 * reports the maximum and minimum of Ep(j) over every window start j in the analysis period
 * (sliding by one sample). The mean of Q_i/r over m intervals is the window's delivered amount over
 * the programmed amount, which is how it is computed here.
 */
public final class TrumpetAnalysis {
    /** Observation windows of IEC 60601-2-24 (2, 5, 11, 19, 31 min) plus the 60 min window reported for insulin pumps. */
    public static final int[] WINDOWS_MINUTES = {2, 5, 11, 19, 31, 60};

    private TrumpetAnalysis() {
    }

    /**
     * @param cumulativeUnits   cumulative delivered insulin at equally spaced samples, starting at the end
     *                          of the stabilisation period (index 0)
     * @param sampleMinutes     sample spacing S (0.5 min for the standard's 30 s)
     * @param rateUnitsPerHour  programmed rate r
     */
    public static List<TrumpetRow> rows(double[] cumulativeUnits, double sampleMinutes, double rateUnitsPerHour,
            int[] windowsMinutes) {
        if (!(rateUnitsPerHour > 0)) {
            throw new IllegalArgumentException("rateUnitsPerHour: " + rateUnitsPerHour + " is not positive");
        }
        List<TrumpetRow> rows = new ArrayList<>();
        int intervals = cumulativeUnits.length - 1;
        for (int p : windowsMinutes) {
            int m = (int) Math.round(p / sampleMinutes);
            if (m < 1 || m > intervals) {
                throw new IllegalArgumentException("window " + p + " min does not fit in an analysis period of "
                        + intervals * sampleMinutes + " min");
            }
            double expected = rateUnitsPerHour * m * sampleMinutes / 60.0;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double sum = 0;
            int count = 0;
            for (int j = 0; j + m <= intervals; j++) {
                double err = 100.0 * (cumulativeUnits[j + m] - cumulativeUnits[j] - expected) / expected;
                max = Math.max(max, err);
                min = Math.min(min, err);
                sum += err;
                count++;
            }
            rows.add(new TrumpetRow(p, max, min, sum / count));
        }
        return rows;
    }

    /** Percentage error of everything delivered between the first and last sample. */
    public static double overallMeanErrorPct(double[] cumulativeUnits, double sampleMinutes, double rateUnitsPerHour) {
        int intervals = cumulativeUnits.length - 1;
        double expected = rateUnitsPerHour * intervals * sampleMinutes / 60.0;
        return 100.0 * (cumulativeUnits[intervals] - cumulativeUnits[0] - expected) / expected;
    }
}
