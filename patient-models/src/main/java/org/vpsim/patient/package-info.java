/**
 * Physiology: virtual patients as pure ODE models ({@link org.vpsim.patient.PatientModel}) and the
 * stateful, single-thread {@link org.vpsim.patient.VirtualPatient} that the simulation advances as a
 * continuous process with piecewise-constant inputs.
 *
 * <p>Contract: time inside physiology is double minutes; inputs are carbohydrate intake (g/min),
 * subcutaneous insulin infusion (U/min) and subcutaneous insulin impulses (U). Insulin that enters
 * through either route equals the insulin that reaches the subcutaneous depot, to rounding error.
 * Models are found by id through {@link org.vpsim.patient.PatientModels} (default
 * {@value org.vpsim.patient.PatientModels#DEFAULT_MODEL_ID}). Nothing here depends on the pump,
 * sensor or scenario modules.
 */
package org.vpsim.patient;
