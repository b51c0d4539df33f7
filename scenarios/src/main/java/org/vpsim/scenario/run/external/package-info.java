/**
 * External-process controllers: a dosing algorithm in any language, run as a separate program and
 * spoken to in the JSON-lines protocol, version 1 (DESIGN.md, "External controller protocol").
 *
 * <p>Contract of {@link org.vpsim.scenario.run.external.ExternalProcessController}:
 * <ul>
 *   <li>One process per patient × arm, started by {@code start()} in the scenario file's folder; its
 *       stderr goes to a log file (never a pipe that could fill); stdin and stdout carry UTF-8 lines,
 *       one JSON object each.</li>
 *   <li>{@code start()} writes the {@code start} line and waits for {@code ready} with
 *       {@code "protocol":1} (start-up may take the time-out or 10 s, whichever is longer).
 *       {@code decide()} writes one {@code observation} line and reads exactly one {@code command}
 *       line within the time-out. {@code close()} writes {@code end} and gives the process 5 s to exit
 *       before killing it (and any process it started); a process that failed is killed at once.
 *       {@code close()} always runs, also after a failure, and leaves no process or thread behind.</li>
 *   <li>Failures are {@link org.vpsim.scenario.run.external.ExternalControllerException}s whose message
 *       names the cause in plain words — exited (with its code), no answer within the time-out, a line
 *       that is not JSON, not an object, of the wrong {@code type} for this point of the exchange (out
 *       of order), a line nobody asked for, a field of the wrong type or an impossible value (negative
 *       bolus, suspend and resume both true, a temp basal without a positive duration), another
 *       protocol version — followed by the last 20 lines of the process's stderr. The caller adds the
 *       patient, the arm and the minute and stops that patient × arm only.</li>
 *   <li>Fields a side does not know are ignored; in a command, an absent {@code bolusUnits},
 *       {@code tempBasal}, {@code suspend}, {@code resume} or {@code info} means "nothing".</li>
 *   <li>Output is deterministic: same observations, same bytes (fixed field order, Java's shortest
 *       round-trip double form). Only the wall-clock time-out is not, by nature.</li>
 * </ul>
 * The simulation thread never blocks on the process: a reader and a writer daemon thread serve its
 * pipes, and the simulation waits on the reader's queue with the time-out.
 */
package org.vpsim.scenario.run.external;
