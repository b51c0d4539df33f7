package org.vpsim.scenario.run;

import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.patient.variability.PhysiologyVariability;
import org.vpsim.patient.variability.VariabilityParameters;

/**
 * Applies the scenario's physiological variability to the patient: insulin sensitivity and endogenous glucose
 * production recomputed every update interval (piecewise constant), and an absorption multiplier drawn at each meal
 * start. Draws from the patient's PHYSIOLOGY_VARIABILITY sub-streams 0 (walk) and 1 (meals): arm-independent, so
 * every arm sees the same physiology. With variability off nothing is scheduled and nothing is drawn.
 */
final class VariabilityDriver {
    private final VirtualPatient body;
    private final PhysiologyVariability variability;

    private VariabilityDriver(VirtualPatient body, PhysiologyVariability variability) {
        this.body = body;
        this.variability = variability;
    }

    /** Schedules the updates; returns null when the parameters vary nothing. */
    static VariabilityDriver start(VariabilityParameters p, Simulation sim, VirtualPatient body, RandomStreams streams,
                                   String patient, int startMinuteOfDay, long durationMillis) {
        if (!p.enabled()) {
            return null;
        }
        VariabilityDriver d = new VariabilityDriver(body, new PhysiologyVariability(p,
                streams.stream(patient, StreamPurpose.PHYSIOLOGY_VARIABILITY, 0),
                streams.stream(patient, StreamPurpose.PHYSIOLOGY_VARIABILITY, 1)));
        Ticks.repeating(sim, 0, Math.round(p.updateMinutes() * SimTime.MILLIS_PER_MINUTE), durationMillis - 1,
                Priority.INPUT, t -> d.update(t, startMinuteOfDay));
        return d;
    }

    private void update(long timeMillis, int startMinuteOfDay) {
        double minutes = timeMillis / (double) SimTime.MILLIS_PER_MINUTE;
        double minuteOfDay = (minutes + startMinuteOfDay) % 1440.0;
        body.setInsulinSensitivityMultiplier(variability.insulinSensitivityAt(minutes, minuteOfDay));
        body.setEndogenousGlucoseMultiplier(variability.endogenousGlucoseAt(minuteOfDay));
    }

    /** A meal starts: its absorption multiplier takes over the gut. */
    void onMealStart() {
        body.setCarbAbsorptionMultiplier(variability.nextMealAbsorptionMultiplier());
    }
}
