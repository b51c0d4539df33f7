package org.vpsim.pump.accuracy;

/**
 * Errors of consecutive, non-overlapping observation windows, the way gravimetric pump studies summarise them
 * (e.g. J Diabetes Sci Technol 2022;16(3):788: mean, SD and share within +/-15 % of 1-h windows).
 *
 * @param windowMinutes  window length (min)
 * @param windows        number of windows analysed
 * @param meanErrorPct   mean percentage error of the windows
 * @param sdErrorPct     sample SD of the windows' percentage errors (NaN with fewer than two windows)
 * @param within15Pct    share (%) of windows whose error lies within +/-15 %
 */
public record WindowErrorStatistics(int windowMinutes, int windows, double meanErrorPct, double sdErrorPct,
                                    double within15Pct) {

    /**
     * Statistics of the consecutive windows of {@code windowMinutes} over cumulative samples every
     * {@code sampleMinutes} at the programmed {@code rateUnitsPerHour}.
     */
    public static WindowErrorStatistics of(double[] cumulativeUnits, double sampleMinutes, double rateUnitsPerHour,
                                           int windowMinutes) {
        int m = (int) Math.round(windowMinutes / sampleMinutes);
        int intervals = cumulativeUnits.length - 1;
        int n = m < 1 ? 0 : intervals / m;
        if (n < 2) {
            // Too short to scatter: the one window's error, no SD.
            double err = n == 0 ? Double.NaN : 100.0 * (cumulativeUnits[m] - cumulativeUnits[0]
                    - rateUnitsPerHour * m * sampleMinutes / 60.0) / (rateUnitsPerHour * m * sampleMinutes / 60.0);
            return new WindowErrorStatistics(windowMinutes, n, err, Double.NaN, n == 0 ? Double.NaN
                    : (Math.abs(err) <= 15.0 ? 100.0 : 0.0));
        }
        double expected = rateUnitsPerHour * m * sampleMinutes / 60.0;
        double sum = 0;
        double sumSq = 0;
        int within = 0;
        for (int k = 0; k < n; k++) {
            double err = 100.0 * (cumulativeUnits[(k + 1) * m] - cumulativeUnits[k * m] - expected) / expected;
            sum += err;
            sumSq += err * err;
            if (Math.abs(err) <= 15.0) {
                within++;
            }
        }
        double mean = sum / n;
        double var = Math.max(0.0, (sumSq - n * mean * mean) / (n - 1));
        return new WindowErrorStatistics(windowMinutes, n, mean, Math.sqrt(var), 100.0 * within / n);
    }
}
