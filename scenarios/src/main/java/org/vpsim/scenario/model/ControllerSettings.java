package org.vpsim.scenario.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The therapy algorithm of an arm: {@code {"type": "<provider id>", "settings": {…}}}. The type names a
 * controller provider (built-in: {@code bolus-calculator}, {@code basal-only},
 * {@code low-glucose-suspend}, {@code predictive-low-glucose-suspend}, {@code hybrid-closed-loop}, {@code mdi}; or
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
public record ControllerSettings(
        @Field(doc = "Controller provider id. Built in: bolus-calculator (meal bolus carbs/CR plus correction),"
                + " basal-only, low-glucose-suspend, predictive-low-glucose-suspend, hybrid-closed-loop, mdi (pen arms:"
                + " meal injections by the bolus calculator on the pen's step); a plug-in"
                + " jar adds others; external runs a program speaking the external-controller protocol.",
                dflt = "\"bolus-calculator\"", pattern = ControllerSettings.ID_PATTERN,
                patternWords = "a controller id (lower-case letters, digits, '-') such as \"bolus-calculator\"",
                example = {"\"bolus-calculator\"", "\"basal-only\"", "\"low-glucose-suspend\"",
                        "\"predictive-low-glucose-suspend\"", "\"hybrid-closed-loop\"", "\"external\""})
        String type,
        @Field(doc = "The controller's own settings; the provider checks them before anything runs"
                + " (errors name arms[i].controller.settings.KEY). Handed untouched to an external controller.",
                dflt = "{}", example = "{\"targetMgDl\": 110, \"correctionThresholdMgDl\": 150}")
        Map<String, Object> settings,
        @Field(doc = "external only: the program and its arguments; a relative program path is resolved against"
                + " the scenario file's folder.", minItems = 1, maxItems = 100, pattern = "[\\s\\S]*\\S[\\s\\S]*",
                patternWords = "a non-blank text", example = "[\"python3\", \"controller.py\"]")
        List<String> command,
        @Field(doc = "external only: how long one answer of the program may take.", unit = "ms", min = 1, max = 600_000,
                example = "5000", hint = "default 5000 ms for an external controller")
        Long timeoutMillis) {
    public static final String EXTERNAL = "external";
    /** What a controller id looks like: the scenario's {@code type} and every provider's {@code id()}. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;

    public ControllerSettings {
        type = type == null ? "bolus-calculator" : type;
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        boolean external = EXTERNAL.equals(type);
        if (external) {
            timeoutMillis = timeoutMillis == null ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis;
        }
        command = command == null ? null : List.copyOf(command.stream().map(c -> c == null ? "" : c).toList());
        Problems p = new Problems();
        FieldRules.checkRecord(ControllerSettings.class, p, type, settings, command, timeoutMillis);
        if (external && command == null) {
            p.add(Problem.missing("command", "the program to start, e.g. [\"python3\", \"controller.py\"]"));
        }
        if (!external && command != null) {
            p.add("command", command, "no command: only an external controller takes one (type is \"" + type + "\")", "");
        }
        if (!external && timeoutMillis != null) {
            p.add("timeoutMillis", timeoutMillis, "no time-out: only an external controller takes one (type is \""
                    + type + "\")", "");
        }
        p.throwIfAny();
    }

    public static ControllerSettings defaults() {
        return new ControllerSettings(null, null, null, null);
    }

    public boolean external() {
        return EXTERNAL.equals(type);
    }
}
