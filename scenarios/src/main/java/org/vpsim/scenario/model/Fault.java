package org.vpsim.scenario.model;

import java.util.Locale;
import java.util.Set;

/**
 * A device fault injected at a time after the scenario start: {@code occlusion}, {@code leak},
 * {@code dislodgement} of the infusion set, or {@code sensor-dropout} lasting {@code durationHours}.
 * It applies to every arm and patient, or only to the {@code arms} / {@code patients} named, so a
 * study can compare a faulted arm with an intact one under common random numbers.
 */
public record Fault(String type, double atHours, Double durationHours, java.util.List<String> patients,
                    java.util.List<String> arms) {
    public static final Set<String> TYPES = Set.of("occlusion", "leak", "dislodgement", "sensor-dropout");

    public Fault {
        Checks.nonBlank("type", type);
        type = type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type: '" + type + "' is not a fault; known: " + TYPES);
        }
        Checks.nonNegative("atHours", atHours, " h");
        if (durationHours != null) {
            Checks.positive("durationHours", durationHours, " h");
        }
        patients = patients == null ? java.util.List.of() : java.util.List.copyOf(patients);
        arms = arms == null ? java.util.List.of() : java.util.List.copyOf(arms);
    }
}
