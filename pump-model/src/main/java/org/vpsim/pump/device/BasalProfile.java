package org.vpsim.pump.device;

import java.util.List;
import java.util.Objects;

/**
 * A 24-hour basal profile: time-of-day segments, the first starting at midnight, in strictly
 * increasing order of start time.
 */
public record BasalProfile(List<BasalSegment> segments) {
    static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long MILLIS_PER_MINUTE = 60_000L;

    public BasalProfile {
        Objects.requireNonNull(segments, "segments");
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("segments: empty; a basal profile needs at least one segment");
        }
        if (segments.get(0).startMinuteOfDay() != 0) {
            throw new IllegalArgumentException("segments[0].startMinuteOfDay: "
                    + segments.get(0).startMinuteOfDay() + " is not 0 (midnight)");
        }
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).startMinuteOfDay() <= segments.get(i - 1).startMinuteOfDay()) {
                throw new IllegalArgumentException("segments[" + i + "].startMinuteOfDay: "
                        + segments.get(i).startMinuteOfDay() + " is not after the previous segment's "
                        + segments.get(i - 1).startMinuteOfDay());
            }
        }
    }

    /** One rate all day. */
    public static BasalProfile flat(double basalUnitsPerHour) {
        return new BasalProfile(List.of(new BasalSegment(0, basalUnitsPerHour)));
    }

    /** Rate at a clock time given as milliseconds since midnight (any value; taken modulo one day). */
    public double rateAt(long clockMillis) {
        int minute = (int) (Math.floorMod(clockMillis, MILLIS_PER_DAY) / MILLIS_PER_MINUTE);
        double rate = segments.get(0).basalUnitsPerHour();
        for (BasalSegment s : segments) {
            if (s.startMinuteOfDay() <= minute) {
                rate = s.basalUnitsPerHour();
            } else {
                break;
            }
        }
        return rate;
    }

    /**
     * Clock milliseconds (possibly beyond one day) of the first segment start strictly after
     * {@code clockMillis}; with one segment, the next midnight.
     */
    public long nextBoundaryAfter(long clockMillis) {
        long dayStart = Math.floorDiv(clockMillis, MILLIS_PER_DAY) * MILLIS_PER_DAY;
        for (BasalSegment s : segments) {
            long t = dayStart + s.startMinuteOfDay() * MILLIS_PER_MINUTE;
            if (t > clockMillis) {
                return t;
            }
        }
        return dayStart + MILLIS_PER_DAY;
    }

    /** Largest rate in the profile. */
    public double maxRate() {
        return segments.stream().mapToDouble(BasalSegment::basalUnitsPerHour).max().orElse(0);
    }

    /** Programmed insulin per day (U). */
    public double totalDailyUnits() {
        double total = 0;
        for (int i = 0; i < segments.size(); i++) {
            int end = i + 1 < segments.size() ? segments.get(i + 1).startMinuteOfDay() : 1440;
            total += segments.get(i).basalUnitsPerHour() * (end - segments.get(i).startMinuteOfDay()) / 60.0;
        }
        return total;
    }
}
