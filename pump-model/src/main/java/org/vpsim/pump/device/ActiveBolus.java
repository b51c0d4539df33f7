package org.vpsim.pump.device;

import org.vpsim.core.Series;

/**
 * A bolus being delivered: {@code immediateStrokes} at the bolus speed from the start, then
 * {@code extendedStrokes} spread evenly over the extended duration (one at the end of each equal
 * share), which starts when the immediate part ends (MiniMed Dual Wave behaviour).
 */
final class ActiveBolus {
    final long id;
    final BolusType type;
    final double programmedUnits;
    final int immediateStrokes;
    final int extendedStrokes;
    private final long startMillis;
    private final long spacingMillis;
    private final long extendedDurationMillis;
    int done;
    /** What the plunger actually displaced for this bolus so far (U), stroke-volume error included. */
    double displacedUnits;
    /** Its strokes: a kernel series, cancelled when the bolus is. */
    Series strokes;

    ActiveBolus(long id, BolusType type, double programmedUnits, int immediateStrokes, int extendedStrokes,
            long startMillis, long spacingMillis, long extendedDurationMillis) {
        this.id = id;
        this.type = type;
        this.programmedUnits = programmedUnits;
        this.immediateStrokes = immediateStrokes;
        this.extendedStrokes = extendedStrokes;
        this.startMillis = startMillis;
        this.spacingMillis = spacingMillis;
        this.extendedDurationMillis = extendedDurationMillis;
    }

    int totalStrokes() {
        return immediateStrokes + extendedStrokes;
    }

    boolean inImmediatePhase() {
        return done < immediateStrokes;
    }

    boolean hasExtendedPart() {
        return extendedStrokes > 0;
    }

    /** Time of stroke k (0-based). */
    long strokeTime(int k) {
        if (k < immediateStrokes) {
            return startMillis + k * spacingMillis;
        }
        long extendedStart = startMillis + immediateStrokes * spacingMillis;
        int j = k - immediateStrokes;
        return extendedStart + (long) Math.ceil((j + 1) * (double) extendedDurationMillis / extendedStrokes);
    }
}
