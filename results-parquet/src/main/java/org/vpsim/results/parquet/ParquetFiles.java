package org.vpsim.results.parquet;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.codec.ZstandardCodec;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesRow;

/**
 * Opens Parquet writers ({@link TableFileWriter}) for the result tables on local files. One place fixes the
 * write options every file shares: ZSTD (pure-JNI bundled with zstd-jni, no system library; better ratio than
 * SNAPPY on slowly varying doubles) at level {@value #ZSTD_LEVEL}, 8 MiB row groups (each open writer
 * buffers about one row group, so memory is bounded by the number of open files, not by cohort
 * size), no row-group padding, and dictionary encoding for string columns only (see
 * {@link #dictionaryEncoded}). Encodings stay PLAIN, PLAIN_DICTIONARY and RLE, which every common
 * reader handles. BYTE_STREAM_SPLIT doubles were measured (issue 15, {@code ParquetWriterBenchmark}): files
 * 14 % smaller, writing 65 % more CPU per row; PLAIN stays (docs/architecture.md).
 */
public final class ParquetFiles {

    /** Row-group size in bytes. */
    public static final long ROW_GROUP_BYTES = 8L * 1024 * 1024;

    /**
     * ZSTD level. On simulated timeseries level 2 gave files ~1% smaller than Parquet's default 3
     * at the same write speed; level 1 was 3–8% larger for a gain within measurement noise.
     */
    public static final int ZSTD_LEVEL = 2;

    private ParquetFiles() {
    }

    /**
     * The encoding choices that the write speed and file size depend on (issue 15), as one value so the
     * JMH benchmark {@code ParquetWriterBenchmark} can compare them; the result files always use
     * {@link #DEFAULT}.
     *
     * @param byteStreamSplitDoubles DOUBLE columns in BYTE_STREAM_SPLIT (byte planes, which ZSTD compresses
     *                               far better than PLAIN's interleaved bytes) instead of PLAIN
     * @param zstdLevel              ZSTD compression level
     */
    public record Options(boolean byteStreamSplitDoubles, int zstdLevel) {
        public Options {
            if (zstdLevel < 1 || zstdLevel > 22) {
                throw new IllegalArgumentException("zstdLevel: " + zstdLevel + " must be 1 to 22");
            }
        }
    }

    /** What the result files use. */
    public static final Options DEFAULT = new Options(false, ZSTD_LEVEL);

    /** The codec of every file. */
    static final CompressionCodecName CODEC = CompressionCodecName.ZSTD;

    /** No row-group padding: the files are read whole, not from HDFS blocks. */
    static final int MAX_PADDING_BYTES = 0;

    public static TableFileWriter<TimeseriesRow> timeseriesWriter(Path file) throws IOException {
        return timeseriesWriter(file, DEFAULT);
    }

    /** A time-series writer with other encoding choices (benchmarks). */
    public static TableFileWriter<TimeseriesRow> timeseriesWriter(Path file, Options options) throws IOException {
        return new TableFileWriter<>(file, TimeseriesColumns.TABLE, options);
    }

    public static TableFileWriter<EventRow> eventWriter(Path file) throws IOException {
        return new TableFileWriter<>(file, EventColumns.TABLE, DEFAULT);
    }

    public static TableFileWriter<SummaryRow> summaryWriter(Path file) throws IOException {
        return new TableFileWriter<>(file, SummaryColumns.TABLE, DEFAULT);
    }

    /**
     * The codec's configuration: a plain one, so no Hadoop Configuration is created, no core-site.xml is looked
     * up and nothing from the environment can change the bytes written.
     */
    static PlainParquetConfiguration configuration(Options options) {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        conf.setInt(ZstandardCodec.PARQUET_COMPRESS_ZSTD_LEVEL, options.zstdLevel());
        return conf;
    }

    /**
     * The encoding properties of a file of {@code schema}: Parquet-Java's defaults (1 MiB pages, writer version
     * 1, statistics) with dictionaries for the {@link #dictionaryEncoded} columns only and, if chosen,
     * BYTE_STREAM_SPLIT doubles — what {@code ParquetWriter.Builder} made of the same choices before the writer
     * moved to the column-writer API, so the files are unchanged — and {@link PlainNumbersWriterFactory}'s
     * faster writer of the same PLAIN bytes.
     */
    static ParquetProperties properties(MessageType schema, Options options) {
        return properties(schema, options, new PlainNumbersWriterFactory());
    }

    /** As {@link #properties(MessageType, Options)} with the given values writers (tests compare them). */
    static ParquetProperties properties(MessageType schema, Options options, ValuesWriterFactory valuesWriters) {
        ParquetProperties.Builder builder = ParquetProperties.builder()
                .withValuesWriterFactory(valuesWriters)
                .withDictionaryEncoding(false)
                .withByteStreamSplitEncoding(options.byteStreamSplitDoubles());
        for (ColumnDescriptor column : schema.getColumns()) {
            if (dictionaryEncoded(column)) {
                builder.withDictionaryEncoding(ColumnPath.get(column.getPath()).toDotString(), true);
            }
        }
        return builder.build();
    }

    /**
     * Whether a column is dictionary-encoded: the strings (patient, arm, pump status, event type —
     * a handful of distinct values, so a dictionary page and small RLE indices). Doubles and INT64
     * are PLAIN: measured values and timestamps are nearly all distinct, so a dictionary only costs a
     * hash lookup per value until Parquet-Java gives up on it (after up to 1 MiB of dictionary per
     * column chunk), and ZSTD compresses the few mostly-zero double columns about as well.
     */
    static boolean dictionaryEncoded(ColumnDescriptor column) {
        return column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY;
    }
}
