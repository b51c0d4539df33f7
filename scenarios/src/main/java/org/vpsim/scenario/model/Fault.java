package org.vpsim.scenario.model;

import java.util.List;
import java.util.Set;

/**
 * A device fault injected at a time after the scenario start: {@code occlusion}, {@code leak},
 * {@code dislodgement} of the infusion set (until the set is changed), or {@code sensor-dropout} lasting
 * {@code durationHours}.
 * It applies to every arm and patient, or only to the {@code arms} / {@code patients} named, so a
 * study can compare a faulted arm with an intact one under common random numbers.
 */
public record Fault(
        @Field(doc = "What goes wrong: occlusion (no insulin reaches the body until the set is changed), leak (part of"
                + " each stroke is lost), dislodgement (the cannula is out: nothing is absorbed), sensor-dropout (no CGM"
                + " readings).", required = true, values = {"occlusion", "leak", "dislodgement", "sensor-dropout"},
                example = "\"occlusion\"")
        String type,
        @Field(doc = "When the fault starts, in hours after the scenario start; it must fall inside the study.",
                unit = "h", min = 0, max = Scenario.MAX_DAYS * 24, example = "26")
        double atHours,
        @Field(doc = "sensor-dropout only: how long the sensor gives no readings (default 1 h). A pump fault"
                + " (occlusion, leak, dislodgement) has no duration: it lasts until the infusion set is changed"
                + " (after the alarm, or when the set is due).",
                unit = "h", min = 0, minExclusive = true, max = Scenario.MAX_DAYS * 24, example = "4")
        Double durationHours,
        @Field(doc = "Patients affected; empty: all.", dflt = "[]", maxItems = 100, pattern = "[A-Za-z0-9#_.-]{1,64}",
                patternWords = "a patient name of the cohort such as \"adult#001\"", example = "[\"adult#001\"]")
        List<String> patients,
        @Field(doc = "Arms affected (by name); empty: all.", dflt = "[]", maxItems = Scenario.MAX_ARMS,
                pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", patternWords = "the name of an arm", example = "[\"occluded\"]")
        List<String> arms) {
    public static final Set<String> TYPES = Set.of("occlusion", "leak", "dislodgement", "sensor-dropout");

    public Fault {
        patients = patients == null ? List.of() : List.copyOf(patients.stream().map(s -> s == null ? "" : s).toList());
        arms = arms == null ? List.of() : List.copyOf(arms.stream().map(s -> s == null ? "" : s).toList());
        Problems p = new Problems();
        FieldRules.checkRecord(Fault.class, p, type, atHours, durationHours, patients, arms);
        if (durationHours != null && type != null && !"sensor-dropout".equals(type)) {
            p.add("durationHours", durationHours, "no durationHours for a pump fault",
                    "a " + type + " lasts until the infusion set is changed; leave durationHours out");
        }
        p.throwIfAny();
    }
}
