package org.vpsim.results.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;

/**
 * The rows of one patient × arm on their way from its simulation to the run's single writer, with memory
 * bounded whatever the study length: at most {@link #memoryRows} rows are held as records; when that many
 * have gathered they are appended to the task's spool file ({@code task-N.spool} in the run's
 * {@link SpoolDirectory}) in a compact binary form ({@link RowCodec}) and dropped from memory. When the
 * simulation has ended the writer {@link #replay replays} the rows in the order they were made — the spool
 * file first, then what is still in memory — and {@link #close() closes} the spool, which deletes its file.
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
     * Rows a study's spools may hold in memory together, about 16 MB of time-series records (about 125 bytes
     * each): see {@link #memoryRowsPerTask}.
     */
    public static final int STUDY_MEMORY_ROWS = 131_072;
    /** Fewest rows a spool holds before it spills: spilling is done in blocks of this many rows or more. */
    public static final int MIN_MEMORY_ROWS = 4_096;
    /** Most rows a spool holds before it spills (about 4 MB). */
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

    private static final byte TIMESERIES = 0;
    private static final byte EVENT = 1;
    private static final RowCodec<TimeseriesRow> TIMESERIES_CODEC = new RowCodec<>(TimeseriesColumns.TABLE);
    private static final RowCodec<EventRow> EVENT_CODEC = new RowCodec<>(EventColumns.TABLE);

    private final SpoolDirectory directory;
    private final String fileName;
    private final int memoryRows;
    private final List<Object> held = new ArrayList<>();
    private Path file;
    private FileChannel channel;
    private RowCodec.Bytes block;
    private RowCodec.StringsOut outStrings;
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
    }

    /** Adds a time-series row (simulation thread). */
    public void timeseries(TimeseriesRow row) {
        add(Objects.requireNonNull(row, "row: null"));
        timeseriesRows++;
    }

    /** Adds an event row (simulation thread). */
    public void event(EventRow row) {
        add(Objects.requireNonNull(row, "row: null"));
        eventRows++;
    }

    private void add(Object row) {
        if (finished) {
            throw new IllegalStateException("spool " + fileName + " is finished");
        }
        if (directory.closed()) {
            throw new IllegalStateException("the run was aborted");
        }
        held.add(row);
        if (held.size() > mostHeld) {
            mostHeld = held.size();
        }
        if (held.size() >= memoryRows) {
            spill();
        }
    }

    private void spill() {
        try {
            if (channel == null) {
                file = directory.newFile(fileName);
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
                block = new RowCodec.Bytes(1 << 20);
                outStrings = new RowCodec.StringsOut();
            }
            // One block per spill: [bytes: int32 LE][records: int32 LE] then the records, each a tag byte and
            // the row in its table's encoding.
            block.clear();
            for (Object row : held) {
                if (row instanceof TimeseriesRow ts) {
                    block.putByte(TIMESERIES);
                    TIMESERIES_CODEC.encode(ts, block, outStrings);
                } else {
                    block.putByte(EVENT);
                    EVENT_CODEC.encode((EventRow) row, block, outStrings);
                }
            }
            ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(block.size()).putInt(held.size()).flip();
            writeFully(header);
            writeFully(ByteBuffer.wrap(block.array(), 0, block.size()));
            spilledRecords += held.size();
            held.clear();
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
     * Hands every row over in the order it was added (writer thread, after {@link #finish()}).
     *
     * @param timeseries receives the time-series rows; null to skip them (a failed patient × arm)
     * @param events     receives the event rows
     */
    public void replay(Consumer<TimeseriesRow> timeseries, Consumer<EventRow> events) throws IOException {
        if (!finished || closed) {
            throw new IllegalStateException("spool " + fileName + (closed ? " is closed" : " is not finished"));
        }
        if (file != null) {
            replayFile(timeseries, events);
        }
        for (Object row : held) {
            if (row instanceof TimeseriesRow ts) {
                if (timeseries != null) {
                    timeseries.accept(ts);
                }
            } else {
                events.accept((EventRow) row);
            }
        }
    }

    private void replayFile(Consumer<TimeseriesRow> timeseries, Consumer<EventRow> events) throws IOException {
        RowCodec.StringsIn strings = new RowCodec.StringsIn();
        RowCodec<TimeseriesRow>.Decoded tsScratch = TIMESERIES_CODEC.scratch();
        RowCodec<EventRow>.Decoded eventScratch = EVENT_CODEC.scratch();
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
                RowCodec.Cursor cursor = new RowCodec.Cursor(data, bytes);
                for (int r = 0; r < records; r++) {
                    int tag = cursor.getByte();
                    if (tag == TIMESERIES) {
                        TimeseriesRow row = TIMESERIES_CODEC.decode(cursor, strings, tsScratch);
                        if (timeseries != null) {
                            timeseries.accept(row);
                        }
                    } else if (tag == EVENT) {
                        events.accept(EVENT_CODEC.decode(cursor, strings, eventScratch));
                    } else {
                        throw new IOException("corrupt spool file " + file + ": record tag " + tag);
                    }
                }
                if (cursor.hasMore()) {
                    throw new IOException("corrupt spool file " + file + ": a block longer than its records");
                }
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
        held.clear();
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
