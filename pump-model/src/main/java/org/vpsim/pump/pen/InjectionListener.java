package org.vpsim.pump.pen;

/**
 * Port to the patient: receives every injection that entered the subcutaneous tissue (the safety shot
 * is not reported: it goes into the air). {@code absorptionMultiplier} is the injection-site draw of
 * {@link AbsorptionVariability}: for {@link InsulinRoute#RAPID} a relative bioavailability (the
 * integrator adds {@code insulinUnits * absorptionMultiplier} to the rapid-acting depot, see
 * {@link PenInjection#unitsReachingDepot()}); for {@link InsulinRoute#LONG_ACTING} a multiplier of the
 * depot's absorption rate constants, to hold until the next long-acting injection (all
 * {@code insulinUnits} enter the long-acting depot). 1 when variability is off.
 */
@FunctionalInterface
public interface InjectionListener {
    void injected(long timeMillis, double insulinUnits, InsulinRoute route, double absorptionMultiplier);

    InjectionListener NONE = (t, u, r, m) -> { };
}
