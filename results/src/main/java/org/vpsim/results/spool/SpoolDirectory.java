package org.vpsim.results.spool;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The folder of a run's spool files ({@link TaskSpool}), made on the first spill and deleted with
 * everything in it by {@link #close()} — when the run is committed and when it is aborted, so spool files
 * never survive a run. Thread-safe: simulations on worker threads create files while the writer thread
 * may close it; after {@link #close()} no file can be created (a simulation still running then fails at
 * its next spill, and stops at its next row: see {@link TaskSpool}).
 */
public final class SpoolDirectory implements AutoCloseable {

    private final Path path;
    private boolean created;
    private volatile boolean closed;

    /** A spool folder at {@code path} (not created until a spool needs a file). */
    public SpoolDirectory(Path path) {
        this.path = Objects.requireNonNull(path, "path: null");
    }

    /** Where the spool files go. */
    public Path path() {
        return path;
    }

    /** True once closed: the run is over (committed or aborted). */
    public boolean closed() {
        return closed;
    }

    /** Creates a new empty file {@code name} in the folder. */
    synchronized Path newFile(String name) throws IOException {
        if (closed) {
            throw new IOException("the run was closed; no more spool files in " + path);
        }
        if (!created) {
            Files.createDirectories(path);
            created = true;
        }
        return Files.createFile(path.resolve(name));
    }

    /** Deletes the folder and every file in it; idempotent. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        deleteTree(path);
    }

    /** Deletes {@code root} and everything under it, if it exists (also a leftover of a killed run). */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (DirectoryNotEmptyException e) {
            throw new IOException("could not delete the spool folder " + root, e);
        }
    }
}
