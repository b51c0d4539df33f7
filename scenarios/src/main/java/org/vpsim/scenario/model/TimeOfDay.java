package org.vpsim.scenario.model;

/** Clock times written as {@code HH:mm} in scenario files, as minutes after midnight. */
public final class TimeOfDay {
    /** {@code HH:mm}, 00:00 to 23:59. */
    public static final String PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]";
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(PATTERN);
    public static final String WORDS = "a clock time HH:mm from 00:00 to 23:59";

    private TimeOfDay() {
    }

    /** Minutes after midnight for {@code HH:mm}; the message names the field. */
    public static int minutesOfDay(String field, String text) {
        if (text == null || !CLOCK.matcher(text).matches()) {
            throw new ScenarioException(java.util.List.of(new Problem(field, text == null ? null : FieldRules.render(text),
                    WORDS, "")));
        }
        return Integer.parseInt(text.substring(0, 2)) * 60 + Integer.parseInt(text.substring(3, 5));
    }

    /** Minutes after midnight, or -1 when {@code text} is not a clock time (the field check reports it). */
    static int orMinusOne(String text) {
        return text != null && CLOCK.matcher(text).matches() ? minutesOfDay("", text) : -1;
    }
}
