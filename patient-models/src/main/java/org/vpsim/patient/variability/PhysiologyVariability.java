package org.vpsim.patient.variability;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One patient's physiological variability over a study: what multipliers of insulin sensitivity, endogenous glucose
 * production and carbohydrate absorption are in force. Stateful, one per simulated patient; randomness only from the
 * two generators it is given (the patient's own streams), the walk's and the meals' apart so that a meal never
 * shifts the walk.
 *
 * <p>Insulin sensitivity = circadian(minute of day) · exp(w), w an Ornstein-Uhlenbeck process sampled exactly at the
 * update times: {@code w_k = a w_{k-1} + sd sqrt(1 - a^2) z_k}, {@code a = exp(-Δt/τ)}, w_0 drawn from its stationary
 * law. The caller applies the multipliers, piecewise constant, at every {@link VariabilityParameters#updateMinutes()}.
 */
public final class PhysiologyVariability {
    private final VariabilityParameters p;
    private final ContinuousSampler walkNormal;
    private final ContinuousSampler mealNormal;
    private double walk;
    private double lastMinutes;
    private boolean started;

    public PhysiologyVariability(VariabilityParameters parameters, UniformRandomProvider walkRandom,
                                 UniformRandomProvider mealRandom) {
        this.p = Objects.requireNonNull(parameters, "parameters");
        this.walkNormal = ZigguratSampler.NormalizedGaussian.of(Objects.requireNonNull(walkRandom, "walkRandom"));
        this.mealNormal = ZigguratSampler.NormalizedGaussian.of(Objects.requireNonNull(mealRandom, "mealRandom"));
    }

    public VariabilityParameters parameters() {
        return p;
    }

    /**
     * Advances the random walk to {@code simMinutes} (non-decreasing) and returns the insulin-sensitivity multiplier
     * at that time, {@code minuteOfDay} being its clock time.
     */
    public double insulinSensitivityAt(double simMinutes, double minuteOfDay) {
        if (p.insulinSensitivityWalkSd() > 0) {
            if (!started) {
                walk = p.insulinSensitivityWalkSd() * walkNormal.sample();
                started = true;
            } else {
                if (simMinutes < lastMinutes) {
                    throw new IllegalArgumentException("simMinutes: " + simMinutes + " is before " + lastMinutes);
                }
                double a = Math.exp(-(simMinutes - lastMinutes) / (p.insulinSensitivityWalkHours() * 60));
                walk = a * walk + p.insulinSensitivityWalkSd() * Math.sqrt(1 - a * a) * walkNormal.sample();
            }
            lastMinutes = simMinutes;
        }
        double circadian = p.circadianInsulinSensitivity()
                ? CircadianPattern.insulinSensitivity(minuteOfDay, p.circadianAmplitude()) : 1.0;
        return circadian * Math.exp(walk);
    }

    /** Endogenous-glucose-production multiplier at clock time {@code minuteOfDay}. */
    public double endogenousGlucoseAt(double minuteOfDay) {
        return p.dawnPhenomenon() ? CircadianPattern.dawnEndogenousGlucose(minuteOfDay, p.dawnEgpIncrease()) : 1.0;
    }

    /**
     * The carbohydrate-absorption multiplier of the next meal: exp(sd·z), clamped to [0.5, 2] so that no meal
     * is absorbed implausibly fast or slow; 1 when meal variability is off (no draw).
     */
    public double nextMealAbsorptionMultiplier() {
        if (p.mealAbsorptionSd() == 0) {
            return 1.0;
        }
        return Math.min(2.0, Math.max(0.5, Math.exp(p.mealAbsorptionSd() * mealNormal.sample())));
    }
}
