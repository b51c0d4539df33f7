package org.vpsim.results.columns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * A result table: its columns in stored order (the order is part of the file contract) and how a
 * stored row turns back into its record.
 *
 * @param name     table name (also the Parquet message name)
 * @param version  schema identifier written into each file's footer, e.g. {@code summary/2}
 * @param columns  columns in stored order
 * @param reader   builds a record from a stored row's values
 * @param <R>      the row record
 */
public record Table<R>(String name, String version, List<Column<R>> columns, Function<Values, R> reader) {

    public Table {
        Objects.requireNonNull(name, "name: null");
        Objects.requireNonNull(version, "version: null");
        columns = List.copyOf(columns);
        Objects.requireNonNull(reader, "reader: null");
        List<String> seen = new ArrayList<>();
        for (Column<R> c : columns) {
            if (seen.contains(c.name())) {
                throw new IllegalArgumentException(name + ": column " + c.name() + " is listed twice");
            }
            seen.add(c.name());
        }
    }

    /** The record of a stored row. */
    public R read(Values values) {
        return reader.apply(values);
    }

    /** Column names in stored order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The stored position of the column called {@code name}. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(this.name + " has no column '" + name + "'");
    }

    /** The column called {@code name}. */
    public Column<R> column(String name) {
        for (Column<R> c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(this.name + " has no column '" + name + "'");
    }

    /** Collects the columns of a table in stored order. */
    public static final class Builder<R> {
        private final List<Column<R>> columns = new ArrayList<>();

        public Builder<R> required(String name, String unit, ColumnType type, String description,
                                   Function<? super R, ?> value) {
            columns.add(new Column<>(name, unit, type, false, description, value));
            return this;
        }

        /** A required DOUBLE column whose writer need not box its values. */
        public Builder<R> requiredDouble(String name, String unit, String description, ToDoubleFunction<? super R> value) {
            columns.add(new Column<>(name, unit, ColumnType.DOUBLE, false, description, r -> value.applyAsDouble(r), value));
            return this;
        }

        /** A required INT64 or TIMESTAMP_MILLIS column whose writer need not box its values. */
        public Builder<R> requiredLong(String name, String unit, ColumnType type, String description,
                                       ToLongFunction<? super R> value) {
            columns.add(new Column<>(name, unit, type, false, description, r -> value.applyAsLong(r), value));
            return this;
        }

        /** A required INT32 column whose writer need not box its values. */
        public Builder<R> requiredInt(String name, String unit, String description, ToIntFunction<? super R> value) {
            columns.add(new Column<>(name, unit, ColumnType.INT32, false, description, r -> value.applyAsInt(r), value));
            return this;
        }

        public Builder<R> optional(String name, String unit, ColumnType type, String description,
                                   Function<? super R, ?> value) {
            columns.add(new Column<>(name, unit, type, true, description, value));
            return this;
        }

        public Table<R> build(String name, String version, Function<Values, R> reader) {
            return new Table<>(name, version, columns, reader);
        }
    }
}
