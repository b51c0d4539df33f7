package org.vpsim.results.comparison;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Descriptive statistics of a sample of per-patient values: mean, sample SD, median and quartiles
 * (Hyndman &amp; Fan 1996 type 7, the default of R and NumPy: linear interpolation between order
 * statistics at h = (n − 1)·p), and the t-based 95 % confidence interval of the mean,
 * mean ± t(0.975, n − 1) · SD / √n (Student 1908).
 *
 * @param n      values (nulls are left out before)
 * @param mean   arithmetic mean; NaN when n = 0
 * @param sd     sample SD (n − 1); NaN when n &lt; 2
 * @param median 50th percentile
 * @param q1     25th percentile
 * @param q3     75th percentile
 * @param ciLow  lower end of the 95 % CI of the mean; NaN when n &lt; 2
 * @param ciHigh upper end
 */
public record SampleSummary(int n, double mean, double sd, double median, double q1, double q3,
                            double ciLow, double ciHigh) {

    /** Two-sided confidence level of {@link #ciLow}/{@link #ciHigh}. */
    public static final double CONFIDENCE = 0.95;

    /** The summary of the non-null values. */
    public static SampleSummary of(Collection<Double> values) {
        return of(values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray());
    }

    public static SampleSummary of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new SampleSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = 0;
        for (int i = 0; i < n; i++) { // Welford: stable for values of any offset
            mean += (sorted[i] - mean) / (i + 1);
        }
        double ss = 0;
        for (double v : sorted) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double half = n > 1 ? tQuantile(n - 1) * sd / Math.sqrt(n) : Double.NaN;
        return new SampleSummary(n, mean, sd, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75),
                mean - half, mean + half);
    }

    /** The two-sided 95 % quantile of Student's t with {@code degreesOfFreedom}. */
    static double tQuantile(int degreesOfFreedom) {
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    }

    /** Type-7 quantile (Hyndman &amp; Fan 1996) of sorted values, 0 &lt;= p &lt;= 1. */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
