/**
 * Intra-patient physiological variability for studies: circadian insulin sensitivity, a slow random walk of it,
 * the dawn phenomenon and meal-to-meal absorption (see {@link org.vpsim.patient.variability.VariabilityParameters}).
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Model-agnostic: it produces multipliers that reach a model through
 *       {@link org.vpsim.patient.VirtualPatient#setInsulinSensitivityMultiplier},
 *       {@link org.vpsim.patient.VirtualPatient#setEndogenousGlucoseMultiplier} and
 *       {@link org.vpsim.patient.VirtualPatient#setCarbAbsorptionMultiplier}; a model gives each its meaning
 *       (UVA/Padova: kp3 and Vmx; EGP; kabs).</li>
 *   <li>Deterministic given its generators; the caller passes the patient's own streams.</li>
 *   <li>Never used by {@code vpsim replay} or the parity tests: with every multiplier at 1 the model is the
 *       published one bit for bit.</li>
 * </ul>
 */
package org.vpsim.patient.variability;
