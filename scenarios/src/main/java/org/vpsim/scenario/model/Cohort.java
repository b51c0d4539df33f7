package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who is simulated: named virtual patients (e.g. {@code adult#001}) and/or groups ({@code all},
 * {@code adults}, {@code adolescents}, {@code children}). Names are resolved against the model's
 * parameter set when the scenario is validated.
 *
 * @param patients names or groups; default {@code ["all"]} when a {@code file} is given
 * @param file     optional patient file (e.g. written by {@code vpsim cohort generate}), resolved relative to
 *                 the scenario file; when given, names and groups refer to its patients instead of the
 *                 model's built-in ones; left out of the scenario as run when absent, so that scenarios
 *                 without it keep their checksum
 */
public record Cohort(List<String> patients, @JsonInclude(JsonInclude.Include.NON_NULL) String file) {
    public Cohort {
        if (file != null) {
            Checks.nonBlank("file", file);
            if (patients == null || patients.isEmpty()) {
                patients = List.of("all");
            }
        }
        if (patients == null || patients.isEmpty()) {
            throw new IllegalArgumentException("patients: is empty; name at least one patient or group");
        }
        for (int i = 0; i < patients.size(); i++) {
            Checks.nonBlank("patients[" + i + "]", patients.get(i));
        }
        patients = List.copyOf(patients);
    }

    /** Named patients or groups of the model's built-in cohort. */
    public Cohort(List<String> patients) {
        this(patients, null);
    }
}
