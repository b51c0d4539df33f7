package org.vpsim.scenario.model;

/** Constructor checks for scenario records; messages name the field and the offending value. */
final class Checks {
    private Checks() {
    }

    static double positive(String field, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + unit + " must be positive and finite");
        }
        return value;
    }

    static double nonNegative(String field, double value, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + unit + " is negative or not finite");
        }
        return value;
    }

    static double probability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a probability in [0, 1]");
        }
        return value;
    }

    static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": is missing or blank");
        }
        return value;
    }

    static double inRange(String field, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + ": " + value + unit + " is outside " + min + "–" + max + unit);
        }
        return value;
    }
}
