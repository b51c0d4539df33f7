package org.vpsim.results.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.vpsim.results.RunDirectory;
import org.vpsim.results.RunReader;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.results.manifest.Sha256;

/**
 * Checks a run directory against its manifest, for reviewers: every listed file exists with the
 * listed size and SHA-256, every data file has the listed row count (counted by a {@link RunReader}), and no
 * other file is present. Also compares the data files of two manifests (for {@code reproduce}).
 */
public final class RunVerification {

    private RunVerification() {
    }

    /**
     * The problems found, one plain sentence each naming the file; empty when the directory is
     * exactly what its manifest says.
     *
     * @param reader counts the rows of the data files (the Parquet one reads the footer)
     * @throws IllegalArgumentException when there is no readable manifest
     */
    public static List<String> verify(Path directory, RunReader reader) throws IOException {
        if (!RunDirectory.isComplete(directory)) {
            throw new IllegalArgumentException(directory + " has no " + Manifests.FILE_NAME
                    + ": not a complete run directory");
        }
        RunManifest manifest;
        try {
            manifest = Manifests.read(directory);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(Manifests.FILE_NAME + " in " + directory + " cannot be read: "
                    + firstLine(e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Long> expectedRows = expectedRows(manifest);
        // A time series may be split into several part files per arm (Spark): counted per arm.
        Map<String, Long> timeseriesRows = new LinkedHashMap<>();
        Set<String> listed = new TreeSet<>();
        for (FileEntry f : manifest.files()) {
            listed.add(f.path());
            Path p = directory.resolve(f.path());
            if (!Files.isRegularFile(p)) {
                problems.add(f.path() + ": missing (listed in the manifest)");
                continue;
            }
            long size = Files.size(p);
            if (size != f.bytes()) {
                problems.add(f.path() + ": size " + size + " bytes, manifest says " + f.bytes());
            }
            String sha = Sha256.of(p);
            if (!sha.equals(f.sha256())) {
                problems.add(f.path() + ": SHA-256 " + sha + " does not match the manifest's " + f.sha256());
            }
            String arm = RunDirectory.armOfTimeseriesFile(f.path());
            if (arm != null) {
                try {
                    timeseriesRows.merge(arm, reader.rowCount(p), Long::sum);
                } catch (IOException | RuntimeException e) {
                    problems.add(f.path() + ": not a readable Parquet file (" + firstLine(e.getMessage()) + ")");
                }
            }
            Long rows = expectedRows.get(f.path());
            if (rows != null) {
                try {
                    long actual = reader.rowCount(p);
                    if (actual != rows) {
                        problems.add(f.path() + ": " + actual + " rows, manifest says " + rows);
                    }
                } catch (IOException | RuntimeException e) {
                    problems.add(f.path() + ": not a readable Parquet file (" + firstLine(e.getMessage()) + ")");
                }
            }
        }
        for (String path : expectedRows.keySet()) {
            if (!listed.contains(path)) {
                problems.add(path + ": has a row count in the manifest but is not in its file list");
            }
        }
        manifest.rowCounts().timeseriesByArm().forEach((arm, n) -> {
            Long actual = timeseriesRows.get(arm);
            String dir = RunDirectory.TIMESERIES_DIR + "/arm=" + arm + "/";
            if (actual == null) {
                problems.add(dir + ": has a row count in the manifest but no file in its file list");
            } else if (actual.longValue() != n) {
                problems.add(dir + ": " + actual + " rows, manifest says " + n);
            }
        });
        for (String arm : timeseriesRows.keySet()) {
            if (!manifest.rowCounts().timeseriesByArm().containsKey(arm)) {
                problems.add(RunDirectory.TIMESERIES_DIR + "/arm=" + arm + "/: not in the manifest's row counts");
            }
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = directory.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (!rel.equals(Manifests.FILE_NAME) && !listed.contains(rel)) {
                    problems.add(rel + ": not listed in the manifest");
                }
            }
        }
        return problems;
    }

    /**
     * The data files that differ between two manifests (content hash or presence), one sentence each;
     * empty when every data file is byte-identical.
     */
    public static List<String> differingFiles(RunManifest expected, RunManifest actual) {
        Map<String, FileEntry> a = byPath(expected);
        Map<String, FileEntry> b = byPath(actual);
        List<String> out = new ArrayList<>();
        Set<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        for (String p : paths) {
            FileEntry x = a.get(p);
            FileEntry y = b.get(p);
            if (x == null) {
                out.add(p + ": produced by the re-run but not in the original run");
            } else if (y == null) {
                out.add(p + ": in the original run but not produced by the re-run");
            } else if (!x.sha256().equals(y.sha256())) {
                out.add(p + ": differs (SHA-256 " + x.sha256() + " originally, " + y.sha256() + " re-run; "
                        + x.bytes() + " vs " + y.bytes() + " bytes)");
            }
        }
        return out;
    }

    private static Map<String, FileEntry> byPath(RunManifest m) {
        Map<String, FileEntry> out = new LinkedHashMap<>();
        for (FileEntry f : m.files()) {
            out.put(f.path(), f);
        }
        return out;
    }

    /** Row counts the manifest promises, by relative path. */
    private static Map<String, Long> expectedRows(RunManifest m) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(RunDirectory.eventsFile(Path.of("")).toString(), m.rowCounts().events());
        rows.put(RunDirectory.summaryFile(Path.of("")).toString(), m.rowCounts().summary());
        return rows;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
