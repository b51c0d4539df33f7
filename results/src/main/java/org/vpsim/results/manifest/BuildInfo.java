package org.vpsim.results.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The vpsim version and the source commit this build was made from, written into the jar at build
 * time ({@code org/vpsim/results/build.properties}, Maven resource filtering with the commit from
 * git-commit-id-maven-plugin). A build outside a git checkout reports the commit as {@value #UNKNOWN};
 * a build from a checkout with uncommitted changes adds {@value #DIRTY_SUFFIX} to it.
 *
 * @param version vpsim version, e.g. 0.1.0-SNAPSHOT
 * @param commit  full commit hash, possibly with {@value #DIRTY_SUFFIX}, or {@value #UNKNOWN}
 */
public record BuildInfo(String version, String commit) {

    public static final String UNKNOWN = "unknown";
    public static final String DIRTY_SUFFIX = "-dirty";
    private static final String RESOURCE = "/org/vpsim/results/build.properties";

    /** This build's information (read once per call; the resource is tiny). */
    public static BuildInfo current() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Unreadable resource: fall through to "unknown", the build facts are informative only.
        }
        String version = filled(p.getProperty("version"));
        String commit = filled(p.getProperty("commit"));
        if (!commit.matches("[0-9a-f]{40,64}")) {
            commit = UNKNOWN; // anything but a hash (git printed a message, an unfilled placeholder)
        }
        if (!UNKNOWN.equals(commit) && "true".equals(p.getProperty("dirty"))) {
            commit += DIRTY_SUFFIX;
        }
        return new BuildInfo(version, commit);
    }

    /** A filtered value, or {@value #UNKNOWN} when absent or left as an unfilled placeholder. */
    private static String filled(String value) {
        return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.trim();
    }
}
