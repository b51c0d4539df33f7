package org.vpsim.scenario.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The therapy algorithm of an arm: {@code {"type": "<provider id>", "settings": {…}}}. The type names a
 * controller provider (built-in: {@code bolus-calculator}, {@code basal-only},
 * {@code low-glucose-suspend}, {@code predictive-low-glucose-suspend}, {@code hybrid-closed-loop}; or
 * one from a plug-in jar), or {@code external} for a program in any language speaking the
 * external-controller protocol, started with {@code command}. The provider checks {@code settings}
 * before anything runs ({@code arms[i].controller.settings.<key>}); {@code settings} of an external
 * controller are handed to the program untouched.
 *
 * @param type          provider id; default {@code bolus-calculator}
 * @param settings      the provider's settings (a JSON object); default empty
 * @param command       external only: program and arguments; a relative program path is resolved
 *                      against the scenario file's folder
 * @param timeoutMillis external only: how long one answer may take, ms (default 5000)
 */
public record ControllerSettings(String type, Map<String, Object> settings, List<String> command, Long timeoutMillis) {
    public static final String EXTERNAL = "external";
    public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ControllerSettings {
        type = type == null ? "bolus-calculator" : type.toLowerCase(Locale.ROOT);
        if (!ID.matcher(type).matches()) {
            throw new IllegalArgumentException("type: '" + type + "' is not a controller id (lower-case letters, digits, '-')");
        }
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        if (EXTERNAL.equals(type)) {
            if (command == null || command.isEmpty() || command.stream().anyMatch(c -> c == null || c.isBlank())) {
                throw new IllegalArgumentException("command: an external controller needs a command, e.g. [\"python3\", \"controller.py\"]");
            }
            command = List.copyOf(command);
            timeoutMillis = timeoutMillis == null ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis;
            if (timeoutMillis < 1 || timeoutMillis > 600_000) {
                throw new IllegalArgumentException("timeoutMillis: " + timeoutMillis + " ms is outside 1–600000 ms");
            }
        } else {
            if (command != null) {
                throw new IllegalArgumentException("command: only an external controller takes a command (type is '" + type + "')");
            }
            if (timeoutMillis != null) {
                throw new IllegalArgumentException("timeoutMillis: only an external controller takes a time-out (type is '" + type + "')");
            }
            command = null;
        }
    }

    public static ControllerSettings defaults() {
        return new ControllerSettings(null, null, null, null);
    }

    public boolean external() {
        return EXTERNAL.equals(type);
    }
}
