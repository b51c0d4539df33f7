/**
 * CSV input and output of {@link org.vpsim.patient.Replay} ({@code vpsim replay}): per-minute inputs
 * in, per-minute glucose and states out. Input problems raise {@link org.vpsim.patient.replay.ReplayInputException}
 * with a message naming the file, line, column and value; output is written to a temporary file in the
 * target directory and moved into place only when complete, so a failed run leaves no output file.
 */
package org.vpsim.patient.replay;
