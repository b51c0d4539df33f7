/**
 * Deciding from a run's results: per patient × arm metrics read back from a run directory
 * ({@link org.vpsim.results.comparison.RunMetrics}), per-arm aggregates with a t-based 95 % CI
 * ({@link org.vpsim.results.comparison.ArmStatistics}, {@link org.vpsim.results.comparison.SampleSummary}),
 * paired comparisons of two arms with the Wilcoxon signed-rank and paired t tests
 * ({@link org.vpsim.results.comparison.PairedComparison}), regression gates
 * ({@link org.vpsim.results.comparison.Gate}) and the check that two runs differ only in therapy
 * ({@link org.vpsim.results.comparison.ScenarioDifferences}).
 *
 * <p>Contract: metric names are the column names of {@code summary.parquet}
 * ({@link org.vpsim.results.SummaryColumns}); differences are candidate − baseline, percent metrics in
 * percentage points; all values in mg/dL (unit conversion is presentation). Malformed input is an
 * {@link java.lang.IllegalArgumentException} whose message names the cause in plain words.
 */
package org.vpsim.results.comparison;
