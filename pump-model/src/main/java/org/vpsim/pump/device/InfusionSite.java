package org.vpsim.pump.device;

/**
 * Port to the patient: receives the insulin that actually enters the subcutaneous tissue, after
 * stroke volume error, leak, dislodgement, occlusion and wear-related bioavailability loss. Called
 * once per motor stroke of which some insulin reaches the patient (strokes lost entirely, or held in
 * an occluded line, are not reported). The integrator applies it to the patient as an impulse into
 * the sc depot; summed over a run it equals {@link InsulinLedger#deliveredToPatientUnits()}.
 */
@FunctionalInterface
public interface InfusionSite {
    void infuse(long timeMillis, double insulinUnits);
}
