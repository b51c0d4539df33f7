package org.vpsim.results.columns;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
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
 * @param primitive   for a required numeric column, the same value without boxing (a writer's fast path for
 *                    the per-row columns of the time series): a {@link ToDoubleFunction} for DOUBLE, a
 *                    {@link ToLongFunction} for INT64 and TIMESTAMP_MILLIS, a {@link ToIntFunction} for INT32;
 *                    null otherwise
 * @param <R>         the row record
 */
public record Column<R>(String name, String unit, ColumnType type, boolean nullable, String description,
                        Function<? super R, ?> value, Object primitive) {

    /** A column read only through {@code value}. */
    public Column(String name, String unit, ColumnType type, boolean nullable, String description,
                  Function<? super R, ?> value) {
        this(name, unit, type, nullable, description, value, null);
    }

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
        if (primitive != null && (nullable || !(type == ColumnType.DOUBLE && primitive instanceof ToDoubleFunction
                || (type == ColumnType.INT64 || type == ColumnType.TIMESTAMP_MILLIS) && primitive instanceof ToLongFunction
                || type == ColumnType.INT32 && primitive instanceof ToIntFunction))) {
            throw new IllegalArgumentException(name + ": a primitive accessor needs a required " + type + " column of its kind");
        }
    }

    /** The value of this column in {@code row}. */
    public Object of(R row) {
        return value.apply(row);
    }
}
