package org.vpsim.results.metrics;

import java.util.function.LongPredicate;

/**
 * Counts hypoglycaemic events below a threshold the way the international consensus on CGM metrics
 * for clinical trials defines them (Battelino et al. 2023, Lancet Diabetes Endocrinol 11(1):42–57):
 * an event starts once glucose has been below the threshold for at least 15 consecutive minutes,
 * and ends once it has been at or above the threshold for at least 15 consecutive minutes; a dip of
 * less than 15 minutes between two lows does not start a second event.
 *
 * <p>Readings are a step function: each holds until the next reading's time; the last one holds for
 * the spacing before it. Durations are therefore measured from timestamps, so irregular spacing (CGM
 * gaps) is handled. Readings must come in increasing time order. Constant memory.
 *
 * <p>The same rule serves the other study endpoints: level-1 events (threshold 70 mg/dL), severe
 * episodes (threshold 40 mg/dL with no minimum duration: any reading below starts one) and nocturnal
 * events (only events whose low run began inside a clock-time window are counted, as ASPIRE In-Home
 * counted events that started between 22:00 and 08:00).
 */
public final class HypoglycaemiaEventCounter {

    /** The minimum duration that starts and that ends an event. */
    public static final long MIN_DURATION_MILLIS = 15 * 60_000L;

    private final double thresholdMgDl;
    private final long minStartMillis;
    private final LongPredicate countStart;
    private long runStartMillis;
    private long lastTimeMillis = Long.MIN_VALUE;
    private long lastGapMillis;
    private boolean lastBelow;
    private boolean inEvent;
    private long belowMillis;
    private long aboveMillis;
    private long events;

    /** @param thresholdMgDl e.g. 54 for level-2 events, 70 for level-1 */
    public HypoglycaemiaEventCounter(double thresholdMgDl) {
        this(thresholdMgDl, MIN_DURATION_MILLIS, t -> true);
    }

    /**
     * @param thresholdMgDl  glucose below which a reading is low
     * @param minStartMillis how long glucose must stay below before an event starts (0: the first low reading
     *                       starts it); an event still ends only after {@link #MIN_DURATION_MILLIS} at or above
     * @param countStart     which events are counted, by the time (epoch ms) of the first reading of their low run
     */
    public HypoglycaemiaEventCounter(double thresholdMgDl, long minStartMillis, LongPredicate countStart) {
        if (!(thresholdMgDl > 0 && Double.isFinite(thresholdMgDl))) {
            throw new IllegalArgumentException("thresholdMgDl: " + thresholdMgDl + " is not a positive number");
        }
        if (minStartMillis < 0) {
            throw new IllegalArgumentException("minStartMillis: " + minStartMillis + " is negative");
        }
        this.thresholdMgDl = thresholdMgDl;
        this.minStartMillis = minStartMillis;
        this.countStart = java.util.Objects.requireNonNull(countStart, "countStart");
    }

    /** Adds a reading; times must increase. */
    public void add(long timeMillis, double glucoseMgDl) {
        if (lastTimeMillis != Long.MIN_VALUE) {
            if (timeMillis <= lastTimeMillis) {
                throw new IllegalArgumentException("timeMillis: " + timeMillis + " is not after the previous reading "
                        + lastTimeMillis);
            }
            lastGapMillis = timeMillis - lastTimeMillis;
            advance(lastGapMillis, lastBelow);
        }
        boolean below = glucoseMgDl < thresholdMgDl;
        if (below && (!lastBelow || lastTimeMillis == Long.MIN_VALUE)) {
            runStartMillis = timeMillis;
        }
        lastTimeMillis = timeMillis;
        lastBelow = below;
    }

    /** Events counted over the readings so far, the last reading held for the spacing before it. */
    public long events() {
        if (lastTimeMillis == Long.MIN_VALUE) {
            return 0;
        }
        // Evaluate the last reading's interval on a copy of the state, so more readings may follow.
        boolean savedInEvent = inEvent;
        long savedBelow = belowMillis, savedAbove = aboveMillis, savedEvents = events;
        advance(lastGapMillis, lastBelow);
        long result = events;
        inEvent = savedInEvent;
        belowMillis = savedBelow;
        aboveMillis = savedAbove;
        events = savedEvents;
        return result;
    }

    private void advance(long durationMillis, boolean below) {
        if (!inEvent) {
            if (below) {
                belowMillis += durationMillis;
                if (belowMillis >= minStartMillis) {
                    inEvent = true;
                    if (countStart.test(runStartMillis)) {
                        events++;
                    }
                    aboveMillis = 0;
                }
            } else {
                belowMillis = 0;
            }
        } else if (below) {
            aboveMillis = 0;
        } else {
            aboveMillis += durationMillis;
            if (aboveMillis >= MIN_DURATION_MILLIS) {
                inEvent = false;
                belowMillis = 0;
            }
        }
    }
}
