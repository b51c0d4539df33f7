package org.vpsim.results.parquet;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.vpsim.results.EventRow;
import org.vpsim.results.RunDirectory;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.ColumnBlock;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RowCounts;
import org.vpsim.results.manifest.RunInfo;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.results.manifest.Sha256;
import org.vpsim.results.spool.SpoolDirectory;

/**
 * Streams the rows of one run into a run directory (layout in the package documentation).
 *
 * <p>Files are written under hidden temporary names ({@code .name.tmp}, which DuckDB globs, pyarrow
 * and Spark all skip) and renamed when {@link #commit} closes them; {@code manifest.json} is written
 * last. {@link #close()} without a commit aborts: the temporary files are deleted and no manifest is
 * written, so an interrupted run never looks complete. Single-threaded: the caller hands rows over in
 * a deterministic order. The writer also owns the run's {@link #spool() spool folder}, where simulations
 * waiting for their turn keep their rows: it is deleted on commit (before the manifest is written) and on
 * abort.
 *
 * <pre>{@code
 * try (RunWriter out = RunWriter.open(dir, false)) {
 *     out.writeTimeseries("pump", row); out.writeEvent(event); out.writeSummary(summary);
 *     out.commit(runInfo);
 * }
 * }</pre>
 */
public final class RunWriter implements AutoCloseable {

    // The layout is RunDirectory's; repeated here for the callers that name it through the writer.
    public static final String TIMESERIES_DIR = RunDirectory.TIMESERIES_DIR;
    public static final String EVENTS_FILE = RunDirectory.EVENTS_FILE;
    public static final String SUMMARY_FILE = RunDirectory.SUMMARY_FILE;
    public static final String PART_FILE = RunDirectory.PART_FILE;
    /** Folder for external controllers' stderr, {@code <arm>/<patient>.stderr.log}; listed in the manifest. */
    public static final String CONTROLLER_LOGS_DIR = RunDirectory.CONTROLLER_LOGS_DIR;

    private enum State { OPEN, COMMITTED, CLOSED }

    private final Path directory;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<String, PendingFile<TimeseriesRow>> timeseriesByArm = new TreeMap<>();
    private final PendingFile<EventRow> events;
    private final PendingFile<SummaryRow> summary;
    private final SpoolDirectory spool;
    private String lastArm;
    private PendingFile<TimeseriesRow> lastArmFile;
    private State state = State.OPEN;

    private RunWriter(Path directory, Clock clock) throws IOException {
        this.directory = directory;
        this.clock = clock;
        // Millisecond precision is plenty for wall times and keeps the manifest tidy.
        this.startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        this.spool = new SpoolDirectory(directory.resolve(RunDirectory.SPOOL_DIR));
        this.events = new PendingFile<>(directory.resolve(EVENTS_FILE), ParquetFiles::eventWriter);
        try {
            this.summary = new PendingFile<>(directory.resolve(SUMMARY_FILE), ParquetFiles::summaryWriter);
        } catch (IOException | RuntimeException e) {
            events.abort();
            throw e;
        }
    }

    /** Opens a writer on {@code directory} with the system UTC clock for the manifest's wall times. */
    public static RunWriter open(Path directory, boolean overwrite) throws IOException {
        return open(directory, overwrite, Clock.systemUTC());
    }

    /**
     * Opens a writer on {@code directory}, creating it if needed.
     *
     * @param overwrite when the directory already holds a run (complete or not): false refuses with
     *                  {@link FileAlreadyExistsException}; true deletes it — {@code manifest.json}
     *                  first, so a half-replaced directory never looks complete. Other files in the
     *                  directory are left alone.
     * @param clock     source of the manifest's start and end wall times (the only
     *                  non-deterministic content of a run)
     */
    public static RunWriter open(Path directory, boolean overwrite, Clock clock) throws IOException {
        Objects.requireNonNull(directory, "directory: null");
        Objects.requireNonNull(clock, "clock: null");
        Files.createDirectories(directory);
        List<Path> previous = previousRunEntries(directory);
        if (!previous.isEmpty()) {
            if (!overwrite) {
                throw new FileAlreadyExistsException(directory.toString(), null,
                        "already holds a run (" + previous.stream().map(p -> p.getFileName().toString()).toList()
                                + "); choose another directory or allow overwrite");
            }
            for (Path p : previous) { // manifest first: see previousRunEntries
                deleteRecursively(p);
            }
        }
        return new RunWriter(directory, clock);
    }

    /** The run directory. */
    public Path directory() {
        return directory;
    }

    /**
     * The run's spool folder ({@value RunDirectory#SPOOL_DIR} in the run directory), thread-safe; deleted with
     * its content by {@link #commit} and {@link #close()}.
     */
    public SpoolDirectory spool() {
        return spool;
    }

    /** Appends a timeseries row of {@code arm}; the arm's partition file is opened on first use. */
    public void writeTimeseries(String arm, TimeseriesRow row) throws IOException {
        requireOpen();
        Objects.requireNonNull(row, "row: null");
        timeseriesFile(arm).write(row);
    }

    /** The partition file of {@code arm}, opened on first use. */
    private PendingFile<TimeseriesRow> timeseriesFile(String arm) throws IOException {
        if (arm != null && arm.equals(lastArm)) { // rows come in long runs of one arm
            return lastArmFile;
        }
        PendingFile<TimeseriesRow> file = timeseriesByArm.get(arm);
        if (file == null) {
            RunDirectory.requireArmName(arm);
            Path partition = directory.resolve(TIMESERIES_DIR).resolve("arm=" + arm);
            Files.createDirectories(partition);
            file = new PendingFile<>(partition.resolve(PART_FILE), ParquetFiles::timeseriesWriter);
            timeseriesByArm.put(arm, file);
        }
        lastArm = arm;
        lastArmFile = file;
        return file;
    }

    /** Appends the time-series rows of {@code block} (the spool's columns) to {@code arm}'s partition file. */
    public void writeTimeseries(String arm, ColumnBlock<TimeseriesRow> block) throws IOException {
        requireOpen();
        Objects.requireNonNull(block, "block: null");
        timeseriesFile(arm).write(block);
    }

    public void writeEvent(EventRow row) throws IOException {
        requireOpen();
        events.write(Objects.requireNonNull(row, "row: null"));
    }

    /** Appends the event rows of {@code block}. */
    public void writeEvents(ColumnBlock<EventRow> block) throws IOException {
        requireOpen();
        events.write(Objects.requireNonNull(block, "block: null"));
    }

    public void writeSummary(SummaryRow row) throws IOException {
        requireOpen();
        summary.write(Objects.requireNonNull(row, "row: null"));
    }

    /**
     * Closes every data file, moves it to its final name, then writes {@code manifest.json} (via a
     * temporary file and an atomic move). After this the writer accepts no more rows.
     *
     * @return the manifest written
     */
    public RunManifest commit(RunInfo info) throws IOException {
        Objects.requireNonNull(info, "info: null");
        requireOpen();
        state = State.CLOSED; // if anything below fails, close() must not try again
        Map<String, Long> timeseriesCounts = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, PendingFile<TimeseriesRow>> e : timeseriesByArm.entrySet()) {
                e.getValue().commit();
                timeseriesCounts.put(e.getKey(), e.getValue().rows());
            }
            events.commit();
            summary.commit();
            spool.close();
        } catch (IOException | RuntimeException e) {
            abortAll();
            throw e;
        }
        RowCounts counts = new RowCounts(timeseriesCounts, events.rows(), summary.rows());
        RunManifest manifest = RunManifest.of(info, startedAt,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), counts, listFiles());
        Manifests.write(directory, manifest);
        state = State.COMMITTED;
        return manifest;
    }

    /** Aborts the run unless it was committed: temporary files are deleted, no manifest is written. */
    @Override
    public void close() throws IOException {
        if (state == State.OPEN) {
            state = State.CLOSED;
            abortAll();
        }
    }

    private void abortAll() {
        for (PendingFile<TimeseriesRow> f : timeseriesByArm.values()) {
            f.abort();
        }
        events.abort();
        summary.abort();
        try {
            spool.close();
        } catch (IOException ignored) {
            // Best effort, like the other temporary files; the folder is hidden and never listed as output.
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("run writer for " + directory + " is " + state.name().toLowerCase());
        }
    }

    /** Data files in a stable order (by '/'-separated relative path), with size and SHA-256. */
    private List<FileEntry> listFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(directory.resolve(EVENTS_FILE));
        files.add(directory.resolve(SUMMARY_FILE));
        for (PendingFile<TimeseriesRow> f : timeseriesByArm.values()) {
            files.add(f.target);
        }
        Path logs = directory.resolve(CONTROLLER_LOGS_DIR);
        if (Files.isDirectory(logs)) {
            try (Stream<Path> walk = Files.walk(logs)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        List<FileEntry> entries = new ArrayList<>();
        for (Path f : files) {
            String relative = directory.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            entries.add(new FileEntry(relative, Files.size(f), Sha256.of(f)));
        }
        entries.sort(Comparator.comparing(FileEntry::path));
        return entries;
    }

    /**
     * Entries of a previous run, complete or not, manifest first (deleting it first is what keeps a
     * half-deleted run from looking complete).
     */
    private static List<Path> previousRunEntries(Path directory) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String name : List.of(Manifests.FILE_NAME, "." + Manifests.FILE_NAME + ".tmp", TIMESERIES_DIR,
                CONTROLLER_LOGS_DIR, EVENTS_FILE, SUMMARY_FILE, tmpName(EVENTS_FILE), tmpName(SUMMARY_FILE),
                RunDirectory.SPOOL_DIR)) {
            Path p = directory.resolve(name);
            if (Files.exists(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (DirectoryNotEmptyException e) {
                throw new IOException("could not delete previous run directory " + root, e);
            }
        } else {
            Files.deleteIfExists(root);
        }
    }

    static String tmpName(String fileName) {
        return "." + fileName + ".tmp";
    }

    /** Opens a Parquet writer on a path. */
    @FunctionalInterface
    private interface WriterFactory<T> {
        TableFileWriter<T> open(Path file) throws IOException;
    }

    /** A Parquet file being written under its temporary name. */
    private static final class PendingFile<T> {
        final Path target;
        final Path temporary;
        final TableFileWriter<T> writer;
        boolean closed;

        PendingFile(Path target, WriterFactory<T> factory) throws IOException {
            this.target = target;
            this.temporary = target.resolveSibling(tmpName(target.getFileName().toString()));
            this.writer = factory.open(temporary);
        }

        void write(T row) throws IOException {
            writer.write(row);
        }

        void write(ColumnBlock<T> block) throws IOException {
            writer.write(block);
        }

        long rows() {
            return writer.rows();
        }

        void commit() throws IOException {
            closed = true;
            writer.close();
            FooterEncodingOrder.normalize(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        void abort() {
            if (!closed) {
                closed = true;
                writer.abort();
            }
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Best effort; without a manifest the directory is visibly incomplete anyway.
            }
        }
    }
}
