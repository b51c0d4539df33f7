package org.vpsim.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.vpsim.results.manifest.Manifests;

/**
 * The layout of a run directory (see the package documentation) and how to locate its files, for the
 * writers (the CLI's Parquet writer, the Spark application) and the readers (compare, report, verify).
 */
public final class RunDirectory {

    public static final String TIMESERIES_DIR = "timeseries";
    public static final String EVENTS_FILE = "events.parquet";
    public static final String SUMMARY_FILE = "summary.parquet";
    public static final String PART_FILE = "part-00000.parquet";
    /** Folder for external controllers' stderr, {@code <arm>/<patient>.stderr.log}; listed in the manifest. */
    public static final String CONTROLLER_LOGS_DIR = "controller-logs";
    /**
     * Hidden folder for the rows of simulations waiting for their turn at the writer (see
     * {@code org.vpsim.results.spool}); it exists only while a run is being written.
     */
    public static final String SPOOL_DIR = ".vpsim-spool";

    private static final String ARM_PREFIX = "arm=";

    private RunDirectory() {
    }

    /** True when the run was committed: its manifest exists (it is written last). */
    public static boolean isComplete(Path runDirectory) {
        return Files.isRegularFile(runDirectory.resolve(Manifests.FILE_NAME));
    }

    /** The arms that have a timeseries partition, sorted. */
    public static List<String> arms(Path runDirectory) throws IOException {
        Path timeseries = runDirectory.resolve(TIMESERIES_DIR);
        if (!Files.isDirectory(timeseries)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(timeseries)) {
            return dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(ARM_PREFIX))
                    .map(name -> name.substring(ARM_PREFIX.length()))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Checks that {@code arm} can name a partition directory.
     *
     * @throws IllegalArgumentException naming the arm when it cannot
     */
    public static String requireArmName(String arm) {
        return Checks.arm(arm);
    }

    /**
     * The time-series files of one arm, {@code timeseries/arm=<arm>/part-*.parquet}, sorted by name: one
     * ({@value #PART_FILE}) from {@code vpsim run}, one or several from the Spark application. Read in this
     * order they give the arm's rows in stored order (patient, replicate, time).
     */
    public static List<Path> timeseriesFiles(Path runDirectory, String arm) throws IOException {
        Path partition = runDirectory.resolve(TIMESERIES_DIR).resolve(ARM_PREFIX + Checks.arm(arm));
        if (!Files.isDirectory(partition)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(partition)) {
            return files.filter(p -> isPartFile(p.getFileName().toString()) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** The arm of a time-series part file given by its '/'-separated path relative to the run, or null. */
    public static String armOfTimeseriesFile(String relativePath) {
        String prefix = TIMESERIES_DIR + "/" + ARM_PREFIX;
        if (!relativePath.startsWith(prefix)) {
            return null;
        }
        String rest = relativePath.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash > 0 && isPartFile(rest.substring(slash + 1)) ? rest.substring(0, slash) : null;
    }

    private static boolean isPartFile(String name) {
        return name.startsWith("part-") && name.endsWith(".parquet") && name.indexOf('/') < 0;
    }

    /** The file {@code vpsim run} writes for one arm ({@value #PART_FILE}); see {@link #timeseriesFiles}. */
    public static Path timeseriesFile(Path runDirectory, String arm) {
        return runDirectory.resolve(TIMESERIES_DIR).resolve(ARM_PREFIX + Checks.arm(arm))
                .resolve(PART_FILE);
    }

    public static Path eventsFile(Path runDirectory) {
        return runDirectory.resolve(EVENTS_FILE);
    }

    public static Path summaryFile(Path runDirectory) {
        return runDirectory.resolve(SUMMARY_FILE);
    }
}
