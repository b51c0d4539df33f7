/**
 * Integrators for the continuous state between events: y' = f(t, y) advanced in place from t0 to t1.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link org.vpsim.core.ode.OdeIntegrator#integrate} modifies {@code y} in place and ends
 *       exactly at {@code t1}. An interval with {@code t1 <= t0} is a no-op: {@code y} is unchanged
 *       and {@code f} is not evaluated.</li>
 *   <li>{@link org.vpsim.core.ode.ClassicalRungeKutta} (fixed step, 4th order) splits
 *       {@code [t0, t1]} into the fewest equal steps no longer than {@code maxStep}; its global error
 *       falls 16-fold when the step halves.</li>
 *   <li>{@link org.vpsim.core.ode.DormandPrince45} (adaptive 5(4) with FSAL, as scipy's
 *       {@code dopri5}) keeps the per-step error estimate within {@code absTol + relTol·|y|} (RMS
 *       norm) and never steps further than {@code maxStep}; its global error is roughly proportional
 *       to the tolerance and agrees with Commons Math's {@code DormandPrince54Integrator}. It remembers
 *       its last step size between calls, so many short calls cost little more than one long call,
 *       and it costs 1 + 6 × (steps tried) derivative evaluations per call, or 6 × (steps tried) when the
 *       caller passes the derivative at t0 (the derivative-carrying overload, which also returns f at t1).
 *       An interval no longer than 1/16 of the step the error control last chose is crossed by one
 *       classical RK4 step (4 evaluations), whose error there is about 1e-6 of the accepted one, and one
 *       no longer than 1/64 by one step of Kutta's RK3 (3 evaluations). Non-finite states, and a step
 *       size that collapses (more than {@code MAX_STEPS_PER_CALL} steps in one call, or a rejected step
 *       below 1e-12 of the time), fail with {@link org.vpsim.core.ode.IntegrationException} naming the
 *       time: a bounded failure, never an endless loop.</li>
 *   <li>Constructors reject invalid settings with {@link java.lang.IllegalArgumentException} naming
 *       the parameter and its value.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * Integrators reuse work arrays and are not thread-safe: one instance per simulated patient, confined
 * to that patient's simulation thread. {@link org.vpsim.core.ode.OdeSystem#computeDerivatives} must
 * not modify {@code y}.
 */
package org.vpsim.core.ode;
