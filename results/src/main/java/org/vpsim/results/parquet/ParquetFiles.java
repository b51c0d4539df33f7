package org.vpsim.results.parquet;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.vpsim.results.EventRow;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesRow;

/**
 * Opens Parquet writers for the result records on local files. One place fixes the write options
 * every file shares: ZSTD (pure-JNI bundled with zstd-jni, no system library; better ratio than
 * SNAPPY on slowly varying doubles), 8 MiB row groups (each open writer buffers about one row group,
 * so memory is bounded by the number of open files, not by cohort size), and no row-group padding.
 */
public final class ParquetFiles {

    /** Row-group size in bytes. */
    public static final long ROW_GROUP_BYTES = 8L * 1024 * 1024;

    private ParquetFiles() {
    }

    public static ParquetWriter<TimeseriesRow> timeseriesWriter(Path file) throws IOException {
        return open(file, new TimeseriesWriteSupport());
    }

    public static ParquetWriter<EventRow> eventWriter(Path file) throws IOException {
        return open(file, new EventWriteSupport());
    }

    public static ParquetWriter<SummaryRow> summaryWriter(Path file) throws IOException {
        return open(file, new SummaryWriteSupport());
    }

    private static <T> ParquetWriter<T> open(Path file, WriteSupport<T> writeSupport) throws IOException {
        return new Builder<>(new LocalOutputFile(file), writeSupport)
                // A plain configuration: no Hadoop Configuration is created, so no core-site.xml
                // lookup and nothing from the environment can change the bytes written.
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withMaxPaddingSize(0)
                .withDictionaryEncoding(true)
                .build();
    }

    /** The builder Parquet-Java asks each object model to subclass. */
    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

        private final WriteSupport<T> writeSupport;

        Builder(OutputFile file, WriteSupport<T> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration configuration) {
            return writeSupport;
        }

        @Override
        @Deprecated
        protected WriteSupport<T> getWriteSupport(Configuration configuration) {
            return writeSupport;
        }
    }
}
