package org.vpsim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.vpsim.results.RunDirectory;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.Sha256;

/**
 * The run directory as the Spark application fills it: Spark writes each table into a hidden staging
 * folder ({@value #STAGING}, which readers skip), then the driver moves each table's single part file
 * to the name {@code vpsim run} uses ({@link RunDirectory}), deletes Spark's bookkeeping files and
 * writes {@code manifest.json} last. The directory must be a file system path the driver and every
 * executor see at the same place (local for {@code local[*]}, a shared mount on a cluster).
 */
final class OutputDirectory {

    static final String STAGING = ".spark-staging";

    private final Path directory;

    private OutputDirectory(Path directory) {
        this.directory = directory;
    }

    /**
     * Prepares {@code directory}: refuses one that already holds a run unless {@code overwrite}, in
     * which case the previous run is deleted, manifest first (so it never looks complete half-deleted).
     */
    static OutputDirectory prepare(Path directory, boolean overwrite) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        List<Path> previous = new ArrayList<>();
        for (String name : List.of(Manifests.FILE_NAME, "." + Manifests.FILE_NAME + ".tmp", RunDirectory.TIMESERIES_DIR,
                RunDirectory.CONTROLLER_LOGS_DIR, RunDirectory.EVENTS_FILE, RunDirectory.SUMMARY_FILE, STAGING)) {
            Path p = dir.resolve(name);
            if (Files.exists(p)) {
                previous.add(p);
            }
        }
        if (!previous.isEmpty()) {
            if (!overwrite) {
                throw new FileAlreadyExistsException(dir.toString(), null, "already holds a run ("
                        + previous.stream().map(p -> p.getFileName().toString()).toList() + ")");
            }
            for (Path p : previous) {
                deleteRecursively(p);
            }
        }
        return new OutputDirectory(dir);
    }

    Path path() {
        return directory;
    }

    /** Where Spark writes a table before it is moved into place, as a URI (the local file system, not HDFS). */
    String staging(String table) {
        return directory.resolve(STAGING).resolve(table).toUri().toString();
    }

    /**
     * Writes {@code table} (the columns of {@code catalogue}) as Parquet into the staging folder
     * {@code stagedTable} (a Spark job). Like {@code vpsim run}'s writer, only string columns are
     * dictionary-encoded: numbers are nearly all distinct, and a dictionary costs a hash lookup per value until
     * Parquet gives up on it (measured: a fifth of the Spark run's samples in a profile, 90-day study).
     */
    void write(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> table, org.vpsim.results.columns.Table<?> catalogue,
               String stagedTable) {
        org.apache.spark.sql.DataFrameWriter<org.apache.spark.sql.Row> w =
                table.write().mode(org.apache.spark.sql.SaveMode.ErrorIfExists);
        for (org.vpsim.results.columns.Column<?> c : catalogue.columns()) {
            if (c.type() != org.vpsim.results.columns.ColumnType.STRING) {
                w = w.option("parquet.enable.dictionary#" + c.name(), "false");
            }
        }
        w.parquet(staging(stagedTable));
    }

    /** Moves the single part file Spark wrote for {@code stagedTable} to {@code target} (relative). */
    Path publish(String stagedTable, String target) throws IOException {
        Path staged = directory.resolve(STAGING).resolve(stagedTable);
        List<Path> parts;
        try (Stream<Path> files = Files.list(staged)) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        if (parts.size() != 1) {
            throw new IOException(staged + ": Spark wrote " + parts.size() + " part files, expected 1");
        }
        Path to = directory.resolve(target);
        Files.createDirectories(to.getParent());
        Files.move(parts.get(0), to, StandardCopyOption.ATOMIC_MOVE);
        org.vpsim.results.parquet.FooterEncodingOrder.normalize(to);
        return to;
    }

    /**
     * Moves the part files Spark wrote for {@code stagedTable} from partitions {@code from} (inclusive) to
     * {@code to} (exclusive) into {@code targetDirectory} (relative), in partition order, as
     * {@code part-00000.parquet}, {@code part-00001.parquet}, …; returns them in that order. Files of other
     * partitions are left in staging: Spark's partition 0 writes a file with the schema and no rows even when
     * it holds none of the table's rows.
     */
    List<Path> publishParts(String stagedTable, String targetDirectory, int from, int to) throws IOException {
        Path staged = directory.resolve(STAGING).resolve(stagedTable);
        List<Path> parts;
        try (Stream<Path> files = Files.list(staged)) {
            parts = files.filter(p -> PART.matcher(p.getFileName().toString()).matches())
                    .filter(p -> partitionOf(p) >= from && partitionOf(p) < to)
                    .sorted(Comparator.comparingInt(OutputDirectory::partitionOf)).toList();
        }
        if (parts.isEmpty()) {
            throw new IOException(staged + ": Spark wrote no part file");
        }
        Path into = directory.resolve(targetDirectory);
        Files.createDirectories(into);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Path target = into.resolve(String.format(java.util.Locale.ROOT, "part-%05d.parquet", i));
            Files.move(parts.get(i), target, StandardCopyOption.ATOMIC_MOVE);
            // Parquet-Java lists a column chunk's encodings in hash order, which differs between JVM runs.
            org.vpsim.results.parquet.FooterEncodingOrder.normalize(target);
            out.add(target);
        }
        return out;
    }

    /** Spark's part file names: {@code part-<partition>-<job uuid>-c000[.codec].parquet}. */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("part-(\\d+)-.*\\.parquet");

    private static int partitionOf(Path p) {
        java.util.regex.Matcher m = PART.matcher(p.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException(p + " is not a Spark part file");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The external controllers' stderr logs the executors wrote into {@code controller-logs/}, sorted. */
    List<Path> controllerLogs() throws IOException {
        Path logs = directory.resolve(RunDirectory.CONTROLLER_LOGS_DIR);
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(logs)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Deletes the staging folder (Spark's _SUCCESS and checksum files, emptied table folders). */
    void dropStaging() {
        try {
            deleteRecursively(directory.resolve(STAGING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data file's manifest entry. */
    FileEntry entry(Path file) throws IOException {
        String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return new FileEntry(relative, Files.size(file), Sha256.of(file));
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
