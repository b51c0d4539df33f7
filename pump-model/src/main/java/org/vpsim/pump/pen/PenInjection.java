package org.vpsim.pump.pen;

/**
 * What one use of a pen did.
 *
 * @param timeMillis            when
 * @param route                 which insulin
 * @param requestedUnits        the dose asked for (U)
 * @param injectedUnits         the dose dialled and injected: rounded to the pen step, capped at the maximum (U)
 * @param safetyShotUnits       expelled into the air before the injection (U), 0 when nothing was injected
 * @param absorptionMultiplier  injection-site draw (see {@link InjectionListener}); 1 when variability is off
 * @param newPenStarted         a new pen was started for this injection (the old one empty or expired)
 */
public record PenInjection(long timeMillis, InsulinRoute route, double requestedUnits, double injectedUnits,
                           double safetyShotUnits, double absorptionMultiplier, boolean newPenStarted) {

    /** True when the pen actually injected something. */
    public boolean injected() {
        return injectedUnits > 0;
    }

    /**
     * Insulin entering the patient's depot (U): the dose times the relative bioavailability for the
     * rapid route; the whole dose for the long-acting route (whose multiplier is a rate).
     */
    public double unitsReachingDepot() {
        return route == InsulinRoute.RAPID ? injectedUnits * absorptionMultiplier : injectedUnits;
    }
}
