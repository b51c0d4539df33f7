package org.vpsim.controller;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads typed values out of {@link Settings} and collects every problem instead of stopping at the
 * first, so that a provider parses and validates with one piece of code:
 * <pre>{@code
 * SettingsReader r = new SettingsReader(settings);
 * double target = r.number("targetMgDl", 110, 70, 200, "mg/dL");
 * List<SettingsProblem> problems = r.finish();   // also reports keys nobody read
 * }</pre>
 */
public final class SettingsReader {
    private final Settings settings;
    private final Set<String> read = new LinkedHashSet<>();
    private final List<SettingsProblem> problems = new ArrayList<>();

    public SettingsReader(Settings settings) {
        this.settings = settings == null ? Settings.empty() : settings;
    }

    /** A finite number in [min, max]; the default when absent. */
    public double number(String key, double defaultValue, double min, double max, String unit) {
        read.add(key);
        if (!settings.values().containsKey(key)) {
            return defaultValue;
        }
        Object v = settings.values().get(key);
        String allowed = "a number from " + plain(min) + " to " + plain(max) + (unit.isEmpty() ? "" : " (" + unit + ")");
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < min
                || n.doubleValue() > max) {
            problems.add(new SettingsProblem(key, v, allowed));
            return defaultValue;
        }
        return n.doubleValue();
    }

    /** A whole number in [min, max]; the default when absent. */
    public long integer(String key, long defaultValue, long min, long max, String unit) {
        read.add(key);
        if (!settings.values().containsKey(key)) {
            return defaultValue;
        }
        Object v = settings.values().get(key);
        String allowed = "a whole number from " + min + " to " + max + (unit.isEmpty() ? "" : " (" + unit + ")");
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.doubleValue() < min || n.doubleValue() > max) {
            problems.add(new SettingsProblem(key, v, allowed));
            return defaultValue;
        }
        return n.longValue();
    }

    /** One of the allowed words (case-insensitive, returned in lower case); the default when absent. */
    public String oneOf(String key, String defaultValue, List<String> allowedValues) {
        read.add(key);
        if (!settings.values().containsKey(key)) {
            return defaultValue;
        }
        Object v = settings.values().get(key);
        if (v instanceof String s && allowedValues.contains(s.toLowerCase(Locale.ROOT))) {
            return s.toLowerCase(Locale.ROOT);
        }
        problems.add(new SettingsProblem(key, v, "one of " + String.join(", ", allowedValues)));
        return defaultValue;
    }

    /** true or false; the default when absent. */
    public boolean bool(String key, boolean defaultValue) {
        read.add(key);
        if (!settings.values().containsKey(key)) {
            return defaultValue;
        }
        Object v = settings.values().get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        problems.add(new SettingsProblem(key, v, "true or false"));
        return defaultValue;
    }

    /** A rule across fields, e.g. a low limit below a high one; reported at {@code key}. */
    public void require(boolean ok, String key, String allowed) {
        if (!ok) {
            problems.add(new SettingsProblem(key, settings.values().get(key), allowed));
        }
    }

    /** The problems found so far plus one per key that no read asked for (a misspelt setting). */
    public List<SettingsProblem> finish() {
        List<SettingsProblem> all = new ArrayList<>(problems);
        for (String key : settings.values().keySet()) {
            if (!read.contains(key)) {
                all.add(new SettingsProblem(key, settings.values().get(key),
                        read.isEmpty() ? "no settings (this controller takes none)"
                                : "a known setting: " + String.join(", ", read)));
            }
        }
        return List.copyOf(all);
    }

    /** Throws with every problem when there are any; for {@link ControllerProvider#create}. */
    public void finishOrThrow() {
        List<SettingsProblem> all = finish();
        if (!all.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (SettingsProblem p : all) {
                sb.append(sb.length() == 0 ? "" : "; ").append(p.describe(""));
            }
            throw new IllegalArgumentException(sb.toString());
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
