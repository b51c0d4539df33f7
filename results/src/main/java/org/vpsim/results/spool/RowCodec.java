package org.vpsim.results.spool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.vpsim.results.columns.Column;
import org.vpsim.results.columns.Table;
import org.vpsim.results.columns.Values;

/**
 * Encodes the rows of a catalogued {@link Table} into bytes and decodes them back, column by column in
 * stored order, so that a row decoded equals the row encoded (doubles bit for bit, through
 * {@link Double#doubleToRawLongBits}; null stays null). Driven by the catalogue: a column added there is
 * spooled without an edit here.
 *
 * <p>Per column, little-endian: nullable ones a presence byte; then STRING a string reference (see
 * {@link StringsOut}), INT64, TIMESTAMP_MILLIS and DOUBLE 8 bytes. Why so plain: a long study sends every
 * row through here twice, so encoding and decoding must cost a small fraction of simulating the row
 * (measured about 60 ns a time-series row both ways, against some 5 µs to simulate it).
 */
final class RowCodec<R> {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** How a column is encoded. */
    private enum Kind { PRIMITIVE_DOUBLE, PRIMITIVE_LONG, PRIMITIVE_INT, STRING, LONG, INT, DOUBLE }

    private final Table<R> table;
    private final int width;
    private final String[] names;
    private final Kind[] kinds;
    private final boolean[] nullable;
    private final Function<? super R, ?>[] values;
    private final ToDoubleFunction<R>[] doubles;
    private final ToLongFunction<R>[] longs;
    private final ToIntFunction<R>[] ints;
    private final Map<String, Integer> index = new HashMap<>();

    @SuppressWarnings("unchecked")
    RowCodec(Table<R> table) {
        this.table = table;
        List<Column<R>> columns = table.columns();
        width = columns.size();
        names = new String[width];
        kinds = new Kind[width];
        nullable = new boolean[width];
        values = new Function[width];
        doubles = new ToDoubleFunction[width];
        longs = new ToLongFunction[width];
        ints = new ToIntFunction[width];
        for (int i = 0; i < width; i++) {
            Column<R> c = columns.get(i);
            names[i] = c.name();
            nullable[i] = c.nullable();
            values[i] = c.value();
            index.put(c.name(), i);
            if (c.primitive() instanceof ToDoubleFunction<?> d) {
                kinds[i] = Kind.PRIMITIVE_DOUBLE;
                doubles[i] = (ToDoubleFunction<R>) d;
            } else if (c.primitive() instanceof ToLongFunction<?> l) {
                kinds[i] = Kind.PRIMITIVE_LONG;
                longs[i] = (ToLongFunction<R>) l;
            } else if (c.primitive() instanceof ToIntFunction<?> n) {
                kinds[i] = Kind.PRIMITIVE_INT;
                ints[i] = (ToIntFunction<R>) n;
            } else {
                kinds[i] = switch (c.type()) {
                    case STRING -> Kind.STRING;
                    case INT64, TIMESTAMP_MILLIS -> Kind.LONG;
                    case INT32 -> Kind.INT;
                    case DOUBLE -> Kind.DOUBLE;
                };
            }
        }
    }

    /** Appends {@code row} to {@code out}. */
    void encode(R row, Bytes out, StringsOut strings) {
        for (int i = 0; i < width; i++) {
            switch (kinds[i]) {
                case PRIMITIVE_DOUBLE -> out.putLong(Double.doubleToRawLongBits(doubles[i].applyAsDouble(row)));
                case PRIMITIVE_LONG -> out.putLong(longs[i].applyAsLong(row));
                case PRIMITIVE_INT -> out.putLong(ints[i].applyAsInt(row)); // stored as a long: one slot kind
                default -> {
                    Object value = values[i].apply(row);
                    if (nullable[i]) {
                        out.putByte(value == null ? 0 : 1);
                        if (value == null) {
                            continue;
                        }
                    } else if (value == null) {
                        throw new IllegalArgumentException(names[i] + ": null in a required column");
                    }
                    switch (kinds[i]) {
                        case STRING -> strings.put((String) value, out);
                        case LONG, INT -> out.putLong(((Number) value).longValue());
                        default -> out.putLong(Double.doubleToRawLongBits(((Number) value).doubleValue()));
                    }
                }
            }
        }
    }

    /** Decodes the row at {@code in}'s position and moves past it. */
    R decode(Cursor in, StringsIn strings, Decoded scratch) {
        scratch.next = 0;
        for (int i = 0; i < width; i++) {
            boolean present = !nullable[i] || in.getByte() != 0;
            scratch.present[i] = present;
            if (!present) {
                continue;
            }
            if (kinds[i] == Kind.STRING) {
                scratch.strings[i] = strings.get(in);
            } else {
                scratch.bits[i] = in.getLong();
            }
        }
        return table.read(scratch);
    }

    /** Scratch space for decoding, reused row after row (one reader thread). */
    Decoded scratch() {
        return new Decoded();
    }

    /**
     * One decoded row as the catalogue's reader asks for it. The reader asks by name, nearly always in
     * stored order, so the next column is tried first and the name map is the fallback.
     */
    final class Decoded implements Values {
        private final long[] bits = new long[width];
        private final String[] strings = new String[width];
        private final boolean[] present = new boolean[width];
        private int next;

        private int indexOf(String name) {
            int i = next;
            if (i < width && names[i] == name) { // the catalogue passes its own constant strings
                next = i + 1;
                return i;
            }
            Integer found = index.get(name);
            if (found == null) {
                throw new IllegalArgumentException(table.name() + " has no column '" + name + "'");
            }
            next = found + 1;
            return found;
        }

        @Override
        public Object get(String name) {
            int i = indexOf(name);
            if (!present[i]) {
                return null;
            }
            return switch (kinds[i]) {
                case STRING -> strings[i];
                case LONG, PRIMITIVE_LONG -> bits[i];
                case INT, PRIMITIVE_INT -> (int) bits[i];
                case DOUBLE, PRIMITIVE_DOUBLE -> Double.longBitsToDouble(bits[i]);
            };
        }

        @Override
        public double float64(String name) {
            int i = indexOf(name);
            if (!present[i]) {
                throw new IllegalArgumentException("column " + name + " has no value");
            }
            return Double.longBitsToDouble(bits[i]);
        }

        @Override
        public int int32(String name) {
            int i = indexOf(name);
            if (!present[i]) {
                throw new IllegalArgumentException("column " + name + " has no value");
            }
            return (int) bits[i];
        }

        @Override
        public long int64(String name) {
            int i = indexOf(name);
            if (!present[i]) {
                throw new IllegalArgumentException("column " + name + " has no value");
            }
            return bits[i];
        }

        @Override
        public String string(String name) {
            int i = indexOf(name);
            if (!present[i]) {
                throw new IllegalArgumentException("column " + name + " has no value");
            }
            return strings[i];
        }

        @Override
        public String optionalString(String name) {
            int i = indexOf(name);
            return present[i] ? strings[i] : null;
        }

        @Override
        public Double optionalFloat64(String name) {
            int i = indexOf(name);
            return present[i] ? Double.longBitsToDouble(bits[i]) : null;
        }

        @Override
        public Long optionalInt64(String name) {
            int i = indexOf(name);
            return present[i] ? bits[i] : null;
        }
    }

    /** A growable little-endian byte buffer. */
    static final class Bytes {
        private byte[] data;
        private int size;

        Bytes(int capacity) {
            data = new byte[capacity];
        }

        int size() {
            return size;
        }

        byte[] array() {
            return data;
        }

        void clear() {
            size = 0;
        }

        private void ensure(int more) {
            if (size + more > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
            }
        }

        void putByte(int b) {
            ensure(1);
            data[size++] = (byte) b;
        }

        void putInt(int v) {
            ensure(4);
            INTS.set(data, size, v);
            size += 4;
        }

        void putLong(long v) {
            ensure(8);
            LONGS.set(data, size, v);
            size += 8;
        }

        void putBytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, data, size, b.length);
            size += b.length;
        }
    }

    /** Reads what {@link Bytes} wrote, from a byte array. */
    static final class Cursor {
        private final byte[] data;
        private final int end;
        private int position;

        Cursor(byte[] data, int end) {
            this.data = data;
            this.end = end;
        }

        boolean hasMore() {
            return position < end;
        }

        int getByte() {
            return data[position++];
        }

        int getInt() {
            int v = (int) INTS.get(data, position);
            position += 4;
            return v;
        }

        long getLong() {
            long v = (long) LONGS.get(data, position);
            position += 8;
            return v;
        }

        byte[] getBytes(int length) {
            byte[] b = Arrays.copyOfRange(data, position, position + length);
            position += length;
            return b;
        }
    }

    /**
     * Strings of one spool file, writing side: the first {@value #MAX_REFERENCED} distinct values get a
     * number and are written once (patient, pump status, event types repeat row after row); the others are
     * written in full each time (free-text event details), so the table stays bounded whatever the study
     * length. Code ≥ 0: a numbered string; {@code -2}: a new numbered string follows; {@code -1}: a string
     * that gets no number follows (UTF-8, length first).
     */
    static final class StringsOut {
        static final int MAX_REFERENCED = 1024;
        static final int LITERAL = -1;
        static final int NEW_REFERENCE = -2;
        private final Map<String, Integer> numbers = new HashMap<>();
        private String last;
        private int lastNumber = -1;

        void put(String s, Bytes out) {
            if (s == last) { // the same instance row after row
                out.putInt(lastNumber);
                return;
            }
            Integer n = numbers.get(s);
            if (n != null) {
                out.putInt(n);
                last = s;
                lastNumber = n;
                return;
            }
            if (numbers.size() < MAX_REFERENCED) {
                numbers.put(s, numbers.size());
                out.putInt(NEW_REFERENCE);
            } else {
                out.putInt(LITERAL);
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.putInt(utf8.length);
            out.putBytes(utf8);
        }
    }

    /** Strings of one spool file, reading side: the same numbering, rebuilt in reading order. */
    static final class StringsIn {
        private final List<String> referenced = new ArrayList<>();

        String get(Cursor in) {
            int code = in.getInt();
            if (code >= 0) {
                return referenced.get(code);
            }
            String s = new String(in.getBytes(in.getInt()), StandardCharsets.UTF_8);
            if (code == StringsOut.NEW_REFERENCE) {
                referenced.add(s);
            } else if (code != StringsOut.LITERAL) {
                throw new IllegalStateException("corrupt spool file: string code " + code);
            }
            return s;
        }
    }
}
