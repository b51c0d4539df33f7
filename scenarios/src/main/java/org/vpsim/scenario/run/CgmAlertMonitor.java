package org.vpsim.scenario.run;

import java.util.Locale;
import org.vpsim.scenario.model.CgmAlerts;

/**
 * The CGM's alerts on its readings ({@link CgmAlerts}): low, predicted low and high, each logged as an event
 * ({@value #LOW}, {@value #PREDICTED_LOW}, {@value #HIGH}) and passed to whoever answers them (the person). An alert
 * sounds when its condition starts and again every repeat interval while it lasts; a reading without the condition
 * ends it, so the next one alerts at once. A missing reading changes nothing.
 *
 * <p>The predicted low is a linear extrapolation of the change over the last 15 minutes (the reading now minus the
 * reading 15 min ago, the first one at least 15 min old): Dexcom's "urgent low soon" alert predicts 20 minutes ahead
 * from the sensor's rate of change (Dexcom G6 user guide); the exact Dexcom predictor is not published.
 */
final class CgmAlertMonitor {
    static final String LOW = "ALERT_LOW";
    static final String PREDICTED_LOW = "ALERT_PREDICTED_LOW";
    static final String HIGH = "ALERT_HIGH";

    /** Who answers an alert. */
    interface Listener {
        void onAlert(long timeMillis, String type, double readingMgDl);
    }

    private static final long TREND_MILLIS = 15 * 60_000L;
    private final CgmAlerts alerts;
    private final EventLog events;
    private final Listener listener;
    private final long lowRepeatMillis;
    private final long highRepeatMillis;
    // The last hour of readings for the trend: a ring of (time, reading).
    private final long[] times = new long[64];
    private final double[] values = new double[64];
    private int count;
    private int head;
    private long lowSinceMillis = Long.MIN_VALUE;
    private long highSinceMillis = Long.MIN_VALUE;

    CgmAlertMonitor(CgmAlerts alerts, EventLog events, Listener listener) {
        this.alerts = alerts;
        this.events = events;
        this.listener = listener;
        this.lowRepeatMillis = Math.round(alerts.lowRepeatMinutes() * 60_000.0);
        this.highRepeatMillis = Math.round(alerts.highRepeatMinutes() * 60_000.0);
    }

    /** Called with each CGM reading (null: no reading, ignored). */
    void onReading(long t, Double reading) {
        if (reading == null) {
            return;
        }
        remember(t, reading);
        String low = null;
        if (alerts.lowMgDl() != null) {
            if (reading < alerts.lowMgDl()) {
                low = LOW;
            } else if (alerts.predictiveLowMinutes() != null) {
                Double slope = slopePerMinute(t);
                if (slope != null && slope < 0 && reading + slope * alerts.predictiveLowMinutes() < alerts.lowMgDl()) {
                    low = PREDICTED_LOW;
                }
            }
        }
        if (low == null) {
            lowSinceMillis = Long.MIN_VALUE;
        } else if (lowSinceMillis == Long.MIN_VALUE || t - lowSinceMillis >= lowRepeatMillis) {
            lowSinceMillis = t;
            sound(t, low, reading, low.equals(LOW) ? "below " + fmt(alerts.lowMgDl())
                    : "falling " + String.format(Locale.ROOT, "%.1f", slopePerMinute(t)) + " mg/dL/min, below "
                            + fmt(alerts.lowMgDl()) + " within " + fmt(alerts.predictiveLowMinutes()) + " min");
        }
        if (alerts.highMgDl() != null && reading >= alerts.highMgDl()) {
            if (highSinceMillis == Long.MIN_VALUE || t - highSinceMillis >= highRepeatMillis) {
                highSinceMillis = t;
                sound(t, HIGH, reading, "at or above " + fmt(alerts.highMgDl()));
            }
        } else {
            highSinceMillis = Long.MIN_VALUE;
        }
    }

    private void sound(long t, String type, double reading, String why) {
        events.add(t, type, "CGM " + fmt(reading) + " mg/dL " + why, null, null, null);
        listener.onAlert(t, type, reading);
    }

    private void remember(long t, double reading) {
        times[head] = t;
        values[head] = reading;
        head = (head + 1) % times.length;
        count = Math.min(count + 1, times.length);
    }

    /** (reading now − the newest reading at least 15 min older) / minutes between them, or null without one within an hour. */
    private Double slopePerMinute(long t) {
        int newest = Math.floorMod(head - 1, times.length);
        for (int i = 1; i < count; i++) {
            int k = Math.floorMod(head - 1 - i, times.length);
            long age = t - times[k];
            if (age > 3_600_000L) {
                return null;
            }
            if (age >= TREND_MILLIS) {
                return (values[newest] - values[k]) / (age / 60_000.0);
            }
        }
        return null;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
