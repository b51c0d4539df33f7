package org.vpsim.results.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.function.Consumer;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.ColumnBlock;

/**
 * The rows of one patient × arm on their way from its simulation to the run's single writer, with memory
 * bounded whatever the study length: at most {@link #memoryRows} rows are held, column by column in a
 * {@link ColumnBlock} per table; when that many have gathered they are appended to the task's spool file
 * ({@code task-N.spool} in the run's {@link SpoolDirectory}) in a compact binary form ({@link BlockCodec}) and
 * dropped from memory. When the simulation has ended the writer {@link #replay replays} the rows in the order
 * they were made — the spool file first, then what is still in memory — as blocks of columns, which the
 * Parquet writer reads without a record per row; then it {@link #close() closes} the spool, which deletes its
 * file. Time-series rows and events go to different files, so only the order within each table is kept.
 *
 * <p>Why not hand rows straight to the Parquet writer: the writer must take the tasks in a fixed order
 * (byte-identical files for any thread count), so a task ahead of the writer's turn must keep its rows
 * somewhere; and a patient × arm whose controller fails contributes no time-series rows, which is only
 * known at its end. Why not one temporary Parquet file per task, appended by row group: the output's row
 * groups would then follow task boundaries and the files would differ from a one-pass write; spooling keeps
 * the writer's input — and so every byte of the output — what it was when rows were held in lists.
 *
 * <p>Threads: rows are added on one thread (the simulation's), then replayed on another after a
 * happens-before edge (the task's future). When the spool folder has been closed (the run was aborted) the
 * next row ends the simulation with an exception, so no worker outlives an aborted run by more than a row.
 */
public final class TaskSpool implements AutoCloseable {

    /**
     * Rows a study's spools may hold in memory together, about 12 MB of time-series rows (about 90 bytes each
     * in columns): see {@link #memoryRowsPerTask}.
     */
    public static final int STUDY_MEMORY_ROWS = 131_072;
    /** Fewest rows a spool holds before it spills: spilling is done in blocks of this many rows or more. */
    public static final int MIN_MEMORY_ROWS = 4_096;
    /** Most rows a spool holds before it spills (about 3 MB). */
    public static final int MAX_MEMORY_ROWS = 32_768;

    /**
     * The memory bound of each spool when {@code tasksInFlight} simulations may be running or waiting for the
     * writer: the study's {@link #STUDY_MEMORY_ROWS} shared among them, within {@link #MIN_MEMORY_ROWS} and
     * {@link #MAX_MEMORY_ROWS}. On 2 threads (4 tasks in flight) a task holds 32,768 rows: a study of up to
     * about 100 days at 5-minute output never touches the disk; on 64 threads 4,096 rows each.
     */
    public static int memoryRowsPerTask(int tasksInFlight) {
        if (tasksInFlight < 1) {
            throw new IllegalArgumentException("tasksInFlight: " + tasksInFlight + " must be >= 1");
        }
        return Math.max(MIN_MEMORY_ROWS, Math.min(MAX_MEMORY_ROWS, STUDY_MEMORY_ROWS / tasksInFlight));
    }

    /** Rows a block makes room for at first: a short study's spool does not claim its whole bound up front. */
    private static final int INITIAL_BLOCK_ROWS = 1_024;
    private static final int INITIAL_EVENT_ROWS = 64;
    private static final BlockCodec<TimeseriesRow> TIMESERIES_CODEC = new BlockCodec<>(TimeseriesColumns.TABLE);
    private static final BlockCodec<EventRow> EVENT_CODEC = new BlockCodec<>(EventColumns.TABLE);

    private final SpoolDirectory directory;
    private final String fileName;
    private final int memoryRows;
    private final ColumnBlock<TimeseriesRow> heldTimeseries;
    private final ColumnBlock<EventRow> heldEvents;
    private Path file;
    private FileChannel channel;
    private BlockCodec.Bytes block;
    private BlockCodec.StringsOut outStrings;
    private long spilledRecords;
    private long timeseriesRows;
    private long eventRows;
    private int mostHeld;
    private boolean finished;
    private boolean closed;

    /**
     * @param directory  where the spool file goes if one is needed
     * @param fileName   the file's name in it, unique per task (e.g. {@code task-12.spool})
     * @param memoryRows rows held in memory before they are spilled (at least 1)
     */
    public TaskSpool(SpoolDirectory directory, String fileName, int memoryRows) {
        this.directory = Objects.requireNonNull(directory, "directory: null");
        this.fileName = Objects.requireNonNull(fileName, "fileName: null");
        if (memoryRows < 1) {
            throw new IllegalArgumentException("memoryRows: " + memoryRows + " must be >= 1");
        }
        this.memoryRows = memoryRows;
        this.heldTimeseries = new ColumnBlock<>(TimeseriesColumns.TABLE, Math.min(memoryRows, INITIAL_BLOCK_ROWS));
        this.heldEvents = new ColumnBlock<>(EventColumns.TABLE, Math.min(memoryRows, INITIAL_EVENT_ROWS));
    }

    /** Adds a time-series row (simulation thread). */
    public void timeseries(TimeseriesRow row) {
        Objects.requireNonNull(row, "row: null");
        checkAdding();
        heldTimeseries.add(row);
        timeseriesRows++;
        added();
    }

    /** Adds an event row (simulation thread). */
    public void event(EventRow row) {
        Objects.requireNonNull(row, "row: null");
        checkAdding();
        heldEvents.add(row);
        eventRows++;
        added();
    }

    private void checkAdding() {
        if (finished) {
            throw new IllegalStateException("spool " + fileName + " is finished");
        }
        if (directory.closed()) {
            throw new IllegalStateException("the run was aborted");
        }
    }

    private void added() {
        int held = heldTimeseries.size() + heldEvents.size();
        if (held > mostHeld) {
            mostHeld = held;
        }
        if (held >= memoryRows) {
            spill();
        }
    }

    private void spill() {
        try {
            if (channel == null) {
                file = directory.newFile(fileName);
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
                block = new BlockCodec.Bytes(1 << 20);
                outStrings = new BlockCodec.StringsOut();
            }
            // One block per spill: [bytes: int32 LE][rows: int32 LE] then the time-series block and the event
            // block in their tables' encoding.
            block.clear();
            TIMESERIES_CODEC.encode(heldTimeseries, block, outStrings);
            EVENT_CODEC.encode(heldEvents, block, outStrings);
            int rows = heldTimeseries.size() + heldEvents.size();
            ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(block.size()).putInt(rows).flip();
            writeFully(header);
            writeFully(ByteBuffer.wrap(block.array(), 0, block.size()));
            spilledRecords += rows;
            heldTimeseries.clear();
            heldEvents.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write spool file " + fileName + ": " + e.getMessage(), e);
        }
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** Ends the adding (simulation thread): the spool file, if any, is closed. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        block = null;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write spool file " + fileName + ": " + e.getMessage(), e);
            } finally {
                channel = null;
            }
        }
    }

    /**
     * Hands every row over in the order it was added (writer thread, after {@link #finish()}), as blocks of
     * columns: each block is valid only during the call that receives it (the spool reuses it for the next).
     * Empty blocks are not handed over.
     *
     * @param timeseries receives the time-series rows; null to skip them (a failed patient × arm)
     * @param events     receives the event rows
     */
    public void replay(Consumer<ColumnBlock<TimeseriesRow>> timeseries, Consumer<ColumnBlock<EventRow>> events)
            throws IOException {
        if (!finished || closed) {
            throw new IllegalStateException("spool " + fileName + (closed ? " is closed" : " is not finished"));
        }
        if (file != null) {
            replayFile(timeseries, events);
        }
        hand(heldTimeseries, heldEvents, timeseries, events);
    }

    private static void hand(ColumnBlock<TimeseriesRow> ts, ColumnBlock<EventRow> ev,
                             Consumer<ColumnBlock<TimeseriesRow>> timeseries, Consumer<ColumnBlock<EventRow>> events) {
        if (timeseries != null && !ts.isEmpty()) {
            timeseries.accept(ts);
        }
        if (!ev.isEmpty()) {
            events.accept(ev);
        }
    }

    private void replayFile(Consumer<ColumnBlock<TimeseriesRow>> timeseries, Consumer<ColumnBlock<EventRow>> events)
            throws IOException {
        BlockCodec.StringsIn strings = new BlockCodec.StringsIn();
        ColumnBlock<TimeseriesRow> tsBlock = new ColumnBlock<>(TimeseriesColumns.TABLE, INITIAL_BLOCK_ROWS);
        ColumnBlock<EventRow> eventBlock = new ColumnBlock<>(EventColumns.TABLE, INITIAL_EVENT_ROWS);
        long read = 0;
        byte[] data = new byte[0];
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            while (read < spilledRecords) {
                header.clear();
                readFully(in, header);
                int bytes = header.getInt(0);
                int records = header.getInt(4);
                if (bytes < 0 || records <= 0) {
                    throw new IOException("corrupt spool file " + file + ": block of " + bytes + " bytes, "
                            + records + " records");
                }
                if (data.length < bytes) {
                    data = new byte[bytes];
                }
                readFully(in, ByteBuffer.wrap(data, 0, bytes));
                BlockCodec.Cursor cursor = new BlockCodec.Cursor(data, bytes);
                try {
                    TIMESERIES_CODEC.decode(cursor, strings, tsBlock);
                    EVENT_CODEC.decode(cursor, strings, eventBlock);
                } catch (RuntimeException e) { // a count, length or string code the writing side never wrote
                    throw new IOException("corrupt spool file " + file + ": " + e.getMessage(), e);
                }
                if (cursor.hasMore() || tsBlock.size() + eventBlock.size() != records) {
                    throw new IOException("corrupt spool file " + file + ": a block of " + records
                            + " records holds " + tsBlock.size() + " + " + eventBlock.size());
                }
                hand(tsBlock, eventBlock, timeseries, events);
                read += records;
            }
        }
    }

    private void readFully(FileChannel in, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (in.read(b) < 0) {
                throw new IOException("spool file " + file + " ended early");
            }
        }
    }

    public long timeseriesRows() {
        return timeseriesRows;
    }

    public long eventRows() {
        return eventRows;
    }

    /** The most rows this spool held in memory at once (never more than its memory bound). */
    public int mostRowsHeld() {
        return mostHeld;
    }

    /** Rows that went through the spool file. */
    public long spilledRows() {
        return spilledRecords;
    }

    /** Drops the rows and deletes the spool file; idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        heldTimeseries.clear();
        heldEvents.clear();
        block = null;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Deleted below in any case.
            }
            channel = null;
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
