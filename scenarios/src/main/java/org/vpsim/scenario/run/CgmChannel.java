package org.vpsim.scenario.run;

import java.util.ArrayDeque;
import java.util.List;
import org.vpsim.controller.CgmReading;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.pump.sensor.CgmSensor;

/**
 * The CGM as the person's devices see it: samples the patient's interstitial glucose through the
 * sensor model, blanks readings during a sensor-dropout fault, and keeps the last six hours of
 * readings for the controller.
 */
final class CgmChannel {
    /** How much history a controller is shown (external protocol, version 1). */
    static final double HISTORY_MINUTES = 360.0;

    private final CgmSensor sensor;
    private final VirtualPatient body;
    private final ArrayDeque<CgmReading> history = new ArrayDeque<>();
    private long dropoutUntilMillis = -1;
    private long lastSampleMillis = -1;
    private Double lastSampleReading;

    CgmChannel(CgmSensor sensor, VirtualPatient body) {
        this.sensor = sensor;
        this.body = body;
    }

    /** Takes the sample due now; returns the reading or null. */
    Double sample(long now) {
        Double reading = sensor.sample(now, body.interstitialGlucoseMgDl());
        if (now < dropoutUntilMillis) {
            reading = null;
        }
        lastSampleMillis = now;
        lastSampleReading = reading;
        if (reading != null) {
            double minute = now / 60_000.0;
            history.addLast(new CgmReading(minute, reading));
            while (history.peekFirst().minute() < minute - HISTORY_MINUTES) {
                history.removeFirst();
            }
        }
        return reading;
    }

    void dropOutUntil(long untilMillis) {
        dropoutUntilMillis = untilMillis;
    }

    /** The reading of the latest sample (what the display shows), or null when it gave none. */
    Double currentReading() {
        return lastSampleReading;
    }

    /** The reading of the sample taken exactly at {@code now}, or null (no sample then, or no reading). */
    Double readingAt(long now) {
        return lastSampleMillis == now ? lastSampleReading : null;
    }

    /** Readings of the last six hours, oldest first. */
    List<CgmReading> history() {
        return List.copyOf(history);
    }

    long sampleIntervalMillis() {
        return sensor.spec().sampleIntervalMillis();
    }
}
