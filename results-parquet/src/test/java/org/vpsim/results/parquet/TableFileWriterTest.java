package org.vpsim.results.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.ColumnBlock;
import org.vpsim.results.columns.Table;

/**
 * The column-writer path ({@link TableFileWriter}, with its PLAIN number writers) writes the very bytes
 * Parquet-Java's record writer ({@code ParquetWriter}) wrote with the same options before issue 15 — pages,
 * page and row-group boundaries, statistics, indexes, footer — from blocks of columns and from records alike.
 */
class TableFileWriterTest {

    private static final long T0 = 1_767_571_200_000L; // 2026-01-05T00:00Z

    @TempDir
    Path tmp;

    /**
     * Enough rows of barely compressible doubles for more than one 8 MiB row group and hundreds of pages, with the
     * nullable columns null on some rows and the strings switching patient and status.
     */
    private static List<TimeseriesRow> timeseries(int rows) {
        SplittableRandom random = new SplittableRandom(15);
        List<TimeseriesRow> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            boolean pen = i % 5_000 >= 4_000;
            out.add(new TimeseriesRow("adult#0" + (10 + i / 20_000), i / 100_000, T0 + i * 300_000L,
                    40 + 300 * random.nextDouble(), i % 13 == 5 ? null : 40 + 300 * random.nextDouble(),
                    random.nextDouble(), random.nextDouble() * 2, i % 60 == 0 ? random.nextDouble() * 8 : 0.0,
                    i % 70 == 0 ? 45.0 : 0.0, random.nextDouble() * 6 - 1, pen ? null : 300 * random.nextDouble(),
                    pen ? null : i % 97 == 50 ? "SUSPENDED" : "RUNNING"));
        }
        return out;
    }

    private static List<EventRow> events(int rows) {
        List<EventRow> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add(new EventRow("pump", "adult#001", i % 3, T0 + i * 60_000L, i % 2 == 0 ? "MEAL" : "BOLUS",
                    i % 5 == 0 ? null : "detail " + (i % 1500), i % 2 == 0 ? null : 1.5 + i % 7,
                    i % 3 == 0 ? null : 0.5 * (i % 9), i % 2 == 0 ? 40.0 + i % 30 : null));
        }
        return out;
    }

    /** The record-API writer with the options the result files had before issue 15. */
    private static <R> void writeThroughRecordApi(Path file, Table<R> table, List<R> rows) throws IOException {
        RecordWriteSupport<R> support = new RecordWriteSupport<>(table);
        RecordApiBuilder<R> builder = new RecordApiBuilder<>(new LocalOutputFile(file), support)
                .withConf(ParquetFiles.configuration(ParquetFiles.DEFAULT))
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(ParquetFiles.CODEC)
                .withRowGroupSize(ParquetFiles.ROW_GROUP_BYTES)
                .withMaxPaddingSize(ParquetFiles.MAX_PADDING_BYTES)
                .withDictionaryEncoding(false)
                .withByteStreamSplitEncoding(false);
        for (ColumnDescriptor column : support.schema().getColumns()) {
            if (ParquetFiles.dictionaryEncoded(column)) {
                builder.withDictionaryEncoding(ColumnPath.get(column.getPath()).toDotString(), true);
            }
        }
        try (ParquetWriter<R> w = builder.build()) {
            for (R r : rows) {
                w.write(r);
            }
        }
        FooterEncodingOrder.normalize(file);
    }

    private static <R> void writeBlocks(Path file, Table<R> table, List<R> rows, int blockRows) throws IOException {
        ColumnBlock<R> block = new ColumnBlock<>(table, 16);
        try (TableFileWriter<R> w = new TableFileWriter<>(file, table, ParquetFiles.DEFAULT)) {
            for (R r : rows) {
                block.add(r);
                if (block.size() == blockRows) {
                    w.write(block);
                    block.clear();
                }
            }
            w.write(block);
            assertEquals(rows.size(), w.rows());
        }
        FooterEncodingOrder.normalize(file);
    }

    private static <R> void writeRecords(Path file, Table<R> table, List<R> rows) throws IOException {
        try (TableFileWriter<R> w = new TableFileWriter<>(file, table, ParquetFiles.DEFAULT)) {
            for (R r : rows) {
                w.write(r);
            }
        }
        FooterEncodingOrder.normalize(file);
    }

    @Test
    void timeSeriesFromBlocksAndRecordsIsByteForByteWhatTheRecordApiWrote() throws IOException {
        List<TimeseriesRow> rows = timeseries(250_000);
        Path reference = tmp.resolve("reference.parquet");
        Path blocks = tmp.resolve("blocks.parquet");
        Path records = tmp.resolve("records.parquet");
        writeThroughRecordApi(reference, TimeseriesColumns.TABLE, rows);
        writeBlocks(blocks, TimeseriesColumns.TABLE, rows, 32_768);
        writeRecords(records, TimeseriesColumns.TABLE, rows);
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(reference))) {
            assertTrue(r.getRowGroups().size() >= 2, "row groups: " + r.getRowGroups().size());
            assertEquals(rows.size(), r.getRecordCount());
        }
        byte[] expected = Files.readAllBytes(reference);
        assertArrayEquals(expected, Files.readAllBytes(blocks));
        assertArrayEquals(expected, Files.readAllBytes(records));
        assertEquals(rows, ParquetRows.readTimeseries(blocks));
    }

    @Test
    void eventsWithNullStringsAndNumbersAreByteForByteWhatTheRecordApiWrote() throws IOException {
        List<EventRow> rows = events(20_000);
        Path reference = tmp.resolve("reference.parquet");
        Path blocks = tmp.resolve("blocks.parquet");
        writeThroughRecordApi(reference, EventColumns.TABLE, rows);
        writeBlocks(blocks, EventColumns.TABLE, rows, 999);
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(blocks));
        assertEquals(rows, ParquetRows.readEvents(blocks));
    }

    @Test
    void plainNumberWritersGiveTheBytesOfParquetJavasOwn() throws IOException {
        List<TimeseriesRow> rows = timeseries(120_000);
        Path ours = tmp.resolve("ours.parquet");
        Path theirs = tmp.resolve("theirs.parquet");
        writeRecords(ours, TimeseriesColumns.TABLE, rows);
        try (TableFileWriter<TimeseriesRow> w = new TableFileWriter<>(theirs, TimeseriesColumns.TABLE,
                ParquetFiles.DEFAULT, ParquetFiles.properties(Schemas.TIMESERIES, ParquetFiles.DEFAULT,
                new DefaultValuesWriterFactory()))) {
            for (TimeseriesRow r : rows) {
                w.write(r);
            }
        }
        FooterEncodingOrder.normalize(theirs);
        assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours));
    }

    @Test
    void aNullInARequiredColumnIsRefusedNamingTheColumn() throws IOException {
        Path file = tmp.resolve("x.parquet");
        try (TableFileWriter<EventRow> w = new TableFileWriter<>(file, EventColumns.TABLE, ParquetFiles.DEFAULT)) {
            ColumnBlock<TimeseriesRow> other = new ColumnBlock<>(TimeseriesColumns.TABLE, 1);
            @SuppressWarnings({"unchecked", "rawtypes"})
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.write((ColumnBlock) other));
            assertTrue(e.getMessage().contains("timeseries"), e.getMessage());
            w.abort();
        }
    }

    /** The builder Parquet-Java asks each object model to subclass. */
    private static final class RecordApiBuilder<T> extends ParquetWriter.Builder<T, RecordApiBuilder<T>> {
        private final WriteSupport<T> writeSupport;

        RecordApiBuilder(OutputFile file, WriteSupport<T> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected RecordApiBuilder<T> self() {
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
