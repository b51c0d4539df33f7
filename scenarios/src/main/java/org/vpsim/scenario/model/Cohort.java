package org.vpsim.scenario.model;

import java.util.List;

/**
 * Who is simulated: named virtual patients (e.g. {@code adult#001}) and/or groups ({@code all},
 * {@code adults}, {@code adolescents}, {@code children}). Names are resolved against the model's
 * parameter set when the study is planned ({@code StudyPlan}); a patient named twice runs once.
 */
public record Cohort(
        @Field(doc = "Patient names of the model (adolescent#001…#010, adult#001…#010, child#001…#010 for"
                + " uva-padova-2008) or groups: all, adults, adolescents, children.", required = true,
                minItems = 1, maxItems = 100, pattern = "[A-Za-z0-9#_.-]{1,64}",
                patternWords = "a patient name such as \"adult#001\" or a group (all, adults, adolescents, children)",
                example = "[\"adults\", \"child#003\"]")
        List<String> patients) {
    public Cohort {
        patients = patients == null ? null : List.copyOf(patients.stream().map(s -> s == null ? "" : s).toList());
        Problems p = new Problems();
        FieldRules.checkRecord(Cohort.class, p, patients);
        p.throwIfAny();
    }
}
