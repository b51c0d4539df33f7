/**
 * Long-acting insulin pharmacokinetics, model-agnostic: a subcutaneous depot with its own states
 * ({@link org.vpsim.patient.insulin.LongActingInsulinDepot}) that takes injections (U) and releases
 * insulin into plasma as an appearance rate (U/min), for glargine U100 and degludec U100
 * ({@link org.vpsim.patient.insulin.LongActingInsulin}), and the rule that derives the once-daily dose
 * from a patient's basal rate ({@link org.vpsim.patient.insulin.LongActingDoseRule}).
 *
 * <p>Contract: the depot's states are appended to a patient model's state vector at an offset the
 * model chooses; the model adds {@code plasmaAppearanceUnitsPerMinute} to its plasma-insulin equation
 * (it bypasses the model's own rapid-acting subcutaneous compartments, which stay the route of pens'
 * and pumps' rapid-acting insulin). Injected = absorbed + on board, to rounding error. Time in
 * minutes, insulin in U. Nothing here depends on the pump, sensor or scenario modules.
 */
package org.vpsim.patient.insulin;
