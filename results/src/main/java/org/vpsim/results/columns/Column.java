package org.vpsim.results.columns;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One column of a result table: the single place its name, unit, type, nullability and meaning are
 * stated, and how its value is read from a row record.
 *
 * @param name        column name (lower snake case, the unit as suffix where it has one)
 * @param unit        unit of the values ("mg/dL", "U", "%", …), or "" for text, counts and indices
 * @param type        storage type
 * @param nullable    whether a row may have no value
 * @param description one sentence for the documentation
 * @param value       the value of a row, typed as {@link ColumnType} says; null only when nullable
 * @param <R>         the row record
 */
public record Column<R>(String name, String unit, ColumnType type, boolean nullable, String description,
                        Function<? super R, ?> value) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Column {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: '" + name + "' is not a lower snake case column name");
        }
        Objects.requireNonNull(unit, "unit: null");
        Objects.requireNonNull(type, "type: null");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(name + ": no description");
        }
        Objects.requireNonNull(value, "value: null");
    }

    /** The value of this column in {@code row}. */
    public Object of(R row) {
        return value.apply(row);
    }
}
