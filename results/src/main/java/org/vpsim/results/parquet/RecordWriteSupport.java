package org.vpsim.results.parquet;

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
 */
abstract class RecordWriteSupport<T> extends WriteSupport<T> {

    private final MessageType schema;
    private final String schemaName;
    private RecordConsumer consumer;

    RecordWriteSupport(MessageType schema, String schemaName) {
        this.schema = schema;
        this.schemaName = schemaName;
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
        String name = schema.getFieldName(index);
        consumer.startField(name, index);
        consumer.addBinary(Binary.fromString(value));
        consumer.endField(name, index);
    }

    final void int64(int index, long value) {
        String name = schema.getFieldName(index);
        consumer.startField(name, index);
        consumer.addLong(value);
        consumer.endField(name, index);
    }

    final void float64(int index, double value) {
        String name = schema.getFieldName(index);
        consumer.startField(name, index);
        consumer.addDouble(value);
        consumer.endField(name, index);
    }

    /** An OPTIONAL double: a null value is a missing field, which Parquet stores as a null. */
    final void float64(int index, Double value) {
        if (value != null) {
            float64(index, value.doubleValue());
        }
    }
}
