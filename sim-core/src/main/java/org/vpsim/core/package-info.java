/**
 * The simulation kernel: simulated time, events, the scheduler and hybrid (continuous + discrete)
 * stepping. Knows nothing of glucose, insulin or pumps.
 *
 * <h2>Time</h2>
 * One representation everywhere: {@code long} milliseconds since the scenario start
 * ({@link org.vpsim.core.SimTime}). Conversions to double minutes happen only inside physiology;
 * {@link org.vpsim.core.SimTime#fromMinutes(double)} rounds to the nearest millisecond, and the
 * {@code long} conversions throw {@link java.lang.ArithmeticException} rather than overflow.
 *
 * <h2>Ordering guarantees</h2>
 * <ul>
 *   <li>Events run in the total order (time, priority, sequence). The sequence number is assigned
 *       by {@link org.vpsim.core.Simulation#schedule} in call order, so events with equal time and
 *       equal priority run in the order they were scheduled; lower priority values run first at equal
 *       time ({@link org.vpsim.core.Priority}: INPUT &lt; OBSERVE &lt; DECIDE &lt; ACT &lt; RECORD).</li>
 *   <li>An event scheduled from a handler at the current time runs in the same
 *       {@link org.vpsim.core.Simulation#runUntil} pass, at its place in the order among the events
 *       still pending.</li>
 *   <li>Scheduling before {@link org.vpsim.core.Simulation#nowMillis()} throws
 *       {@link java.lang.IllegalArgumentException} naming both times.</li>
 *   <li>{@code runUntil(end)} runs every event with time &lt;= end, leaves later events pending and
 *       finally advances continuous state to {@code end}.</li>
 *   <li>A series ({@link org.vpsim.core.Simulation#scheduleSeries}) is one pending entry for a train of
 *       occurrences. Its first occurrence takes its sequence number when the series is scheduled; each later
 *       one when the previous occurrence's handler returns its time, i.e. after everything that occurrence
 *       scheduled. So a series runs in exactly the order of an event handler that reschedules itself as its
 *       last act; the kernel merely skips the queue when the next occurrence already comes first.</li>
 *   <li>A cancelled series ({@link org.vpsim.core.Series#cancel()}) runs no further occurrence: a pending one
 *       is dropped without advancing continuous state (nothing runs at its time); cancelled from its own
 *       occurrence, that occurrence is the last.</li>
 * </ul>
 *
 * <h2>Hybrid stepping</h2>
 * Before the first event at a time {@code t} runs, every registered
 * {@link org.vpsim.core.ContinuousProcess} is advanced to {@code t}, in registration order, with the
 * inputs set by earlier events held constant (piecewise-constant inputs). So every event sees the
 * continuous state at its own time. A process is never called for a zero-length interval: several
 * events at one time cause one advance.
 *
 * <h2>Threads</h2>
 * There is no static or shared mutable state. A {@link org.vpsim.core.Simulation} is not thread-safe
 * and must be confined to one thread; many simulations run concurrently in one JVM, one per thread,
 * and give exactly the results they give when run sequentially.
 */
package org.vpsim.core;
