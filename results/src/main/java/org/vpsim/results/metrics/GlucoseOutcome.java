package org.vpsim.results.metrics;

import java.util.Objects;

/**
 * Everything measured from one glucose series (plasma or CGM) of one patient × arm: the
 * distribution metrics, and the ones that need timestamps.
 *
 * @param metrics                 distribution metrics (bands, mean, SD, risk indices, extremes)
 * @param hypoEventsBelow54       level-2 hypoglycaemic events (Battelino 2023), or null when the
 *                                readings came without timestamps
 * @param nocturnalTbrBelow70Pct  percent of 00:00–06:00 readings below 70 mg/dL, or null (no
 *                                timestamps, or no reading at night)
 * @param nocturnalTbrBelow54Pct  the same below 54 mg/dL
 * @param endpoints               the trial hypoglycaemia endpoints (level-1, severe and nocturnal events,
 *                                nocturnal area below 70), or null when the readings came without timestamps
 *                                or a stored summary predates them
 */
public record GlucoseOutcome(
        GlucoseMetrics metrics,
        Long hypoEventsBelow54,
        Double nocturnalTbrBelow70Pct,
        Double nocturnalTbrBelow54Pct,
        HypoglycaemiaEndpoints endpoints) {

    /** An outcome without the trial endpoints (readings without timestamps). */
    public GlucoseOutcome(GlucoseMetrics metrics, Long hypoEventsBelow54, Double nocturnalTbrBelow70Pct,
                          Double nocturnalTbrBelow54Pct) {
        this(metrics, hypoEventsBelow54, nocturnalTbrBelow70Pct, nocturnalTbrBelow54Pct, null);
    }

    public GlucoseOutcome {
        Objects.requireNonNull(metrics, "metrics: null");
        if (hypoEventsBelow54 != null && hypoEventsBelow54 < 0) {
            throw new IllegalArgumentException("hypoEventsBelow54: " + hypoEventsBelow54 + " is negative");
        }
        requirePercentOrNull("nocturnalTbrBelow70Pct", nocturnalTbrBelow70Pct);
        requirePercentOrNull("nocturnalTbrBelow54Pct", nocturnalTbrBelow54Pct);
        if ((nocturnalTbrBelow70Pct == null) != (nocturnalTbrBelow54Pct == null)
                || (nocturnalTbrBelow70Pct != null && nocturnalTbrBelow54Pct > nocturnalTbrBelow70Pct)) {
            throw new IllegalArgumentException("nocturnalTbrBelow54Pct: " + nocturnalTbrBelow54Pct
                    + " does not fit nocturnalTbrBelow70Pct " + nocturnalTbrBelow70Pct);
        }
    }

    /** The CVGA zone of the series' extremes. */
    public CvgaZone cvgaZone() {
        return metrics.cvgaZone();
    }

    private static void requirePercentOrNull(String field, Double value) {
        if (value != null && !(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(field + ": " + value + " is outside 0–100");
        }
    }
}
