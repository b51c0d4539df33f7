/**
 * The run manifest: what ran (vpsim version, scenario as run and its SHA-256, study seed, model and
 * parameter-set checksum, command line, thread count), when (start/end wall time, ISO-8601 UTC — the
 * only non-deterministic content of a run directory), and what was written (row counts, every file
 * with its size and SHA-256).
 *
 * <p>Contract: {@code manifest.json} is pretty-printed JSON with snake_case keys, written to a
 * temporary file and atomically moved into place after every data file is complete, so its presence
 * means the run directory is complete.
 */
package org.vpsim.results.manifest;
