package org.vpsim.patient.population;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/**
 * Reading one patient entry of a population file ({@link PopulationModel#read}): the same checks and the same
 * wording for every model, each message starting with the entry's path {@code where}.
 */
public final class PatientJson {
    private PatientJson() {
    }

    /** The entry's {@code name}; refused when missing or blank. */
    public static String name(JsonNode entry, String where) {
        String name = entry.path("name").asText("");
        if (name.isBlank()) {
            throw new IllegalArgumentException(where + ": name is missing");
        }
        return name;
    }

    /** The number in {@code field}; refused when missing or not a number. */
    public static double number(JsonNode entry, String where, String field) {
        JsonNode v = entry.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(where + ": " + field + " is missing or not a number");
        }
        return v.doubleValue();
    }

    /** The number in {@code field}, or {@code absent} when the entry has no such field. */
    public static double number(JsonNode entry, String where, String field, double absent) {
        return entry.has(field) ? number(entry, where, field) : absent;
    }

    /**
     * The model's parameter record made by {@code make}; a constructor's refusal (which names the parameter) is
     * reported under the entry's path.
     */
    public static <P> P parameters(String where, Supplier<P> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(where) ? e : new IllegalArgumentException(where + "." + e.getMessage());
        }
    }
}
