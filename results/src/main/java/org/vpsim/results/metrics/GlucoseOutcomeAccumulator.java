package org.vpsim.results.metrics;

/**
 * One streaming pass over a glucose series producing a {@link GlucoseOutcome}: the distribution
 * metrics of {@link GlucoseMetricsAccumulator}, level-2 hypoglycaemic events, nocturnal time below
 * range and the trial endpoints ({@link HypoglycaemiaEndpoints}). Readings given without a timestamp still count for the distribution metrics, but then the
 * time-based ones are unknown (null) for the whole series rather than computed from part of it.
 */
public final class GlucoseOutcomeAccumulator {

    /** Plasma glucose below which an episode counts as severe (see {@link HypoglycaemiaEndpoints}). */
    public static final double SEVERE_THRESHOLD_MG_DL = 40.0;

    private final GlucoseMetricsAccumulator metrics = new GlucoseMetricsAccumulator();
    private final HypoglycaemiaEventCounter level2 = new HypoglycaemiaEventCounter(54.0);
    private final NocturnalTimeBelowRange night = new NocturnalTimeBelowRange();
    private final HypoglycaemiaEventCounter level1 = new HypoglycaemiaEventCounter(70.0);
    private final HypoglycaemiaEventCounter severe = new HypoglycaemiaEventCounter(SEVERE_THRESHOLD_MG_DL, 0, t -> true);
    private final HypoglycaemiaEventCounter level1AtNight = new HypoglycaemiaEventCounter(70.0,
            HypoglycaemiaEventCounter.MIN_DURATION_MILLIS, NocturnalAreaBelowRange::isNight);
    private final NocturnalAreaBelowRange nightArea = new NocturnalAreaBelowRange();
    private boolean untimed;

    /** Adds a reading with its time (epoch milliseconds, clock time as the patient's local time). */
    public void add(long timeMillis, double glucoseMgDl) {
        metrics.add(glucoseMgDl);
        level2.add(timeMillis, glucoseMgDl);
        night.add(timeMillis, glucoseMgDl);
        level1.add(timeMillis, glucoseMgDl);
        severe.add(timeMillis, glucoseMgDl);
        level1AtNight.add(timeMillis, glucoseMgDl);
        nightArea.add(timeMillis, glucoseMgDl);
    }

    /** Adds a reading without a time: time-based metrics of this series become null. */
    public void add(double glucoseMgDl) {
        metrics.add(glucoseMgDl);
        untimed = true;
    }

    public long count() {
        return metrics.count();
    }

    /** The outcome, or null when no reading was added (e.g. a CGM that never read). */
    public GlucoseOutcome resultOrNull() {
        if (metrics.count() == 0) {
            return null;
        }
        if (untimed) {
            return new GlucoseOutcome(metrics.result(), null, null, null);
        }
        return new GlucoseOutcome(metrics.result(), level2.events(), night.below70Pct(), night.below54Pct(),
                new HypoglycaemiaEndpoints(level1.events(), severe.events(), level1AtNight.events(),
                        nightArea.areaPerNightMgDlMinutes()));
    }
}
