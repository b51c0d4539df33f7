package org.vpsim.scenario.run;

import java.util.concurrent.ConcurrentHashMap;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;
import org.vpsim.scenario.model.Scenario;

/**
 * The therapy settings of a study's patients, worked out once per patient and shared by every arm, every worker
 * thread and every run of the same plan ({@code vpsim bench} repeats). Titration is a pure function of the
 * patient's model but costs about a simulated week of fasting and test meals per patient, which would otherwise
 * be paid again for each arm. Thread-safe; the result does not depend on which thread computes it first.
 */
public final class TherapyTable {
    private final Scenario scenario;
    private final ConcurrentHashMap<String, TherapySettings> byPatient = new ConcurrentHashMap<>();

    TherapyTable(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The settings {@code patient} is treated with in this study (titrated or published, as the scenario says). */
    public TherapySettings of(PatientModel patient) {
        return byPatient.computeIfAbsent(patient.patientName(), name -> TherapyChoice.of(scenario, patient));
    }
}
