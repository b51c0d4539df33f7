package org.vpsim.results.metrics;

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
 */
public final class HypoglycaemiaEventCounter {

    /** The minimum duration that starts and that ends an event. */
    public static final long MIN_DURATION_MILLIS = 15 * 60_000L;

    private final double thresholdMgDl;
    private long lastTimeMillis = Long.MIN_VALUE;
    private long lastGapMillis;
    private boolean lastBelow;
    private boolean inEvent;
    private long belowMillis;
    private long aboveMillis;
    private long events;

    /** @param thresholdMgDl e.g. 54 for level-2 events, 70 for level-1 */
    public HypoglycaemiaEventCounter(double thresholdMgDl) {
        if (!(thresholdMgDl > 0 && Double.isFinite(thresholdMgDl))) {
            throw new IllegalArgumentException("thresholdMgDl: " + thresholdMgDl + " is not a positive number");
        }
        this.thresholdMgDl = thresholdMgDl;
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
        lastTimeMillis = timeMillis;
        lastBelow = glucoseMgDl < thresholdMgDl;
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
                if (belowMillis >= MIN_DURATION_MILLIS) {
                    inEvent = true;
                    events++;
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
