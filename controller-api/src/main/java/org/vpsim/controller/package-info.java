/**
 * The controller API: what a dosing algorithm plug-in compiles against (JDK only).
 *
 * <p>Contract:
 * <ul>
 *   <li>A {@link org.vpsim.controller.ControllerProvider} is found through {@link java.util.ServiceLoader}
 *       (a {@code META-INF/services/org.vpsim.controller.ControllerProvider} file in its jar). Its
 *       {@link org.vpsim.controller.ControllerProvider#id() id} is the scenario's {@code controller.type};
 *       it validates the scenario's {@code controller.settings} (every problem at once, each with a
 *       path relative to {@code settings}) before anything runs, and creates one
 *       {@link org.vpsim.controller.Controller} per patient × arm.</li>
 *   <li>Lifecycle: {@link org.vpsim.controller.Controller#start(ControllerStart) start} once (therapy,
 *       pump limits, settings), then {@link org.vpsim.controller.Controller#decide(Observation) decide}
 *       at every CGM sample and at every meal announcement between samples, in time order, from one
 *       thread; {@link org.vpsim.controller.Controller#close() close} at the end, also after a failure.</li>
 *   <li>A controller sees what a real device would see — CGM readings, announced carbs, the pump's
 *       own state and history — never the patient's true state.</li>
 *   <li>Records here are the Java form of the external-process protocol (version 1): an
 *       {@link org.vpsim.controller.Observation} is the {@code observation} line, a
 *       {@link org.vpsim.controller.Command} the {@code command} line, field for field. Times are
 *       minutes since the scenario start ({@code minute}); units are in the names.</li>
 *   <li>An observation's lists ({@code cgmHistory}, {@code deliveries}, {@code pumpEvents}) are immutable and
 *       never change afterwards, so a controller may keep them as long as it likes. The simulator hands out views
 *       of append-only {@link org.vpsim.controller.SnapshotLog}s rather than copies (nothing to copy: a view's
 *       entries are never overwritten); any other list given to an {@code Observation} is copied.</li>
 *   <li>Decisions must be a pure function of what the controller has been shown: no wall clock, no
 *       unseeded randomness, so that a run is byte-identical whatever the thread count.</li>
 *   <li>An exception thrown by a controller stops that patient × arm only; the study reports it.</li>
 * </ul>
 */
package org.vpsim.controller;
