package org.vpsim.results.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.InvalidRecordException;
import org.apache.parquet.io.LocalInputFile;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.RunReader;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.Column;
import org.vpsim.results.columns.Table;
import org.vpsim.results.columns.Values;

/**
 * Reads result files back into records (for tools such as {@code compare}, and tests). Uses the
 * example {@code Group} API: simple, and independent of the write path ({@code TableFileWriter}). Each
 * stored value is read by column name as the catalogue types it, and the catalogue's
 * {@link Table#read} builds the record. The {@code forEach…} methods stream; the {@code read…}
 * methods collect into a list.
 */
public final class ParquetRows {

    /** These methods as a {@link RunReader}, for the analysis tools of {@code results}. */
    public static final RunReader READER = new RunReader() {
        @Override
        public void forEachTimeseries(Path file, Consumer<TimeseriesRow> action) throws IOException {
            ParquetRows.forEachTimeseries(file, action);
        }

        @Override
        public void forEachEvent(Path file, Consumer<EventRow> action) throws IOException {
            ParquetRows.forEachEvent(file, action);
        }

        @Override
        public void forEachSummary(Path file, Consumer<SummaryRow> action) throws IOException {
            ParquetRows.forEachSummary(file, action);
        }

        @Override
        public long rowCount(Path file) throws IOException {
            return ParquetRows.rowCount(file);
        }
    };

    private ParquetRows() {
    }

    public static void forEachTimeseries(Path file, Consumer<TimeseriesRow> action) throws IOException {
        forEach(file, TimeseriesColumns.TABLE, action);
    }

    public static void forEachEvent(Path file, Consumer<EventRow> action) throws IOException {
        forEach(file, EventColumns.TABLE, action);
    }

    public static void forEachSummary(Path file, Consumer<SummaryRow> action) throws IOException {
        forEach(file, SummaryColumns.TABLE, action);
    }

    public static List<TimeseriesRow> readTimeseries(Path file) throws IOException {
        List<TimeseriesRow> rows = new ArrayList<>();
        forEachTimeseries(file, rows::add);
        return rows;
    }

    public static List<EventRow> readEvents(Path file) throws IOException {
        List<EventRow> rows = new ArrayList<>();
        forEachEvent(file, rows::add);
        return rows;
    }

    public static List<SummaryRow> readSummary(Path file) throws IOException {
        List<SummaryRow> rows = new ArrayList<>();
        forEachSummary(file, rows::add);
        return rows;
    }

    /** Rows in a Parquet file, from its footer. */
    public static long rowCount(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getRecordCount();
        }
    }

    private static <T> void forEach(Path file, Table<T> table, Consumer<T> action) throws IOException {
        try (ParquetReader<Group> reader = new GroupReaderBuilder(new LocalInputFile(file)).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                T row;
                try {
                    row = table.read(values(g, table));
                } catch (InvalidRecordException e) {
                    // A column this version reads is absent: the file predates it (or is not vpsim's).
                    throw new IllegalArgumentException(file + " lacks a column this vpsim reads ("
                            + e.getMessage() + "); it was written by another version: re-run the study");
                }
                action.accept(row);
            }
        }
    }

    /** The stored values of a row, typed by the catalogue (a missing optional field is null). */
    private static Values values(Group g, Table<?> table) {
        return name -> {
            Column<?> c = table.column(name);
            if (g.getFieldRepetitionCount(name) == 0) {
                return null;
            }
            return switch (c.type()) {
                case STRING -> g.getString(name, 0);
                case INT32 -> g.getInteger(name, 0);
                case INT64, TIMESTAMP_MILLIS -> g.getLong(name, 0);
                case DOUBLE -> g.getDouble(name, 0);
            };
        };
    }

    /** Reader over a local file with a plain (non-Hadoop) configuration. */
    private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {

        GroupReaderBuilder(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
