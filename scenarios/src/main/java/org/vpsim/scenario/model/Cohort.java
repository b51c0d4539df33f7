package org.vpsim.scenario.model;

import java.util.List;

/**
 * Who is simulated: named virtual patients (e.g. {@code adult#001}) and/or groups ({@code all},
 * {@code adults}, {@code adolescents}, {@code children}). Names are resolved against the model's
 * parameter set when the scenario is validated.
 */
public record Cohort(List<String> patients) {
    public Cohort {
        if (patients == null || patients.isEmpty()) {
            throw new IllegalArgumentException("patients: is empty; name at least one patient or group");
        }
        for (int i = 0; i < patients.size(); i++) {
            Checks.nonBlank("patients[" + i + "]", patients.get(i));
        }
        patients = List.copyOf(patients);
    }
}
