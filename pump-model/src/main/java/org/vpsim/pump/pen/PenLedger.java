package org.vpsim.pump.pen;

/**
 * Cumulative insulin accounting of one pen user (U), a snapshot. Identities, to rounding error:
 * <pre>
 *   drawn  = injected + safetyShots
 *   filled = drawn + discarded + remaining
 *   injected = toDepot + bioavailabilityDeviation
 * </pre>
 * {@code bioavailabilityDeviation} is signed: the model's nominal bioavailability is the mean of the
 * rapid-acting draws, so injections above the mean give a negative share. It is 0 for long-acting pens
 * and when variability is off. With the patient side (toDepot = absorbed + still in the depot) this
 * gives the conservation: drawn = absorbed + in depot + waste (+ the signed deviation).
 *
 * @param filledUnits                    insulin in every pen started
 * @param injectedUnits                  doses injected into the tissue
 * @param safetyShotUnits                safety shots into the air (waste)
 * @param discardedUnits                 left in pens thrown away empty-ish or expired (waste)
 * @param remainingUnits                 in the pen in use
 * @param toDepotUnits                   sum of {@link PenInjection#unitsReachingDepot()}
 * @param injections                     number of injections (safety shots excluded)
 * @param pensUsed                       number of pens started
 */
public record PenLedger(double filledUnits, double injectedUnits, double safetyShotUnits, double discardedUnits,
                        double remainingUnits, double toDepotUnits, long injections, long pensUsed) {

    /** Insulin pushed out of pens: injected plus safety shots. */
    public double drawnUnits() {
        return injectedUnits + safetyShotUnits;
    }

    /** Injected minus what reached the depot (signed; see the class comment). */
    public double bioavailabilityDeviationUnits() {
        return injectedUnits - toDepotUnits;
    }

    /** filled - (drawn + discarded + remaining); zero to rounding error. */
    public double conservationResidualUnits() {
        return filledUnits - (drawnUnits() + discardedUnits + remainingUnits);
    }
}
