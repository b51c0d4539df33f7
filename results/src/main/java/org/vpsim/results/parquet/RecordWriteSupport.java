package org.vpsim.results.parquet;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * A {@code WriteSupport} for a flat record: subclasses list the values in schema order through the
 * typed helpers. Writing straight to the {@code RecordConsumer} avoids the per-row object graph of
 * the example {@code Group} API.
 *
 * <p>Strings repeat (one patient for hundreds of thousands of rows, a few pump states and event
 * types), so each string column keeps the {@link Binary} of the values it has seen instead of
 * encoding every row's string to UTF-8 again. The cached values are constant (never mutated), which
 * lets Parquet keep them in its dictionary and statistics without copying.
 */
abstract class RecordWriteSupport<T> extends WriteSupport<T> {

    /** Distinct strings cached per column; beyond this a column's new values are encoded per row. */
    static final int MAX_CACHED_STRINGS = 1024;

    private final MessageType schema;
    private final String schemaName;
    private final String[] names;
    private final StringColumnCache[] stringCaches;
    private RecordConsumer consumer;

    RecordWriteSupport(MessageType schema, String schemaName) {
        this.schema = schema;
        this.schemaName = schemaName;
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

    /** Writes every field of {@code row} in schema order. */
    abstract void writeFields(T row);

    final void string(int index, String value) {
        if (value == null) {
            return;
        }
        String name = names[index];
        consumer.startField(name, index);
        consumer.addBinary(stringCaches[index].binary(value));
        consumer.endField(name, index);
    }

    final void int64(int index, long value) {
        String name = names[index];
        consumer.startField(name, index);
        consumer.addLong(value);
        consumer.endField(name, index);
    }

    final void float64(int index, double value) {
        String name = names[index];
        consumer.startField(name, index);
        consumer.addDouble(value);
        consumer.endField(name, index);
    }

    /** An OPTIONAL long: a null value is a missing field. */
    final void int64(int index, Long value) {
        if (value != null) {
            int64(index, value.longValue());
        }
    }

    /** An OPTIONAL double: a null value is a missing field, which Parquet stores as a null. */
    final void float64(int index, Double value) {
        if (value != null) {
            float64(index, value.doubleValue());
        }
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
