package org.vpsim.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.vpsim.results.manifest.Manifests;

/** Locates the files of a run directory written by {@link RunWriter} (for readers such as compare). */
public final class RunDirectory {

    private static final String ARM_PREFIX = "arm=";

    private RunDirectory() {
    }

    /** True when the run was committed: its manifest exists (it is written last). */
    public static boolean isComplete(Path runDirectory) {
        return Files.isRegularFile(runDirectory.resolve(Manifests.FILE_NAME));
    }

    /** The arms that have a timeseries partition, sorted. */
    public static List<String> arms(Path runDirectory) throws IOException {
        Path timeseries = runDirectory.resolve(RunWriter.TIMESERIES_DIR);
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

    /** The timeseries file of one arm. */
    public static Path timeseriesFile(Path runDirectory, String arm) {
        return runDirectory.resolve(RunWriter.TIMESERIES_DIR).resolve(ARM_PREFIX + Checks.arm(arm))
                .resolve(RunWriter.PART_FILE);
    }

    public static Path eventsFile(Path runDirectory) {
        return runDirectory.resolve(RunWriter.EVENTS_FILE);
    }

    public static Path summaryFile(Path runDirectory) {
        return runDirectory.resolve(RunWriter.SUMMARY_FILE);
    }
}
