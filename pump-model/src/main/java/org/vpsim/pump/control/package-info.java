/**
 * The built-in controllers (providers of {@code controller-api}) and the insulin-on-board they and
 * the controller loop reason with.
 *
 * <p>Contract:
 * <ul>
 *   <li>Each built-in controller is an {@link org.vpsim.controller.ControllerProvider} registered in
 *       {@code META-INF/services/org.vpsim.controller.ControllerProvider}: {@code basal-only},
 *       {@code bolus-calculator}, {@code low-glucose-suspend}, {@code predictive-low-glucose-suspend}
 *       {@code hybrid-closed-loop} and {@code mdi} (pen arms: the bolus calculator on the pen's dial). A provider parses its settings with one piece
 *       of code for {@code validate} and {@code create} ({@link org.vpsim.controller.SettingsReader}),
 *       reporting every problem with its key, unknown keys included.</li>
 *   <li>A controller decides only from what the {@link org.vpsim.controller.Observation} carries
 *       (CGM readings, announced carbs, IOB, the pump's state and deliveries) and what
 *       {@link org.vpsim.controller.ControllerStart} told it (therapy, pump limits) - never from the
 *       patient's true state. Its decisions are a pure function of those, in time order.</li>
 *   <li>Insulin action curves give the fraction of a dose still on board t minutes after it; an
 *       {@link org.vpsim.pump.control.InsulinOnBoard} tracker sums it over the deliveries it was
 *       told about, with memory bounded by the curve's duration. Which deliveries are recorded
 *       (boluses only, as pump bolus wizards count "active insulin", or all insulin) is the caller's
 *       choice. {@link org.vpsim.pump.control.InsulinCurveSpec#curveOf} builds the curve of a
 *       therapy's {@link org.vpsim.controller.InsulinCurve}.</li>
 * </ul>
 */
package org.vpsim.pump.control;
