package org.vpsim.results.metrics;

/**
 * One streaming pass over a glucose series producing a {@link GlucoseOutcome}: the distribution
 * metrics of {@link GlucoseMetricsAccumulator}, level-2 hypoglycaemic events and nocturnal time below
 * range. Readings given without a timestamp still count for the distribution metrics, but then the
 * time-based ones are unknown (null) for the whole series rather than computed from part of it.
 */
public final class GlucoseOutcomeAccumulator {

    private final GlucoseMetricsAccumulator metrics = new GlucoseMetricsAccumulator();
    private final HypoglycaemiaEventCounter level2 = new HypoglycaemiaEventCounter(54.0);
    private final NocturnalTimeBelowRange night = new NocturnalTimeBelowRange();
    private boolean untimed;

    /** Adds a reading with its time (epoch milliseconds, clock time as the patient's local time). */
    public void add(long timeMillis, double glucoseMgDl) {
        metrics.add(glucoseMgDl);
        level2.add(timeMillis, glucoseMgDl);
        night.add(timeMillis, glucoseMgDl);
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
        return new GlucoseOutcome(metrics.result(), level2.events(), night.below70Pct(), night.below54Pct());
    }
}
