/**
 * Therapy controllers (the algorithms under test) and the insulin-on-board they reason with.
 *
 * <p>Contract:
 * <ul>
 *   <li>A {@link org.vpsim.pump.control.Controller} decides only from what a real device sees,
 *       carried by {@link org.vpsim.pump.control.ControllerObservation} (CGM reading and its age,
 *       announced carbs, IOB, programmed basal, pump status) - never from the patient's true state.
 *       It answers with a {@link org.vpsim.pump.control.ControllerDecision}. Both are plain records of
 *       numbers, booleans and strings so that plug-ins and external processes can exchange them as
 *       JSON.</li>
 *   <li>A controller instance belongs to one patient and one arm and is called from one thread; it
 *       may keep state between calls (e.g. the time of its last bolus).</li>
 *   <li>Insulin action curves give the fraction of a dose still on board t minutes after it; an
 *       {@link org.vpsim.pump.control.InsulinOnBoard} tracker sums it over the deliveries it was
 *       told about, with memory bounded by the curve's duration. Which deliveries are recorded
 *       (boluses only, as pump bolus wizards count "active insulin", or all insulin) is the caller's
 *       choice.</li>
 * </ul>
 */
package org.vpsim.pump.control;
