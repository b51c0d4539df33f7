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
 *
 * <p>Integration: a model whose insulin subsystem is linear (UVA/Padova) is advanced by its
 * {@link org.vpsim.patient.ExactInsulinIntegrator} by default ({@link org.vpsim.patient.VirtualPatient#atSteadyState}):
 * the insulin states follow their exact solution, an impulse adds its own modes from its time on, and only
 * the glucose states are stepped numerically, across impulses. A patient built with an explicit integrator
 * ({@code new VirtualPatient(model, integrator)}) integrates the whole state and restarts at every impulse.
 */
package org.vpsim.patient;
