package org.vpsim.core.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Statistical checks that keyed streams behave as independent uniform sequences. Seeds are fixed,
 * so each test is deterministic; the stated false-failure rate is the probability that a fresh seed
 * would fail if the streams were truly independent and uniform, i.e. the chance that changing the
 * generator or key derivation trips this test without being wrong.
 */
class RandomStreamsIndependenceTest {
    private static final int SAMPLES = 10_000;
    private static final int PAIRS = 50;
    /** Family-wise false-failure rate for each test below. */
    private static final double FAMILY_ALPHA = 1e-3;

    private static double[] uniforms(UniformRandomProvider rng) {
        double[] u = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            u[i] = rng.nextDouble();
        }
        return u;
    }

    /**
     * Under independence the Pearson r of n pairs is approximately N(0, 1/n) (Fisher 1915), so
     * |r| &gt; z / sqrt(n) has probability alpha per pair; Bonferroni over all pairs gives the family rate.
     */
    private static double correlationBound(int comparisons) {
        double perComparisonAlpha = FAMILY_ALPHA / comparisons;
        double z = new NormalDistribution().inverseCumulativeProbability(1 - perComparisonAlpha / 2);
        return z / Math.sqrt(SAMPLES);
    }

    @Test
    void streamsOfConsecutivePatientsAreUncorrelated() {
        RandomStreams streams = new RandomStreams(20240101L);
        double bound = correlationBound(PAIRS); // ≈ 0.0433 for 50 pairs of 10,000
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        double[] previous = uniforms(streams.stream("patient-0", StreamPurpose.CGM_NOISE));
        for (int i = 1; i <= PAIRS; i++) {
            double[] current = uniforms(streams.stream("patient-" + i, StreamPurpose.CGM_NOISE));
            double r = pearson.correlation(previous, current);
            assertTrue(Math.abs(r) < bound, "patient-" + (i - 1) + " vs patient-" + i + ": r=" + r + " bound=" + bound);
            previous = current;
        }
    }

    @Test
    void streamsOfOnePatientsPurposesAndOfNeighbouringSeedsAreUncorrelated() {
        StreamPurpose[] purposes = StreamPurpose.values();
        int comparisons = purposes.length - 1 + purposes.length;
        double bound = correlationBound(comparisons);
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        RandomStreams seedA = new RandomStreams(100L);
        RandomStreams seedB = new RandomStreams(101L);
        for (int p = 0; p < purposes.length; p++) {
            double[] a = uniforms(seedA.stream("adult#001", purposes[p]));
            double r = pearson.correlation(a, uniforms(seedB.stream("adult#001", purposes[p])));
            assertTrue(Math.abs(r) < bound, "seed 100 vs 101, " + purposes[p] + ": r=" + r);
            if (p + 1 < purposes.length) {
                double rp = pearson.correlation(a, uniforms(seedA.stream("adult#001", purposes[p + 1])));
                assertTrue(Math.abs(rp) < bound, purposes[p] + " vs " + purposes[p + 1] + ": r=" + rp);
            }
        }
    }

    @Test
    void eachStreamIsUniformByKolmogorovSmirnov() {
        // Bonferroni over the streams tested keeps the family rate at FAMILY_ALPHA.
        int streamsTested = 20;
        double alpha = FAMILY_ALPHA / streamsTested;
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        UniformRealDistribution uniform = new UniformRealDistribution(0, 1);
        RandomStreams streams = new RandomStreams(31337L);
        for (int i = 0; i < streamsTested; i++) {
            double[] u = uniforms(streams.stream("patient-" + i, StreamPurpose.values()[i % StreamPurpose.values().length]));
            double p = ks.kolmogorovSmirnovTest(uniform, u);
            assertTrue(p > alpha, "stream " + i + ": KS p=" + p);
        }
    }

    @Test
    void interleavedConsecutivePatientStreamsPassKolmogorovSmirnov() {
        // Interleaving two streams value by value exposes lock-step dependence that per-stream tests miss:
        // differences of independent uniforms follow the triangular law on (-1, 1), so shift to (0, 1) via
        // its CDF. F(d) = (1+d)^2/2 for d<0, 1-(1-d)^2/2 for d>=0.
        RandomStreams streams = new RandomStreams(4L);
        int pairs = 10;
        double alpha = FAMILY_ALPHA / pairs;
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        UniformRealDistribution uniform = new UniformRealDistribution(0, 1);
        for (int i = 0; i < pairs; i++) {
            double[] a = uniforms(streams.stream("patient-" + i, StreamPurpose.MEALS));
            double[] b = uniforms(streams.stream("patient-" + (i + 1), StreamPurpose.MEALS));
            double[] transformed = new double[SAMPLES];
            for (int k = 0; k < SAMPLES; k++) {
                double d = a[k] - b[k];
                transformed[k] = d < 0 ? (1 + d) * (1 + d) / 2 : 1 - (1 - d) * (1 - d) / 2;
            }
            double p = ks.kolmogorovSmirnovTest(uniform, transformed);
            assertTrue(p > alpha, "patient-" + i + " minus patient-" + (i + 1) + ": KS p=" + p);
        }
    }
}
