package org.vpsim.results.parquet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Parquet-Java's values writers, except for the PLAIN-encoded DOUBLE, INT64 and INT32 columns without a
 * dictionary (the measured values, times and replicate of the time series), which get a {@link PlainNumbers}
 * writer: the same bytes (PLAIN is the values' little-endian bytes back to back, Parquet format spec
 * "Encodings"), put into one array with a single store per value.
 *
 * <p>Why: Parquet-Java's {@code PlainValuesWriter} passes each value through a {@code LittleEndianDataOutputStream}
 * (8 single-byte stores into a scratch array) and then {@code CapacityByteArrayOutputStream.write} (bounds checks
 * and a {@code ByteBuffer.put} of 8 bytes): about a fifth of the time-series writer's CPU in the issue 15
 * profile. The page, its size as the writer accounts it ({@link ValuesWriter#getBufferedSize}, which decides the
 * page and row-group boundaries) and so the file are unchanged; {@code TableFileWriterTest} compares the files
 * byte for byte with Parquet-Java's own writers.
 */
final class PlainNumbersWriterFactory implements ValuesWriterFactory {

    private final DefaultValuesWriterFactory defaults = new DefaultValuesWriterFactory();
    private ParquetProperties properties;

    @Override
    public void initialize(ParquetProperties parquetProperties) {
        this.properties = parquetProperties;
        defaults.initialize(parquetProperties);
    }

    @Override
    public ValuesWriter newValuesWriter(ColumnDescriptor descriptor) {
        PrimitiveTypeName type = descriptor.getPrimitiveType().getPrimitiveTypeName();
        boolean fixedWidth = type == PrimitiveTypeName.DOUBLE || type == PrimitiveTypeName.INT64
                || type == PrimitiveTypeName.INT32;
        if (fixedWidth && properties.getWriterVersion() == ParquetProperties.WriterVersion.PARQUET_1_0
                && !properties.isDictionaryEnabled(descriptor) && !properties.isByteStreamSplitEnabled(descriptor)) {
            return new PlainNumbers(properties.getInitialSlabSize(), properties.getPageSizeThreshold());
        }
        return defaults.newValuesWriter(descriptor);
    }

    /** PLAIN doubles, longs and ints of one column's page, little-endian, in a growable array. */
    static final class PlainNumbers extends ValuesWriter {
        private static final VarHandle LONGS =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final VarHandle INTS =
                MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

        private final int pageBytes;
        private byte[] bytes;
        private int size;

        /**
         * @param initialBytes room at first
         * @param pageBytes    the page size threshold: a page is written soon after it is passed (at the column
         *                     store's next size check), so the array grows by doubling up to a quarter above
         *                     it and by quarters beyond, not to twice the page
         */
        PlainNumbers(int initialBytes, int pageBytes) {
            this.pageBytes = pageBytes;
            bytes = new byte[Math.max(64, initialBytes)];
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                int length = bytes.length < pageBytes ? Math.min(bytes.length * 2, pageBytes + pageBytes / 4)
                        : bytes.length + bytes.length / 4;
                bytes = Arrays.copyOf(bytes, Math.max(length, size + more));
            }
        }

        @Override
        public void writeDouble(double v) {
            // doubleToLongBits, as Parquet-Java's LittleEndianDataOutputStream: one NaN bit pattern.
            writeLong(Double.doubleToLongBits(v));
        }

        @Override
        public void writeLong(long v) {
            ensure(8);
            LONGS.set(bytes, size, v);
            size += 8;
        }

        @Override
        public void writeInteger(int v) {
            ensure(4);
            INTS.set(bytes, size, v);
            size += 4;
        }

        @Override
        public long getBufferedSize() {
            return size;
        }

        /**
         * The page's bytes, not copied: Parquet-Java compresses (so copies) a page as soon as it is handed over,
         * before {@link #reset()} lets the array be overwritten.
         */
        @Override
        public BytesInput getBytes() {
            return BytesInput.from(bytes, 0, size);
        }

        @Override
        public Encoding getEncoding() {
            return Encoding.PLAIN;
        }

        @Override
        public void reset() {
            size = 0;
        }

        @Override
        public long getAllocatedSize() {
            return bytes.length;
        }

        @Override
        public String memUsageString(String prefix) {
            return prefix + " PLAIN " + size + " bytes of " + bytes.length;
        }
    }
}
