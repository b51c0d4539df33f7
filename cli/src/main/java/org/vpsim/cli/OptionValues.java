package org.vpsim.cli;

import picocli.CommandLine.TypeConversionException;

/** Parses numeric option values, with refusals in plain words (never a Java type name). */
final class OptionValues {
    private OptionValues() {
    }

    static Double number(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            if (!Double.isFinite(d)) {
                throw new TypeConversionException("'" + text + "' is not a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
    }

    static Long wholeNumber(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number (from "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")");
        }
    }

    static Integer integer(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number (from "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
        }
    }
}
