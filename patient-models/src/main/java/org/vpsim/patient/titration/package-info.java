/**
 * Titration of a virtual patient's pump settings (basal, carb ratio, correction factor) by simulation on the
 * patient's own model, as a clinician titrates them: a fasting basal test, a correction test, a meal test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Generic over {@link org.vpsim.patient.PatientModel}: it uses only the model's initial state, its
 *       published therapy and a {@link org.vpsim.patient.VirtualPatient} on the default integrator.</li>
 *   <li>Deterministic: same model and protocol ⇒ bit-identical {@link org.vpsim.patient.titration.TitrationResult}.
 *       No randomness, no caching, no shared state; safe to call from many threads.</li>
 *   <li>Cheap: about a week of simulated patient time per patient (reported in
 *       {@link org.vpsim.patient.titration.TitrationResult#simulatedHours()}).</li>
 *   <li>The published settings travel beside the titrated ones, so a study can choose either.</li>
 * </ul>
 */
package org.vpsim.patient.titration;
