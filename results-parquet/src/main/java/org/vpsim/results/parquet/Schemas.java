package org.vpsim.results.parquet;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;
import org.vpsim.results.EventColumns;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.columns.Column;
import org.vpsim.results.columns.Table;

/**
 * The Parquet schemas of the three result files, derived from the column catalogue: column order,
 * names and nullability are the catalogue's; the type mapping is {@link #of(Table)}.
 */
public final class Schemas {

    private static final LogicalTypeAnnotation STRING = LogicalTypeAnnotation.stringType();
    private static final LogicalTypeAnnotation UTC_MILLIS =
            LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS);

    /** {@code timeseries/arm=<arm>/part-*.parquet}; the arm is the partition, not a column. */
    public static final MessageType TIMESERIES = of(TimeseriesColumns.TABLE);
    /** {@code events.parquet}. */
    public static final MessageType EVENTS = of(EventColumns.TABLE);
    /** {@code summary.parquet}: one row per patient × arm. */
    public static final MessageType SUMMARY = of(SummaryColumns.TABLE);

    private Schemas() {
    }

    /**
     * The schema of a table: STRING → BINARY (STRING), INT32 → INT32, INT64 → INT64, DOUBLE → DOUBLE,
     * TIMESTAMP_MILLIS → INT64 TIMESTAMP(MILLIS, isAdjustedToUTC); nullable columns OPTIONAL, the
     * rest REQUIRED.
     */
    public static MessageType of(Table<?> table) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column<?> c : table.columns()) {
            Repetition rep = c.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
            switch (c.type()) {
                case STRING -> b.primitive(PrimitiveTypeName.BINARY, rep).as(STRING).named(c.name());
                case INT32 -> b.primitive(PrimitiveTypeName.INT32, rep).named(c.name());
                case INT64 -> b.primitive(PrimitiveTypeName.INT64, rep).named(c.name());
                case DOUBLE -> b.primitive(PrimitiveTypeName.DOUBLE, rep).named(c.name());
                case TIMESTAMP_MILLIS -> b.primitive(PrimitiveTypeName.INT64, rep).as(UTC_MILLIS).named(c.name());
                default -> throw new IllegalStateException("no Parquet type for " + c.type());
            }
        }
        return b.named(table.name());
    }
}
