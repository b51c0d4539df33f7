/**
 * The UVA/Padova 2008 type 1 diabetes model (Dalla Man, Rizza &amp; Cobelli 2007, "Meal simulation
 * model of the glucose-insulin system", IEEE TBME 54(10):1740–1749; Kovatchev et al. 2009,
 * "In silico preclinical trials: a proof of concept in closed-loop control of type 1 diabetes",
 * J Diabetes Sci Technol 3(1):44–55) exactly as simglucose 0.2.11 ({@code T1DPatient.model},
 * github.com/jxx123/simglucose, MIT) implements it, and its 30 published virtual patients.
 *
 * <p>Contract: {@link org.vpsim.patient.uva.UvaPadova2008Model} is a pure 13-state ODE whose initial
 * state x0 is an exact steady state under the basal rate u2ss·BW/6000 U/min; the parameter figures
 * come from the project's own resource {@code uva-padova-2008-patients.json} (checksummed by
 * {@link org.vpsim.patient.uva.UvaPadovaCohort#parameterSetSha256()}).
 */
package org.vpsim.patient.uva;
