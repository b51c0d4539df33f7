package org.vpsim.patient.population;

import org.apache.commons.math3.random.AbstractRandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Commons Math's {@code RandomGenerator} view of a Commons RNG stream from {@code RandomStreams}, so that Commons
 * Math distributions (e.g. {@code MultivariateNormalDistribution}) draw only from the keyed stream. Re-seeding is
 * refused: the stream's key fixes its sequence.
 */
final class CommonsMathRandom extends AbstractRandomGenerator {
    private final UniformRandomProvider rng;

    CommonsMathRandom(UniformRandomProvider rng) {
        this.rng = rng;
    }

    @Override
    public void setSeed(long seed) {
        // AbstractRandomGenerator's constructor calls clear(), not setSeed; any later call is a misuse.
        throw new UnsupportedOperationException("a keyed random stream cannot be re-seeded");
    }

    @Override
    public double nextDouble() {
        return rng.nextDouble();
    }
}
