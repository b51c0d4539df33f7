package org.vpsim.pump.pen;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Injection-to-injection (day-to-day) variation of subcutaneous absorption: one multiplier per
 * injection, log-normal with mean 1 and the given coefficient of variation (log-normal because the
 * multiplier is positive and clamp studies report CVs of log-transformed endpoints). Switchable:
 * when disabled every multiplier is exactly 1 and no random number is drawn.
 *
 * @param coefficientOfVariation CV of the multiplier, in [0, 1]
 * @param enabled                false: multiplier 1
 */
public record AbsorptionVariability(double coefficientOfVariation, boolean enabled) {

    /**
     * Glargine U100 absorption rate: within-subject CV of Cmax 34 % in four identical 0.4 U/kg clamps per
     * subject (Heise et al., Diabetes 53:1614-1620, 2004, type 1 diabetes, n = 16). For a flat depot the
     * peak appearance rate scales with the absorption rate, so this CV is taken as the rate's.
     */
    public static final AbsorptionVariability GLARGINE_U100_RATE = new AbsorptionVariability(0.34, true);
    /**
     * Degludec absorption rate: 18 %, the day-to-day within-subject CV of GIRmax at steady state (Heise et
     * al., Diabetes Obes Metab 14:859-864, 2012; glargine 60 % in the same study). ASSUMPTION: no
     * pharmacokinetic day-to-day CV of degludec was found; the pharmacodynamic one, larger than the
     * pharmacokinetic one for every insulin reported by Heise 2004, is used as an upper bound.
     */
    public static final AbsorptionVariability DEGLUDEC_RATE = new AbsorptionVariability(0.18, true);
    /**
     * Rapid-acting relative bioavailability: 20 %, the within-subject CV of the total glucose-lowering
     * effect of insulin aspart and faster aspart over three identical 0.2 U/kg doses (Heise et al., Clin
     * Pharmacokinet 56:649-660, 2017). ASSUMPTION as above: a pharmacodynamic CV used for exposure.
     */
    public static final AbsorptionVariability RAPID_ACTING_BIOAVAILABILITY = new AbsorptionVariability(0.20, true);
    /** No variation: every multiplier 1. */
    public static final AbsorptionVariability OFF = new AbsorptionVariability(0.0, false);

    public AbsorptionVariability {
        if (!(coefficientOfVariation >= 0) || coefficientOfVariation > 1) {
            throw new IllegalArgumentException(
                    "coefficientOfVariation: " + coefficientOfVariation + " is not in [0, 1]");
        }
    }

    /** The same CV, switched on or off. */
    public AbsorptionVariability withEnabled(boolean on) {
        return new AbsorptionVariability(coefficientOfVariation, on);
    }

    /** Whether a multiplier will ever differ from 1. */
    public boolean active() {
        return enabled && coefficientOfVariation > 0;
    }

    /**
     * A sampler of multipliers on {@code rng}, or null when not {@link #active()}. log m ~ N(mu, s^2) with
     * s^2 = ln(1 + CV^2) and mu = -s^2 / 2, so that E[m] = 1 and CV[m] = CV exactly.
     */
    ContinuousSampler sampler(UniformRandomProvider rng) {
        if (!active()) {
            return null;
        }
        double variance = Math.log1p(coefficientOfVariation * coefficientOfVariation);
        return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), -variance / 2, Math.sqrt(variance));
    }
}
