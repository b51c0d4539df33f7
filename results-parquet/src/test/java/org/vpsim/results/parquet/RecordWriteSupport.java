package org.vpsim.results.parquet;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.vpsim.results.columns.Column;
import org.vpsim.results.columns.Table;

/**
 * The writer of the result files before issue 15, kept as the reference {@code TableFileWriterTest} compares the
 * column-writer path with, byte for byte: Parquet-Java's record API ({@code ParquetWriter}).
 *
 * <p>A {@code WriteSupport} for the rows of a catalogued {@link Table}: each column's value, read by the
 * catalogue, goes to the column of {@link Schemas#of} with the same index. Writing straight to the
 * {@code RecordConsumer} avoids the per-row object graph of the example {@code Group} API.
 *
 * <p>Strings repeat (one patient for hundreds of thousands of rows, a few pump states and event
 * types), so each string column keeps the {@link Binary} of the values it has seen instead of
 * encoding every row's string to UTF-8 again. The cached values are constant (never mutated), which
 * lets Parquet keep them in its dictionary and statistics without copying.
 */
final class RecordWriteSupport<T> extends WriteSupport<T> {

    /** Distinct strings cached per column; beyond this a column's new values are encoded per row. */
    static final int MAX_CACHED_STRINGS = 1024;

    private final MessageType schema;
    private final String schemaName;
    private final List<Column<T>> columns;
    private final String[] names;
    private final StringColumnCache[] stringCaches;
    private RecordConsumer consumer;

    RecordWriteSupport(Table<T> table) {
        this.schema = Schemas.of(table);
        this.schemaName = table.version();
        this.columns = table.columns();
        this.names = new String[schema.getFieldCount()];
        this.stringCaches = new StringColumnCache[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = schema.getFieldName(i);
            stringCaches[i] = new StringColumnCache();
        }
    }

    MessageType schema() {
        return schema;
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        // A fixed key-value entry only: nothing time- or host-dependent may reach the footer.
        return new WriteContext(schema, Map.of("vpsim.schema", schemaName));
    }

    @Override
    @Deprecated
    public WriteContext init(Configuration configuration) {
        return init((ParquetConfiguration) null);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public final void write(T row) {
        consumer.startMessage();
        writeFields(row);
        consumer.endMessage();
    }

    /** Writes every field of {@code row} in schema order; a null value is a missing (null) field. */
    @SuppressWarnings("unchecked") // the accessors were declared for this table's row type
    private void writeFields(T row) {
        for (int i = 0; i < names.length; i++) {
            Column<T> c = columns.get(i);
            // Per-row numeric columns without boxing (the time series writes millions of them).
            if (c.primitive() instanceof ToDoubleFunction<?> d) {
                float64(i, ((ToDoubleFunction<T>) d).applyAsDouble(row));
                continue;
            }
            if (c.primitive() instanceof ToLongFunction<?> l) {
                int64(i, ((ToLongFunction<T>) l).applyAsLong(row));
                continue;
            }
            if (c.primitive() instanceof ToIntFunction<?> n) {
                int32(i, ((ToIntFunction<T>) n).applyAsInt(row));
                continue;
            }
            Object value = c.of(row);
            if (value == null) {
                if (!c.nullable()) {
                    throw new IllegalArgumentException(c.name() + ": null in a required column");
                }
                continue;
            }
            switch (c.type()) {
                case STRING -> string(i, (String) value);
                case INT32 -> int32(i, ((Number) value).intValue());
                case INT64, TIMESTAMP_MILLIS -> int64(i, ((Number) value).longValue());
                case DOUBLE -> float64(i, ((Number) value).doubleValue());
                default -> throw new IllegalStateException("no Parquet type for " + c.type());
            }
        }
    }

    private void string(int index, String value) {
        String name = names[index];
        consumer.startField(name, index);
        consumer.addBinary(stringCaches[index].binary(value));
        consumer.endField(name, index);
    }

    private void int64(int index, long value) {
        String name = names[index];
        consumer.startField(name, index);
        consumer.addLong(value);
        consumer.endField(name, index);
    }

    private void int32(int index, int value) {
        String name = names[index];
        consumer.startField(name, index);
        consumer.addInteger(value);
        consumer.endField(name, index);
    }

    private void float64(int index, double value) {
        String name = names[index];
        consumer.startField(name, index);
        consumer.addDouble(value);
        consumer.endField(name, index);
    }

    /** UTF-8 {@link Binary} values of one string column, with the last one at hand. */
    private static final class StringColumnCache {
        private final Map<String, Binary> seen = new HashMap<>();
        private String last;
        private Binary lastBinary;

        Binary binary(String value) {
            if (value == last) { // the same instance row after row: patient, pump status
                return lastBinary;
            }
            Binary b = seen.get(value);
            if (b == null) {
                b = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
                if (seen.size() < MAX_CACHED_STRINGS) {
                    seen.put(value, b);
                }
            }
            last = value;
            lastBinary = b;
            return b;
        }
    }
}
