package org.vpsim.results.columns;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Rows of a catalogued {@link Table} held column by column in primitive arrays: DOUBLE in a {@code double[]},
 * INT64 and TIMESTAMP_MILLIS in a {@code long[]}, INT32 in an {@code int[]}, STRING in a {@code String[]}
 * (the row's own instances: patient and pump status repeat, so nothing is copied), and for each nullable
 * column a {@code boolean[]} saying whether the row has a value. Each column's value is read from the row by
 * the catalogue's accessor, so a column added to the catalogue is carried without an edit here.
 *
 * <p>Why: the rows of a study pass from the simulations through the spool to the Parquet writer, which
 * writes column values. Held as records they were encoded field by field into the spool, decoded back into a
 * record per row (boxing the nullable doubles) and taken apart again by the writer; held as columns the
 * spool copies whole arrays to and from its file and the writer reads primitives (issue 15:
 * {@code ParquetWriterBenchmark}).
 *
 * <p>Not thread-safe: filled on one thread, handed to another after a happens-before edge.
 *
 * @param <R> the row record
 */
public final class ColumnBlock<R> {

    private final Table<R> table;
    private final int width;
    private final ColumnType[] types;
    private final boolean[] nullable;
    private final Function<? super R, ?>[] values;
    private final ToDoubleFunction<? super R>[] doubleAccessors;
    private final ToLongFunction<? super R>[] longAccessors;
    private final ToIntFunction<? super R>[] intAccessors;
    /** How {@link #add} reads each column: one of the constants below. */
    private final byte[] reads;
    private static final byte READ_DOUBLE = 0;
    private static final byte READ_LONG = 1;
    private static final byte READ_INT = 2;
    private static final byte READ_VALUE = 3;
    private final double[][] doubles;
    private final long[][] longs;
    private final int[][] ints;
    private final String[][] strings;
    private final boolean[][] present;
    private int size;
    private int capacity;

    /**
     * @param table           the table whose rows the block holds
     * @param initialCapacity rows room is made for at first (the arrays grow as rows are added)
     */
    @SuppressWarnings("unchecked")
    public ColumnBlock(Table<R> table, int initialCapacity) {
        this.table = Objects.requireNonNull(table, "table: null");
        if (initialCapacity < 1) {
            throw new IllegalArgumentException("initialCapacity: " + initialCapacity + " must be >= 1");
        }
        width = table.columns().size();
        types = new ColumnType[width];
        nullable = new boolean[width];
        values = new Function[width];
        doubleAccessors = new ToDoubleFunction[width];
        longAccessors = new ToLongFunction[width];
        intAccessors = new ToIntFunction[width];
        doubles = new double[width][];
        longs = new long[width][];
        ints = new int[width][];
        strings = new String[width][];
        present = new boolean[width][];
        reads = new byte[width];
        capacity = initialCapacity;
        for (int c = 0; c < width; c++) {
            Column<R> column = table.columns().get(c);
            types[c] = column.type();
            nullable[c] = column.nullable();
            values[c] = column.value();
            if (column.primitive() instanceof ToDoubleFunction<?> d) {
                doubleAccessors[c] = (ToDoubleFunction<? super R>) d;
                reads[c] = READ_DOUBLE;
            } else if (column.primitive() instanceof ToLongFunction<?> l) {
                longAccessors[c] = (ToLongFunction<? super R>) l;
                reads[c] = READ_LONG;
            } else if (column.primitive() instanceof ToIntFunction<?> n) {
                intAccessors[c] = (ToIntFunction<? super R>) n;
                reads[c] = READ_INT;
            } else {
                reads[c] = READ_VALUE;
            }
            switch (types[c]) {
                case DOUBLE -> doubles[c] = new double[capacity];
                case INT64, TIMESTAMP_MILLIS -> longs[c] = new long[capacity];
                case INT32 -> ints[c] = new int[capacity];
                case STRING -> strings[c] = new String[capacity];
                default -> throw new IllegalStateException("no storage for " + types[c]);
            }
            if (nullable[c]) {
                present[c] = new boolean[capacity];
            }
        }
    }

    public Table<R> table() {
        return table;
    }

    /** Rows held. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Drops every row (the arrays are kept for the next rows; strings are released). */
    public void clear() {
        for (String[] s : strings) {
            if (s != null) {
                Arrays.fill(s, 0, size, null);
            }
        }
        size = 0;
    }

    /** Appends {@code row}, each column's value read by the catalogue. */
    public void add(R row) {
        Objects.requireNonNull(row, "row: null");
        if (size == capacity) {
            grow(Math.max(16, capacity * 2));
        }
        int r = size;
        for (int c = 0; c < width; c++) {
            switch (reads[c]) {
                case READ_DOUBLE -> doubles[c][r] = doubleAccessors[c].applyAsDouble(row);
                case READ_LONG -> longs[c][r] = longAccessors[c].applyAsLong(row);
                case READ_INT -> ints[c][r] = intAccessors[c].applyAsInt(row);
                default -> {
                    Object v = values[c].apply(row);
                    if (nullable[c]) {
                        present[c][r] = v != null;
                    } else if (v == null) {
                        throw new IllegalArgumentException(table.name() + "." + table.columns().get(c).name()
                                + ": null in a required column");
                    }
                    store(c, r, v); // null: a fixed slot value, so what a spool writes for it never varies
                }
            }
        }
        size = r + 1;
    }

    private void store(int c, int r, Object v) {
        switch (types[c]) {
            case DOUBLE -> doubles[c][r] = v == null ? 0.0 : ((Number) v).doubleValue();
            case INT64, TIMESTAMP_MILLIS -> longs[c][r] = v == null ? 0L : ((Number) v).longValue();
            case INT32 -> ints[c][r] = v == null ? 0 : ((Number) v).intValue();
            case STRING -> strings[c][r] = (String) v;
            default -> throw new IllegalStateException("no storage for " + types[c]);
        }
    }

    private void grow(int rows) {
        for (int c = 0; c < width; c++) {
            switch (types[c]) {
                case DOUBLE -> doubles[c] = Arrays.copyOf(doubles[c], rows);
                case INT64, TIMESTAMP_MILLIS -> longs[c] = Arrays.copyOf(longs[c], rows);
                case INT32 -> ints[c] = Arrays.copyOf(ints[c], rows);
                case STRING -> strings[c] = Arrays.copyOf(strings[c], rows);
                default -> throw new IllegalStateException("no storage for " + types[c]);
            }
            if (nullable[c]) {
                present[c] = Arrays.copyOf(present[c], rows);
            }
        }
        capacity = rows;
    }

    /**
     * Empties the block and makes room for {@code rows} rows, which a decoder then fills through the column
     * arrays ({@link #doubles(int)} …); the block holds {@code rows} rows.
     */
    public void resize(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows: " + rows + " must be >= 0");
        }
        clear();
        if (rows > capacity) {
            grow(rows);
        }
        size = rows;
    }

    /** Whether the value of column {@code column} (stored order) in row {@code row} is null. */
    public boolean isNull(int column, int row) {
        return nullable[column] && !present[column][row];
    }

    // The backing arrays, for the spool's encoder and the file writers: valid for rows [0, size()), and only
    // until the next add, resize or clear. Returned as they are, not copied: copying is what the block avoids.

    /** Values of a DOUBLE column (0.0 where null). */
    public double[] doubles(int column) {
        return require(doubles[column], column, "DOUBLE");
    }

    /** Values of an INT64 or TIMESTAMP_MILLIS column (0 where null). */
    public long[] longs(int column) {
        return require(longs[column], column, "INT64 or TIMESTAMP_MILLIS");
    }

    /** Values of an INT32 column (0 where null). */
    public int[] ints(int column) {
        return require(ints[column], column, "INT32");
    }

    /** Values of a STRING column (null where null). */
    public String[] strings(int column) {
        return require(strings[column], column, "STRING");
    }

    /** For a nullable column, whether each row has a value; null for a required column. */
    public boolean[] presence(int column) {
        return present[column];
    }

    private <A> A require(A array, int column, String kind) {
        if (array == null) {
            throw new IllegalArgumentException(table.name() + "." + table.columns().get(column).name() + " is "
                    + types[column] + ", not " + kind);
        }
        return array;
    }

    /** Row {@code row} as its record, built by the catalogue's reader. */
    public R row(int row) {
        Objects.checkIndex(row, size);
        return table.read(name -> {
            int c = table.indexOf(name);
            if (isNull(c, row)) {
                return null;
            }
            return switch (types[c]) {
                case DOUBLE -> doubles[c][row];
                case INT64, TIMESTAMP_MILLIS -> longs[c][row];
                case INT32 -> ints[c][row];
                case STRING -> strings[c][row];
            };
        });
    }

    /** Each row as its record, in order. */
    public void forEach(Consumer<? super R> action) {
        for (int r = 0; r < size; r++) {
            action.accept(row(r));
        }
    }
}
