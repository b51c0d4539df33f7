package org.vpsim.scenario.model;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Parses clock times written as {@code HH:mm} in scenario files into minutes after midnight. */
public final class TimeOfDay {
    private TimeOfDay() {
    }

    /** Minutes after midnight for {@code HH:mm} (or {@code HH:mm:ss}); the message names the field. */
    public static int minutesOfDay(String field, String text) {
        if (text == null) {
            throw new IllegalArgumentException(field + ": is missing (expected a clock time HH:mm)");
        }
        try {
            LocalTime t = LocalTime.parse(text.trim());
            if (t.getSecond() != 0 || t.getNano() != 0) {
                throw new IllegalArgumentException(field + ": '" + text + "' must be a whole minute (HH:mm)");
            }
            return t.getHour() * 60 + t.getMinute();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a clock time HH:mm");
        }
    }
}
