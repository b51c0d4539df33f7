package org.vpsim.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the rows of a run directory's files back, whatever their format; the analysis tools
 * ({@code comparison}, {@code report}) use it so they need no file-format library. The Parquet
 * implementation is {@code org.vpsim.results.parquet.ParquetRows#READER} in {@code results-parquet}.
 */
public interface RunReader {

    void forEachTimeseries(Path file, Consumer<TimeseriesRow> action) throws IOException;

    void forEachEvent(Path file, Consumer<EventRow> action) throws IOException;

    void forEachSummary(Path file, Consumer<SummaryRow> action) throws IOException;

    /** Rows in a data file, for checking a manifest. */
    long rowCount(Path file) throws IOException;
}
