package org.vpsim.results.spool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vpsim.results.columns.Column;
import org.vpsim.results.columns.ColumnBlock;
import org.vpsim.results.columns.Table;

/**
 * Encodes a {@link ColumnBlock} of a catalogued {@link Table} into bytes and decodes it back, column by column
 * in stored order, so that the block decoded holds the rows encoded (doubles bit for bit; null stays null).
 * Driven by the catalogue: a column added there is spooled without an edit here.
 *
 * <p>Layout, little-endian: the row count (int32); then per column, nullable ones first a presence byte per
 * row; then DOUBLE, INT64 and TIMESTAMP_MILLIS 8 bytes per row, INT32 4 bytes per row (a missing value's slot
 * holds 0), STRING a string reference per row that has a value (see {@link StringsOut}). Why columns: whole
 * numeric arrays are copied at once (a bulk copy, no per-value call), which is what makes the spool cheap
 * beside the simulation (issue 15, {@code ParquetWriterBenchmark.spoolRoundTrip}).
 */
final class BlockCodec<R> {

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final Table<R> table;

    BlockCodec(Table<R> table) {
        this.table = table;
    }

    /** Appends {@code block} to {@code out}. */
    void encode(ColumnBlock<R> block, Bytes out, StringsOut strings) {
        if (block.table() != table) {
            throw new IllegalArgumentException("a block of " + block.table().name() + ", not " + table.name());
        }
        int n = block.size();
        out.putInt(n);
        List<Column<R>> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column<R> column = columns.get(c);
            boolean[] presence = block.presence(c);
            if (column.nullable()) {
                out.putBooleans(presence, n);
            }
            switch (column.type()) {
                case DOUBLE -> out.putDoubles(block.doubles(c), n);
                case INT64, TIMESTAMP_MILLIS -> out.putLongs(block.longs(c), n);
                case INT32 -> out.putInts(block.ints(c), n);
                case STRING -> {
                    String[] s = block.strings(c);
                    for (int r = 0; r < n; r++) {
                        if (presence == null || presence[r]) {
                            strings.put(s[r], out);
                        }
                    }
                }
                default -> throw new IllegalStateException("no encoding for " + column.type());
            }
        }
    }

    /** Decodes the block at {@code in}'s position into {@code into} (emptied first) and moves past it. */
    void decode(Cursor in, StringsIn strings, ColumnBlock<R> into) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) { // every row takes at least a byte: a corrupt count fails before allocating
            throw new IllegalStateException("corrupt spool file: a block of " + n + " rows");
        }
        into.resize(n);
        List<Column<R>> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column<R> column = columns.get(c);
            boolean[] presence = into.presence(c);
            if (column.nullable()) {
                in.getBooleans(presence, n);
            }
            switch (column.type()) {
                case DOUBLE -> in.getDoubles(into.doubles(c), n);
                case INT64, TIMESTAMP_MILLIS -> in.getLongs(into.longs(c), n);
                case INT32 -> in.getInts(into.ints(c), n);
                case STRING -> {
                    String[] s = into.strings(c);
                    for (int r = 0; r < n; r++) {
                        s[r] = presence == null || presence[r] ? strings.get(in) : null;
                    }
                }
                default -> throw new IllegalStateException("no encoding for " + column.type());
            }
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

        void putBooleans(boolean[] v, int n) {
            ensure(n);
            for (int i = 0; i < n; i++) {
                data[size + i] = (byte) (v[i] ? 1 : 0);
            }
            size += n;
        }

        void putDoubles(double[] v, int n) {
            ensure(8 * n);
            view(8 * n).asDoubleBuffer().put(v, 0, n);
            size += 8 * n;
        }

        void putLongs(long[] v, int n) {
            ensure(8 * n);
            view(8 * n).asLongBuffer().put(v, 0, n);
            size += 8 * n;
        }

        void putInts(int[] v, int n) {
            ensure(4 * n);
            view(4 * n).asIntBuffer().put(v, 0, n);
            size += 4 * n;
        }

        private ByteBuffer view(int length) {
            return ByteBuffer.wrap(data, size, length).slice().order(ByteOrder.LITTLE_ENDIAN);
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

        int remaining() {
            return end - position;
        }

        int getByte() {
            return data[position++];
        }

        int getInt() {
            int v = (int) INTS.get(data, position);
            position += 4;
            return v;
        }

        void getBooleans(boolean[] into, int n) {
            check(n);
            for (int i = 0; i < n; i++) {
                into[i] = data[position + i] != 0;
            }
            position += n;
        }

        void getDoubles(double[] into, int n) {
            view(8 * n).asDoubleBuffer().get(into, 0, n);
            position += 8 * n;
        }

        void getLongs(long[] into, int n) {
            view(8 * n).asLongBuffer().get(into, 0, n);
            position += 8 * n;
        }

        void getInts(int[] into, int n) {
            view(4 * n).asIntBuffer().get(into, 0, n);
            position += 4 * n;
        }

        private ByteBuffer view(int length) {
            check(length);
            return ByteBuffer.wrap(data, position, length).slice().order(ByteOrder.LITTLE_ENDIAN);
        }

        private void check(int length) {
            if (length < 0 || position + length > end) {
                throw new IllegalStateException("corrupt spool file: a block shorter than its rows");
            }
        }

        byte[] getBytes(int length) {
            check(length);
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
