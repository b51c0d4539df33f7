/**
 * Glycaemic outcome metrics computed in one streaming pass over a glucose series.
 *
 * <p>Contract: {@link org.vpsim.results.metrics.GlucoseMetricsAccumulator} accepts glucose values in
 * mg/dL one at a time (the series is assumed equally spaced, so "percent of readings" equals
 * "percent of time") and never stores the series, so a year-long patient costs a few dozen bytes.
 * Definitions follow the International Consensus on Time in Range (Battelino et al. 2019, Diabetes
 * Care 42(8):1593), the Kovatchev risk indices (Kovatchev et al. 1997, Diabetes Care 20(11):1655;
 * Kovatchev et al. 2005) and the Glycemia Risk Index (Klonoff et al. 2023, J Diabetes Sci Technol
 * 17(5):1226). Results are immutable {@link org.vpsim.results.metrics.GlucoseMetrics} values.
 *
 * <p>Metrics that need timestamps — level-2 hypoglycaemic events
 * ({@link org.vpsim.results.metrics.HypoglycaemiaEventCounter}, Battelino et al. 2023) and nocturnal
 * time below range ({@link org.vpsim.results.metrics.NocturnalTimeBelowRange}) — are combined with the
 * distribution metrics by {@link org.vpsim.results.metrics.GlucoseOutcomeAccumulator} into a
 * {@link org.vpsim.results.metrics.GlucoseOutcome}; readings must then come in increasing time order. The same
 * pass yields the trial endpoints ({@link org.vpsim.results.metrics.HypoglycaemiaEndpoints}): level-1 events,
 * severe episodes (operationally, any reading below 40 mg/dL), events starting at night (22:00–08:00) and the
 * nocturnal area below 70 mg/dL per night ({@link org.vpsim.results.metrics.NocturnalAreaBelowRange}, after
 * ASPIRE In-Home, Bergenstal et al. 2013, N Engl J Med 369:224).
 * {@link org.vpsim.results.metrics.CvgaZone} classifies a series' extremes on the control variability
 * grid (Magni et al. 2008).
 */
package org.vpsim.results.metrics;
