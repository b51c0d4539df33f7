package org.vpsim.results.manifest;

/**
 * One file of a run directory.
 *
 * @param path   relative to the run directory, '/'-separated
 * @param bytes  file size
 * @param sha256 SHA-256 of the content, lower-case hex
 */
public record FileEntry(String path, long bytes, String sha256) {

    public FileEntry {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("path: '" + path + "' is not a relative '/'-separated path");
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes: " + bytes + " is negative");
        }
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("sha256: '" + sha256 + "' is not 64 lower-case hex digits");
        }
    }
}
