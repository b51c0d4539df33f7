/**
 * The Hovorka 2004 (Cambridge) model of type 1 diabetes (Hovorka R et al., Physiol Meas 2004;25:905–920) with the
 * interstitial compartment of Wilinska et al. 2010, its nominal patient and its published population.
 *
 * <p>Contract: {@link org.vpsim.patient.hovorka.Hovorka2004Model} is a pure 11-state ODE whose initial state is the
 * exact steady state ({@link org.vpsim.patient.hovorka.HovorkaSteadyState}) at the patient's basal glucose under
 * the basal it reports in its therapy settings; a patient without such a steady state cannot be constructed.
 * Subcutaneous insulin enters S1 linearly, so impulses move the derivative exactly. Endogenous production is
 * bounded below by 0 (the only departure from the paper's equations besides the Q1 guard); the physiological
 * variability multipliers scale S_IT/S_ID/S_IE, EGP0 and 1/t_max,G and are 1 in the published model. Therapy
 * settings other than the basal come from {@link org.vpsim.patient.population.InterimTherapyRule}.
 */
package org.vpsim.patient.hovorka;
