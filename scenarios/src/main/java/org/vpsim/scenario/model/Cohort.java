package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who is simulated: named virtual patients (e.g. {@code adult#001}) and/or groups ({@code all},
 * {@code adults}, {@code adolescents}, {@code children}), of the model's built-in cohort or of a patient
 * {@code file}. Names are resolved when the study is planned ({@code StudyPlan}), the file against the
 * scenario's folder; a patient named twice runs once. {@code file} is left out of the scenario as run when
 * absent, and {@code replicates} when 1, so scenarios without them keep their checksum.
 *
 * <p>{@code replicates}: Monte Carlo replicates — every patient runs this many times in every arm, replicate r
 * with its own random streams (r is part of every stream key; replicate 0's streams are those of a study
 * without replicates, so replicate 0 reproduces it exactly). Arms share the streams of a replicate: common
 * random numbers hold within each replicate.
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String file,
        @Field(doc = "Monte Carlo replicates: every patient is simulated this many times in every arm, each time with"
                + " independent random draws (meals, sensor noise, pump errors, variability, behaviour); replicate 0 is"
                + " the study without replicates, and the arms share the draws of each replicate (common random numbers).",
                dflt = "1", min = 1, max = Cohort.MAX_REPLICATES, example = "100",
                hint = "the run time and the time-series rows grow with patients × arms × replicates × days")
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Cohort.OneReplicate.class) Integer replicates) {
    /** Most Monte Carlo replicates a study may ask for. */
    public static final int MAX_REPLICATES = 10_000;

    public Cohort {
        patients = patients == null ? null : List.copyOf(patients.stream().map(s -> s == null ? "" : s).toList());
        if (file != null && (patients == null || patients.isEmpty())) {
            patients = List.of("all");
        }
        Problems p = new Problems();
        replicates = replicates == null ? 1 : replicates;
        FieldRules.checkRecord(Cohort.class, p, patients, file, replicates);
        if (patients == null || patients.isEmpty()) {
            p.add(patients == null ? Problem.missing("patients", "a list of at least 1 patient name or group (or a file)")
                    : new Problem("patients", "0 items", "a list of 1 to 100 items (or a file)", ""));
        }
        p.throwIfAny();
    }

    /** Named patients or groups of the model's built-in cohort. */
    public Cohort(List<String> patients) {
        this(patients, null, null);
    }

    /** Named patients or groups, of a file when {@code file} is not null; one replicate. */
    public Cohort(List<String> patients, String file) {
        this(patients, file, null);
    }

    /** This cohort with {@code n} Monte Carlo replicates. */
    public Cohort withReplicates(int n) {
        return new Cohort(patients, file, n);
    }

    /**
     * Jackson's filter for {@code replicates}: 1 (no replicates) is left out of the scenario as written, so a
     * study without replicates has the same JSON and checksum as before the field existed.
     */
    static final class OneReplicate {
        @Override
        public boolean equals(Object value) {
            return value instanceof Integer n && n == 1;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
