package org.vpsim.scenario.model;

import java.util.Objects;

/**
 * One thing wrong with a scenario, in the words a reader of the file understands.
 *
 * @param path    where: the JSON path of the field ({@code arms[1].pump.pulseUnits}), an option as the
 *                user typed it ({@code --days}), or empty for the file as a whole
 * @param value   what was found, as JSON text; null when the problem is stated by {@code allowed} alone
 *                (a missing field, a file that is not JSON)
 * @param allowed what is allowed, e.g. {@code "a number from 0.005 to 0.5 (U)"}; when {@code value} is
 *                null, the whole statement of the problem
 * @param hint    advice, or empty
 */
public record Problem(String path, String value, String allowed, String hint) {
    public Problem {
        path = path == null ? "" : path;
        Objects.requireNonNull(allowed, "allowed");
        hint = hint == null ? "" : hint;
    }

    /** {@code path: found VALUE; expected ALLOWED. HINT} */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        if (value == null) {
            sb.append(allowed);
        } else {
            sb.append("found ").append(value).append("; expected ").append(allowed);
        }
        if (!hint.isEmpty()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }

    /** A required field that is absent. */
    public static Problem missing(String path, String allowed) {
        return new Problem(path, null, "missing; expected " + allowed, "");
    }

    /** A problem stated in words alone, e.g. {@code "the file is empty"}. */
    public static Problem stated(String path, String text) {
        return new Problem(path, null, text, "");
    }

    /** The same problem under {@code prefix} (a parent path) or renamed as a command-line option. */
    public Problem under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Problem(prefix, value, allowed, hint);
        }
        return new Problem(path.startsWith("[") ? prefix + path : prefix + "." + path, value, allowed, hint);
    }

    public Problem withHint(String newHint) {
        return new Problem(path, value, allowed, newHint);
    }

    public Problem withPath(String newPath) {
        return new Problem(newPath, value, allowed, hint);
    }

    @Override
    public String toString() {
        return describe();
    }
}
