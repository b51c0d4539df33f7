package org.vpsim.patient.population;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;

/** Draws from the distributions the population models use, always from a keyed stream. */
public final class Distributions {
    /** Redraws allowed for one truncated normal before the draw is given up as impossible. */
    private static final int MAX_REDRAWS = 10_000;

    private Distributions() {
    }

    /** A standard normal deviate (Commons Math's polar method on the stream's uniforms). */
    public static double standardNormal(UniformRandomProvider rng) {
        return new CommonsMathRandom(rng).nextGaussian();
    }

    /**
     * N(mean, sd²) truncated to positive values by redrawing (the "truncate negatives" of Hovorka 2004 /
     * Wilinska 2010 populations: a rate or volume of zero or less is not a patient).
     */
    public static double positiveNormal(UniformRandomProvider rng, String name, double mean, double sd) {
        CommonsMathRandom r = new CommonsMathRandom(rng);
        for (int i = 0; i < MAX_REDRAWS; i++) {
            double v = mean + sd * r.nextGaussian();
            if (v > 0) {
                return v;
            }
        }
        throw new IllegalArgumentException(name + ": no positive draw from N(" + mean + ", " + sd + "²)");
    }

    /** Gamma(shape, scale) (mean shape·scale), Commons Math's sampler on the stream's uniforms. */
    public static double gamma(UniformRandomProvider rng, double shape, double scale) {
        return new GammaDistribution(new CommonsMathRandom(rng), shape, scale).sample();
    }

    /** U(lo, hi). */
    public static double uniform(UniformRandomProvider rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /** One draw of a multivariate normal N(mean, covariance) through Commons Math, from the keyed stream. */
    public static double[] multivariateNormal(UniformRandomProvider rng, double[] mean, double[][] covariance) {
        return new MultivariateNormalDistribution(new CommonsMathRandom(rng), mean, covariance).sample();
    }
}
