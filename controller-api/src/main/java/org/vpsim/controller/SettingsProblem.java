package org.vpsim.controller;

import java.util.Objects;

/**
 * One thing wrong with a controller's settings, in the project's validation vocabulary: where, what
 * was found, what is allowed.
 *
 * @param path    field path relative to {@code settings}, e.g. {@code targetMgDl}
 * @param value   the value found, as the user wrote it (null when missing or null)
 * @param allowed what is allowed, in plain words, e.g. {@code "a number from 70 to 200 (mg/dL)"}
 */
public record SettingsProblem(String path, Object value, String allowed) {
    public SettingsProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(allowed, "allowed");
    }

    /** {@code path: value — allowed}, prefixed by where the settings sit in the scenario. */
    public String describe(String prefix) {
        return prefix + path + ": " + (value instanceof String ? "'" + value + "'" : String.valueOf(value))
                + " is not allowed; expected " + allowed;
    }
}
