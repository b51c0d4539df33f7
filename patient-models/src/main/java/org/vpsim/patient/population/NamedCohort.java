package org.vpsim.patient.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;

/**
 * A {@link PatientCohort} over a fixed list of patients of one model: built-in nominal patients and patients
 * read from a population file. Groups are {@code all} plus the group label of each patient (e.g. {@code adults}).
 * Immutable.
 */
public final class NamedCohort implements PatientCohort {
    private final String modelId;
    private final String source;
    private final String sha256;
    private final Map<String, PatientModel> models;
    private final Map<String, List<PatientModel>> groups;

    /** A patient and its group label (null: only in {@code all}). */
    public record Member(PatientModel model, String group) {
    }

    public NamedCohort(String modelId, String source, String sha256, List<Member> members) {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("patients: is empty");
        }
        this.modelId = modelId;
        this.source = source;
        this.sha256 = sha256;
        Map<String, PatientModel> m = new LinkedHashMap<>();
        Map<String, List<PatientModel>> g = new LinkedHashMap<>();
        g.put("all", new ArrayList<>());
        for (Member member : members) {
            PatientModel p = member.model();
            if (!modelId.equals(p.modelId())) {
                throw new IllegalArgumentException("patient " + p.patientName() + " is a " + p.modelId()
                        + " patient, not " + modelId);
            }
            if (m.put(p.patientName(), p) != null) {
                throw new IllegalArgumentException("patient name '" + p.patientName() + "' is used twice");
            }
            g.get("all").add(p);
            if (member.group() != null && !member.group().isBlank()) {
                if (m.containsKey(member.group())) {
                    throw new IllegalArgumentException("group '" + member.group() + "' is also a patient name");
                }
                g.computeIfAbsent(member.group(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<PatientModel>> frozen = new LinkedHashMap<>();
        g.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.models = Collections.unmodifiableMap(m);
        this.groups = Collections.unmodifiableMap(frozen);
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public List<String> patientNames() {
        return List.copyOf(models.keySet());
    }

    @Override
    public List<String> groupNames() {
        return List.copyOf(groups.keySet());
    }

    @Override
    public List<PatientModel> resolve(String nameOrGroup) {
        List<PatientModel> group = groups.get(nameOrGroup);
        return group != null ? group : List.of(patient(nameOrGroup));
    }

    @Override
    public PatientModel patient(String name) {
        PatientModel m = name == null ? null : models.get(name);
        if (m == null) {
            List<String> names = List.copyOf(models.keySet());
            String shown = names.size() <= 12 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 10)) + ", … (" + names.size() + " patients)";
            throw new IllegalArgumentException("unknown patient '" + name + "' for model " + modelId
                    + "; valid names: " + shown + "; groups: " + String.join(", ", groups.keySet()));
        }
        return m;
    }

    @Override
    public String parameterSetSha256() {
        return sha256;
    }

    @Override
    public String source() {
        return source;
    }
}
