package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who is simulated: named virtual patients (e.g. {@code adult#001}) and/or groups ({@code all},
 * {@code adults}, {@code adolescents}, {@code children}), of the model's built-in cohort or of a patient
 * {@code file}. Names are resolved when the study is planned ({@code StudyPlan}), the file against the
 * scenario's folder; a patient named twice runs once. {@code file} is left out of the scenario as run when
 * absent, so scenarios without it keep their checksum.
 */
public record Cohort(
        @Field(doc = "Patient names of the model (adolescent#001…#010, adult#001…#010, child#001…#010 for"
                + " uva-padova-2008) or of the file, or groups: all, adults, adolescents, children. Required"
                + " unless file is given; then it defaults to [\"all\"].",
                maxItems = 100, pattern = "[A-Za-z0-9#_.-]{1,64}",
                patternWords = "a patient name such as \"adult#001\" or a group (all, adults, adolescents, children)",
                example = "[\"adults\", \"child#003\"]")
        List<String> patients,
        @Field(doc = "A patient file (e.g. written by vpsim cohort generate), relative to the scenario file's folder;"
                + " when given, names and groups refer to its patients instead of the model's built-in ones, and its"
                + " model must be the scenario's model.", pattern = "[\\s\\S]*\\S[\\s\\S]*",
                patternWords = "a non-blank file path", example = "\"cohort.json\"")
        @JsonInclude(JsonInclude.Include.NON_NULL) String file) {
    public Cohort {
        patients = patients == null ? null : List.copyOf(patients.stream().map(s -> s == null ? "" : s).toList());
        if (file != null && (patients == null || patients.isEmpty())) {
            patients = List.of("all");
        }
        Problems p = new Problems();
        FieldRules.checkRecord(Cohort.class, p, patients, file);
        if (patients == null || patients.isEmpty()) {
            p.add(patients == null ? Problem.missing("patients", "a list of at least 1 patient name or group (or a file)")
                    : new Problem("patients", "0 items", "a list of 1 to 100 items (or a file)", ""));
        }
        p.throwIfAny();
    }

    /** Named patients or groups of the model's built-in cohort. */
    public Cohort(List<String> patients) {
        this(patients, null);
    }
}
