package org.vpsim.pump.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.SignificanceResult;
import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

class CgmNoiseTest {
    private static final JohnsonSuNoiseParameters P = JohnsonSuNoiseParameters.breton2008();
    private static final long KNOT = CgmNoise.KNOT_INTERVAL_MILLIS;
    /** Stationary variance of e_k = pacf (e_{k-1} + n_k): v = pacf^2 (v + 1), v = pacf^2 / (1 - pacf^2). */
    private static final double LATENT_VARIANCE = P.pacf() * P.pacf() / (1 - P.pacf() * P.pacf());

    private static CgmNoise noise(long seed) {
        return new CgmNoise(P, new RandomStreams(seed).stream("adult#001", StreamPurpose.CGM_NOISE));
    }

    @Test
    void marginalAtFifteenMinutePointsIsTheJohnsonSuOfTheStationaryAr1() {
        // e ~ N(0, v) => P(eps <= x) = Phi((gamma + delta asinh((x - xi)/lambda)) / sqrt(v)).
        // Every 20th knot (autocorrelation 0.7^20 < 1e-3) after a 20-knot burn-in, so the sample is
        // close to i.i.d. as the KS test assumes. alpha = 0.001: a correct generator fails with
        // probability 0.1% per seed; the seed is fixed, so the test is deterministic.
        NormalDistribution latent = NormalDistribution.of(0, Math.sqrt(LATENT_VARIANCE));
        CgmNoise noise = noise(20240601L);
        int n = 2000;
        double[] sample = new double[n];
        for (int i = 0; i < n; i++) {
            sample[i] = noise.at((20L + 20L * i) * KNOT);
        }
        SignificanceResult result = KolmogorovSmirnovTest.withDefaults().test(sample,
                x -> latent.cumulativeProbability(P.gamma() + P.delta() * asinh((x - P.xi()) / P.lambda())));
        assertTrue(result.getPValue() > 0.001, "KS p-value " + result.getPValue());
    }

    @Test
    void marginalTestRejectsANormalErrorOfTheSameMeanAndSpread() {
        // The KS test above can fail: the same sample is not normal (the Johnson SU is skewed and
        // heavy-tailed), so it is rejected at the same alpha.
        CgmNoise noise = noise(20240601L);
        int n = 2000;
        double[] sample = new double[n];
        for (int i = 0; i < n; i++) {
            sample[i] = noise.at((20L + 20L * i) * KNOT);
        }
        NormalDistribution normal = NormalDistribution.of(stationaryMean(), stationarySd());
        SignificanceResult result = KolmogorovSmirnovTest.withDefaults().test(sample, normal::cumulativeProbability);
        assertTrue(result.getPValue() < 0.001, "KS p-value " + result.getPValue());
    }

    @Test
    void lagOneAutocorrelationAtFifteenMinutesIsWhatTheTransformedAr1Gives() {
        // For X, Y ~ N(0, v) with correlation rho = pacf and g(x) = sinh(a x + b), a = 1/delta,
        // b = -gamma/delta: E[g(X) g(Y)] = (cosh(2b) e^{a^2 v (1+rho)} - e^{a^2 v (1-rho)}) / 2 and
        // E[g(X)] = sinh(b) e^{a^2 v / 2}; so corr(eps_k, eps_{k+1}) = 0.6901 (0.7 for e itself).
        double a = 1 / P.delta();
        double b = -P.gamma() / P.delta();
        double v = LATENT_VARIANCE;
        double rho = P.pacf();
        double meanSq = Math.pow(Math.sinh(b), 2) * Math.exp(a * a * v);
        double variance = 0.5 * (Math.cosh(2 * b) * Math.exp(2 * a * a * v) - 1) - meanSq;
        double covariance = 0.5 * (Math.cosh(2 * b) * Math.exp(a * a * v * (1 + rho)) - Math.exp(a * a * v * (1 - rho))) - meanSq;
        double expected = covariance / variance;
        assertEquals(0.6901, expected, 1e-4);

        CgmNoise noise = noise(7L);
        int n = 200_000;
        double[] eps = new double[n];
        for (int i = 0; i < n; i++) {
            eps[i] = noise.at((20L + i) * KNOT);
        }
        // Heavy tails make the sample autocorrelation noisy (SD ~0.005 at this n, by simulation);
        // 0.03 is > 5 SD.
        assertEquals(expected, lagOneAutocorrelation(eps), 0.03);
    }

    @Test
    void valuesAtFifteenMinutePointsDoNotDependOnTheSampleInterval() {
        CgmNoise everyMinute = noise(11L);
        CgmNoise everyFive = noise(11L);
        CgmNoise everyFifteen = noise(11L);
        for (long minute = 0; minute <= 3 * 24 * 60; minute++) {
            double a = everyMinute.at(minute * 60_000L);
            if (minute % 5 == 0) {
                double b = everyFive.at(minute * 60_000L);
                assertEquals(a, b, 0.0, "minute " + minute);
            }
            if (minute % 15 == 0) {
                assertEquals(a, everyFifteen.at(minute * 60_000L), 0.0, "minute " + minute);
            }
        }
    }

    @Test
    void skippingAheadGivesTheSameValueAsSamplingEverything() {
        CgmNoise dense = noise(3L);
        for (long minute = 0; minute < 1000; minute += 5) {
            dense.at(minute * 60_000L);
        }
        double skipped = noise(3L).at(1000 * 60_000L);
        assertEquals(dense.at(1000 * 60_000L), skipped, 0.0);
    }

    @Test
    void interpolationIsContinuousAcrossChunkBoundaries() {
        CgmNoise noise = noise(5L);
        long boundary = CgmNoise.CHUNK_MILLIS * 3;
        double before = noise.at(boundary - 1);
        double at = noise.at(boundary);
        assertEquals(at, before, 1e-3);
    }

    @Test
    void refusesTimesGoingBackwards() {
        CgmNoise noise = noise(1L);
        noise.at(10 * 60_000L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> noise.at(5 * 60_000L));
        assertTrue(e.getMessage().startsWith("timeMillis: 300000"), e.getMessage());
    }

    private static double stationaryMean() {
        double a = 1 / P.delta();
        double b = -P.gamma() / P.delta();
        return P.xi() + P.lambda() * Math.sinh(b) * Math.exp(a * a * LATENT_VARIANCE / 2);
    }

    private static double stationarySd() {
        double a = 1 / P.delta();
        double b = -P.gamma() / P.delta();
        double v = LATENT_VARIANCE;
        return P.lambda() * Math.sqrt(0.5 * (Math.cosh(2 * b) * Math.exp(2 * a * a * v) - 1)
                - Math.pow(Math.sinh(b), 2) * Math.exp(a * a * v));
    }

    static double lagOneAutocorrelation(double[] x) {
        double mean = 0;
        for (double value : x) {
            mean += value;
        }
        mean /= x.length;
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - mean;
            den += d * d;
            if (i > 0) {
                num += d * (x[i - 1] - mean);
            }
        }
        return num / den;
    }

    private static double asinh(double x) {
        return Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x);
    }
}
