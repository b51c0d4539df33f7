/**
 * Reviewer checks of a run directory: {@link org.vpsim.results.verify.RunVerification#verify} holds
 * every file against the manifest's sizes, SHA-256 checksums and row counts and reports unlisted or
 * missing files; {@link org.vpsim.results.verify.RunVerification#differingFiles} compares the data
 * files of two runs by checksum (used by {@code vpsim reproduce}).
 *
 * <p>Contract: problems are returned as plain sentences naming the file, never thrown; only a missing
 * or unreadable manifest is an {@link java.lang.IllegalArgumentException}.
 */
package org.vpsim.results.verify;
