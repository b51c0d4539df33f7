package org.vpsim.results.columns;

/**
 * The storage type of a result column, independent of any file format. Each writer maps it to its own
 * physical type (Parquet: BINARY STRING, INT64, DOUBLE, INT64 TIMESTAMP(MILLIS, UTC); Spark: StringType,
 * LongType, DoubleType, TimestampType). The Java value a {@link Column} yields for each is given below.
 */
public enum ColumnType {
    /** UTF-8 text; Java {@code String}. */
    STRING,
    /** 32-bit integer (indices such as the replicate); Java {@code Integer}. */
    INT32,
    /** 64-bit integer (counts); Java {@code Long}. */
    INT64,
    /** IEEE double; Java {@code Double}. */
    DOUBLE,
    /** Instant in epoch milliseconds UTC; Java {@code Long}. */
    TIMESTAMP_MILLIS
}
