package org.vpsim.scenario.run;

import java.util.List;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.SnapshotLog;
import org.vpsim.core.Priority;
import org.vpsim.core.Simulation;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.pump.sensor.CgmSensor;
import org.vpsim.pump.sensor.CgmSpec;

/**
 * The CGM as the person's devices see it: samples the patient's interstitial glucose through the
 * sensor model, blanks readings during a sensor-dropout fault, logs sensor changes, and keeps the last six
 * hours of readings for the controller.
 */
final class CgmChannel {
    /** Event type of a sensor replacement in events.parquet. */
    static final String SENSOR_CHANGE_EVENT = "SENSOR_CHANGE";

    /** How much history a controller is shown (external protocol, version 1). */
    static final double HISTORY_MINUTES = 360.0;

    private final CgmSensor sensor;
    private final VirtualPatient body;
    // Every reading, the last six hours from log index historyStart on; history() hands that window out as an
    // immutable list without copying it (it was copied at every observation: see SnapshotLog).
    private final SnapshotLog<CgmReading> history = new SnapshotLog<>();
    private long historyStart;
    private long dropoutUntilMillis = -1;
    private long biasUntilMillis = -1;
    private double biasFraction;
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
        } else if (reading != null && now < biasUntilMillis) {
            // A biased sensor (a fault): the reading off by a fixed share, still within the display range.
            CgmSpec spec = sensor.spec();
            reading = Math.max(spec.minMgDl(), Math.min(spec.maxMgDl(), reading * (1 + biasFraction)));
        }
        lastSampleMillis = now;
        lastSampleReading = reading;
        if (reading != null) {
            double minute = now / 60_000.0;
            history.add(new CgmReading(minute, reading));
            while (history.get(historyStart).minute() < minute - HISTORY_MINUTES) {
                historyStart++;
            }
            history.forgetBefore(historyStart);
        }
        return reading;
    }

    /**
     * Logs each sensor change of the run as a {@value #SENSOR_CHANGE_EVENT} event at its time (k × sensor life),
     * before that instant's sample; none when the sensor is never replaced. The readings themselves come from the
     * sensor model, which knows the change times (warm-up, new Vettoretti sensor parameters).
     */
    void scheduleSensorChanges(Simulation sim, EventLog events, long durationMillis) {
        long life = sensor.spec().effectiveSensorLifeMillis();
        if (life == 0) {
            return;
        }
        long warmUpMinutes = sensor.spec().warmUpMillis() / 60_000;
        Ticks.repeating(sim, life, life, durationMillis - 1, Priority.INPUT, t -> events.add(t, SENSOR_CHANGE_EVENT,
                "sensor " + (sensor.spec().sensorIndexAt(t) + 1) + " inserted"
                        + (warmUpMinutes > 0 ? "; no readings during its " + warmUpMinutes + "-min warm-up" : ""),
                null, null, null));
    }

    void dropOutUntil(long untilMillis) {
        dropoutUntilMillis = Math.max(dropoutUntilMillis, untilMillis);
    }

    /** Readings are {@code fraction} too high (negative: too low) until {@code untilMillis}: a CGM bias fault. */
    void biasUntil(long untilMillis, double fraction) {
        biasUntilMillis = untilMillis;
        biasFraction = fraction;
    }

    /** The reading of the latest sample (what the display shows), or null when it gave none. */
    Double currentReading() {
        return lastSampleReading;
    }

    /** The reading of the sample taken exactly at {@code now}, or null (no sample then, or no reading). */
    Double readingAt(long now) {
        return lastSampleMillis == now ? lastSampleReading : null;
    }

    /** Readings of the last six hours, oldest first: an immutable list (it never changes afterwards). */
    List<CgmReading> history() {
        return history.since(historyStart);
    }

    long sampleIntervalMillis() {
        return sensor.spec().sampleIntervalMillis();
    }
}
