package org.vpsim.results;

import java.util.regex.Pattern;

/** Field checks shared by the row records, with messages that name the field and the value. */
final class Checks {

    /**
     * Arm names become directory names ({@code timeseries/arm=<arm>/}), so they are restricted to
     * characters that need no escaping in a Hive partition path on any file system.
     */
    private static final Pattern ARM = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private Checks() {
    }

    static String arm(String arm) {
        if (arm == null || !ARM.matcher(arm).matches()) {
            throw new IllegalArgumentException("arm: '" + arm
                    + "' is not a valid arm name (letters, digits, '_', '.', '-'; not starting with '.' or '-')");
        }
        return arm;
    }

    static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": '" + value + "' is blank");
        }
        return value;
    }

    static int replicate(int replicate) {
        if (replicate < 0) {
            throw new IllegalArgumentException("replicate: " + replicate + " is negative");
        }
        return replicate;
    }

    static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not finite");
        }
    }

    static void nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + ": " + value + " is negative or not finite");
        }
    }

    static void nonNegativeOrNull(String field, Double value) {
        if (value != null) {
            nonNegative(field, value);
        }
    }

    static void positiveOrNull(String field, Double value) {
        if (value != null && (!Double.isFinite(value) || value <= 0)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a finite positive number");
        }
    }
}
