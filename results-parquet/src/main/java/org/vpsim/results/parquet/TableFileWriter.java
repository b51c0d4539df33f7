package org.vpsim.results.parquet;

import static java.lang.Math.max;
import static java.lang.Math.min;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.vpsim.results.columns.ColumnBlock;
import org.vpsim.results.columns.ColumnType;
import org.vpsim.results.columns.Table;

/**
 * Writes the rows of a catalogued {@link Table} to one Parquet file through Parquet-Java's column-writer API
 * (a {@link ColumnWriter} per column of {@link Schemas#of}), from a {@link ColumnBlock} of primitive columns or
 * from records. The write options are {@link ParquetFiles}'.
 *
 * <p>Why not {@code ParquetWriter} and a {@code WriteSupport}: the record API costs, per value, a
 * {@code startField}/{@code endField} pair, a look-up of the field's column and a record of which fields were
 * written, and per row a scan for missing fields; and it takes records, which the spool had to rebuild per
 * row. Here each value goes straight from the spool's columns to its column's writer: with
 * {@link PlainNumbersWriterFactory}, the writer's CPU in a 30 × 120-day run fell from 1,808 to 809 ms of
 * profiler samples (issue 15, round 3).
 *
 * <p>The file is byte for byte what {@code ParquetWriter} wrote with the same options
 * ({@code TableFileWriterTest} compares them, so a Parquet-Java upgrade that changes its record writer shows
 * there): the row-group and page boundaries come from the same checks — Parquet-Java 1.17's
 * {@code InternalParquetRecordWriter.checkBlockSizeReached}, repeated in {@link #endRow()}, and the column
 * store's own page-size check on {@code endRecord} — and the footer carries the same key-value entry.
 *
 * <p>Single-threaded. {@link #close()} finishes the file; {@link #abort()} leaves it half written (the caller
 * deletes it).
 *
 * @param <R> the row record
 */
public final class TableFileWriter<R> implements AutoCloseable {

    /** Distinct strings whose UTF-8 {@link Binary} is kept per column; beyond this new values are encoded per row. */
    static final int MAX_CACHED_STRINGS = 1024;

    private final Table<R> table;
    private final int width;
    private final ColumnType[] types;
    private final StringColumnCache[] stringCaches;
    /** Holds the row of {@link #write(Object)}. */
    private final ColumnBlock<R> single;
    private final MessageType schema;
    private final List<ColumnDescriptor> descriptors;
    private final ParquetProperties properties;
    private final CodecFactory codecs;
    private final BytesInputCompressor compressor;
    private final ParquetFileWriter file;
    private final Map<String, String> footer;
    private final long rowGroupBytes;
    private final ColumnWriter[] writers;

    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private long rowGroupRows;
    private long rowsForNextSizeCheck;
    private long nextRowGroupBytes;
    private long rows;
    private boolean closed;

    TableFileWriter(Path path, Table<R> table, ParquetFiles.Options options) throws IOException {
        this(path, table, options, ParquetFiles.properties(Schemas.of(table), options));
    }

    /** With other encoding properties (tests compare the values writers). */
    TableFileWriter(Path path, Table<R> table, ParquetFiles.Options options, ParquetProperties properties)
            throws IOException {
        this.table = Objects.requireNonNull(table, "table: null");
        width = table.columns().size();
        types = new ColumnType[width];
        stringCaches = new StringColumnCache[width];
        for (int c = 0; c < width; c++) {
            types[c] = table.columns().get(c).type();
            stringCaches[c] = new StringColumnCache();
        }
        single = new ColumnBlock<>(table, 1);
        schema = Schemas.of(table);
        descriptors = schema.getColumns();
        this.properties = properties;
        codecs = new CodecFactory(ParquetFiles.configuration(options), properties.getPageSizeThreshold());
        compressor = codecs.getCompressor(ParquetFiles.CODEC);
        rowGroupBytes = ParquetFiles.ROW_GROUP_BYTES;
        nextRowGroupBytes = rowGroupBytes;
        // A fixed key-value entry only: nothing time- or host-dependent may reach the footer.
        footer = Map.of("vpsim.schema", table.version());
        writers = new ColumnWriter[width];
        ParquetFileWriter opened = new ParquetFileWriter(new LocalOutputFile(path), schema,
                ParquetFileWriter.Mode.OVERWRITE, rowGroupBytes, ParquetFiles.MAX_PADDING_BYTES, null, properties);
        try {
            opened.start();
        } catch (IOException | RuntimeException e) {
            codecs.release();
            throw e;
        }
        file = opened;
        openRowGroup();
        rowsForNextSizeCheck = properties.getMinRowCountForPageSizeCheck();
    }

    /** The table written. */
    public Table<R> table() {
        return table;
    }

    /** Rows written so far. */
    public long rows() {
        return rows;
    }

    /** Appends every row of {@code block}, in order. */
    public void write(ColumnBlock<R> block) throws IOException {
        requireOpen();
        if (block.table() != table) {
            throw new IllegalArgumentException("a block of " + block.table().name() + ", not " + table.name());
        }
        int n = block.size();
        // The block's arrays, fetched once per block rather than per value.
        double[][] doubles = new double[width][];
        long[][] longs = new long[width][];
        int[][] ints = new int[width][];
        String[][] strings = new String[width][];
        boolean[][] presence = new boolean[width][];
        for (int c = 0; c < width; c++) {
            presence[c] = block.presence(c);
            switch (types[c]) {
                case DOUBLE -> doubles[c] = block.doubles(c);
                case INT64, TIMESTAMP_MILLIS -> longs[c] = block.longs(c);
                case INT32 -> ints[c] = block.ints(c);
                case STRING -> strings[c] = block.strings(c);
                default -> throw new IllegalStateException("no Parquet type for " + types[c]);
            }
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < width; c++) {
                ColumnWriter w = writers[c];
                boolean[] present = presence[c];
                if (present != null && !present[r]) {
                    w.writeNull(0, 0);
                    continue;
                }
                int d = present != null ? 1 : 0; // the definition level of a present value
                switch (types[c]) {
                    case DOUBLE -> w.write(doubles[c][r], 0, d);
                    case INT64, TIMESTAMP_MILLIS -> w.write(longs[c][r], 0, d);
                    case INT32 -> w.write(ints[c][r], 0, d);
                    case STRING -> w.write(stringCaches[c].binary(strings[c][r]), 0, d);
                    default -> throw new IllegalStateException("no Parquet type for " + types[c]);
                }
            }
            endRow();
        }
    }

    /**
     * Appends {@code row}; a null value is a missing (null) field. The row goes through a one-row
     * {@link ColumnBlock}, so the catalogue's values are read (and a null in a required column refused) in one
     * place; this path serves the few summary rows, the spool's blocks take {@link #write(ColumnBlock)}.
     */
    public void write(R row) throws IOException {
        requireOpen();
        single.clear();
        single.add(row);
        write(single);
    }

    /**
     * Ends a row: the column store's page check, then the row-group check of Parquet-Java 1.17's
     * {@code InternalParquetRecordWriter} (same thresholds, same arithmetic, so the same boundaries). Measuring
     * the buffered size walks every column, so it is done at intervals: halfway to where the row group is
     * expected to fill, within the properties' minimum and maximum row counts between checks.
     */
    private void endRow() throws IOException {
        store.endRecord();
        rows++;
        rowGroupRows++;
        if (rowGroupRows >= properties.getRowGroupRowCountLimit()) {
            flushRowGroup();
            openRowGroup();
            rowsForNextSizeCheck = nextCheckAfterFlush();
        } else if (rowGroupRows >= rowsForNextSizeCheck) {
            long bufferedBytes = store.getBufferedSize();
            long rowBytes = bufferedBytes / rowGroupRows;
            // Flush when within about two rows of the limit: better slightly under the size than over it.
            if (bufferedBytes > nextRowGroupBytes - 2 * rowBytes) {
                flushRowGroup();
                openRowGroup();
                rowsForNextSizeCheck = nextCheckAfterFlush();
            } else {
                rowsForNextSizeCheck = min(
                        max(properties.getMinRowCountForPageSizeCheck(),
                                (rowGroupRows + (long) (nextRowGroupBytes / ((float) rowBytes))) / 2),
                        rowGroupRows + properties.getMaxRowCountForPageSizeCheck());
            }
        }
    }

    /** As Parquet-Java after a flush: it halves the row count it has just reset to 0. */
    private long nextCheckAfterFlush() {
        return min(max(properties.getMinRowCountForPageSizeCheck(), rowGroupRows / 2),
                properties.getMaxRowCountForPageSizeCheck());
    }

    private void openRowGroup() {
        pages = new ColumnChunkPageWriteStore(compressor, schema, properties.getAllocator(),
                properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled(), null, 0);
        store = properties.newColumnWriteStore(schema, pages, pages);
        for (int c = 0; c < width; c++) {
            writers[c] = store.getColumnWriter(descriptors.get(c));
        }
    }

    private void flushRowGroup() throws IOException {
        try {
            if (rowGroupRows > 0) {
                file.startBlock(rowGroupRows);
                store.flush();
                pages.flushToFileWriter(file);
                rowGroupRows = 0;
                file.endBlock();
                nextRowGroupBytes = Math.min(file.getNextRowGroupSize(), rowGroupBytes);
            }
        } finally {
            store.close();
            pages.close();
            store = null;
            pages = null;
        }
    }

    /** Writes the last row group and the footer, and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flushRowGroup();
            file.end(new HashMap<>(footer)); // closes the file
        } finally {
            try {
                file.close(); // idempotent; after a failure it releases the file for the caller to delete
            } finally {
                codecs.release();
            }
        }
    }

    /** Stops writing: the file is left incomplete for the caller to delete. */
    public void abort() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (store != null) {
                store.close();
                pages.close();
            }
            file.close(); // without a footer: Parquet's abort() alone would leave the stream open
        } catch (IOException | RuntimeException ignored) {
            // Aborting: the caller deletes the file whatever state it is in.
        } finally {
            codecs.release();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the " + table.name() + " file is closed");
        }
    }

    /**
     * UTF-8 {@link Binary} values of one string column, with the last one at hand: strings repeat (one
     * patient for hundreds of thousands of rows, a few pump states and event types), so each is encoded once.
     * The cached values are constant (never mutated), which lets Parquet keep them in its dictionary and
     * statistics without copying.
     */
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
