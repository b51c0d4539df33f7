package org.vpsim.results.comparison;

/**
 * The paired difference candidate − baseline of one metric over the patients both arms have a value
 * for.
 *
 * @param metric          column name
 * @param pairs           patients with a value in both arms
 * @param baselineMean    mean of the baseline values
 * @param candidateMean   mean of the candidate values
 * @param difference      summary of the per-patient differences (mean, SD, 95 % CI, median, IQR)
 * @param nonZeroPairs    pairs whose difference is not zero
 * @param wilcoxonP       two-sided p-value of the Wilcoxon signed-rank test (Wilcoxon 1945), NaN when
 *                        every difference is zero or there are fewer than two pairs
 * @param pairedTP        two-sided p-value of the paired t-test, NaN when undefined (no spread)
 */
public record MetricDifference(String metric, int pairs, double baselineMean, double candidateMean,
                               SampleSummary difference, int nonZeroPairs, double wilcoxonP, double pairedTP) {

    /** Mean paired difference candidate − baseline. */
    public double meanDifference() {
        return difference.mean();
    }
}
