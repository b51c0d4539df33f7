package org.vpsim.pump.device;

/**
 * How infusion-set wear changes insulin absorption (pure functions of wear age).
 *
 * <p>Absorption speed: Swan et al. 2009 (Diabetes Care 32(2):240-244) measured time to peak plasma
 * insulin of 110 min on day 1 and 56 min on day 4 of one set. With linear sc absorption the time to
 * peak scales with 1/rate, so day 4 absorbs {@code 110/56 = 1.96} times as fast. The multiplier is 1
 * up to {@link PumpSpec#wearHoursAtBaselineAbsorption()} (day-1 midpoint, 12 h), rises linearly to
 * {@link PumpSpec#absorptionRateMultiplierMax()} at {@link PumpSpec#wearHoursAtMaxAbsorption()}
 * (day-4 midpoint, 84 h), and stays there.
 *
 * <p>Bioavailability: none lost until {@link PumpSpec#bioavailabilityLossStartHours()}, then
 * {@link PumpSpec#bioavailabilityLossPerDay()} per day, capped at {@link PumpSpec#maxBioavailabilityLoss()}
 * (an assumption motivated by Thethi et al. 2010, J Diabetes Complications 24:73, who found
 * glycaemia worsening when sets were worn beyond 48-72 h; no dose-response is published).
 */
final class SetWearModel {
    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private final PumpSpec spec;

    SetWearModel(PumpSpec spec) {
        this.spec = spec;
    }

    double absorptionRateMultiplier(long wearMillis) {
        double hours = wearMillis / MILLIS_PER_HOUR;
        double lo = spec.wearHoursAtBaselineAbsorption();
        double hi = spec.wearHoursAtMaxAbsorption();
        double progress = Math.min(1.0, Math.max(0.0, (hours - lo) / (hi - lo)));
        return 1.0 + (spec.absorptionRateMultiplierMax() - 1.0) * progress;
    }

    /** Fraction of insulin reaching the site that is absorbed, in [1 - maxLoss, 1]. */
    double bioavailability(long wearMillis) {
        double hoursBeyond = wearMillis / MILLIS_PER_HOUR - spec.bioavailabilityLossStartHours();
        if (hoursBeyond <= 0) {
            return 1.0;
        }
        double loss = Math.min(spec.maxBioavailabilityLoss(), spec.bioavailabilityLossPerDay() * hoursBeyond / 24.0);
        return 1.0 - loss;
    }
}
