package org.vpsim.controller;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A controller's settings as written in the scenario ({@code controller.settings}): a JSON object
 * whose values are {@code null}, {@link Boolean}, {@link Number}, {@link String}, {@link java.util.List}
 * or {@link Map} of the same. Read and checked with {@link SettingsReader}.
 *
 * @param values the keys in file order; never null
 */
public record Settings(Map<String, Object> values) {

    public Settings {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Settings empty() {
        return new Settings(Map.of());
    }
}
