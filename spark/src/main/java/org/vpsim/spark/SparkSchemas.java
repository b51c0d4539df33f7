package org.vpsim.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.vpsim.results.columns.Column;
import org.vpsim.results.columns.ColumnType;
import org.vpsim.results.columns.Table;

/**
 * Spark SQL types of the result tables, derived from the column catalogue of {@code results}: the
 * same names in the same order, STRING → StringType, INT32 → IntegerType, INT64 → LongType, DOUBLE → DoubleType,
 * TIMESTAMP_MILLIS → TimestampType (an instant; written as Parquet TIMESTAMP(MILLIS, UTC) by the
 * session settings of {@link SparkStudy}), nullability as catalogued.
 */
public final class SparkSchemas {

    private SparkSchemas() {
    }

    /** The Spark type of a catalogue type. */
    public static DataType typeOf(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT32 -> DataTypes.IntegerType;
            case INT64 -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case TIMESTAMP_MILLIS -> DataTypes.TimestampType;
        };
    }

    /** The schema of a table: its catalogued columns in stored order. */
    public static StructType of(Table<?> table) {
        List<StructField> fields = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), typeOf(c.type()), c.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * The external (Java) value Spark expects for a catalogue value: the same object, except a
     * timestamp's epoch milliseconds become an {@link java.time.Instant} (the session runs with
     * {@code spark.sql.datetime.java8API.enabled}).
     */
    public static Object toSpark(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return type == ColumnType.TIMESTAMP_MILLIS ? java.time.Instant.ofEpochMilli(((Number) value).longValue()) : value;
    }
}
