package org.vpsim.pump.device;

/**
 * Port to the patient's subcutaneous absorption model, so that absorption follows infusion-set wear.
 * Called at start, at every set change and hourly while the multiplier changes.
 *
 * <p>{@code rateMultiplier} scales the patient's sc absorption rate constants (1 = day-1 speed).
 * {@code bioavailability} is informative only: the pump already applies the bioavailability loss by
 * diverting that share of each stroke to {@code lostAtSiteUnits}, so the patient must NOT scale doses
 * by it again.
 */
@FunctionalInterface
public interface AbsorptionListener {
    void absorptionChanged(long timeMillis, double rateMultiplier, double bioavailability);

    AbsorptionListener NONE = (t, m, b) -> { };
}
