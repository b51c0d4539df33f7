package org.vpsim.pump.sensor;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The CGM error as a function of time, in mg/dL, generated as simglucose 0.2.11
 * {@code sensor/noise_gen.py} does (Breton &amp; Kovatchev 2008):
 * <ol>
 *   <li>a latent AR(1) sequence on a 15-minute grid, e_0 = n_0 and e_k = pacf * (e_{k-1} + n_k),
 *       with n_k standard normal deviates drawn from the stream in order;</li>
 *   <li>each e_k mapped to epsilon_k = xi + lambda * sinh((e_k - gamma) / delta);</li>
 *   <li>epsilon interpolated to any time by a not-a-knot cubic spline over chunks of 10 intervals
 *       (150 minutes, 11 knots; consecutive chunks share their boundary knot, as simglucose's
 *       {@code _noise_init} does).</li>
 * </ol>
 * One difference from simglucose, on purpose: simglucose hands out the interpolated values as an
 * iterator starting one sample interval into the first chunk, so its reading at t = 0 carries the
 * error of t = 5 min. Here the error is a function of the time itself (chunk = floor(t / 150 min)),
 * which makes it independent of the sample interval at the 15-minute knots and of the number of
 * calls: a 1-minute and a 5-minute sensor on the same stream agree at every 15-minute point.
 *
 * <p>Times must not decrease. Skipping ahead over whole chunks still draws their deviates, so the
 * error at a time never depends on which earlier times were sampled. Not thread-safe.
 */
public final class CgmNoise {
    /** The model's grid (Breton 2008 fitted the AR(1) on 15-minute data). */
    static final long KNOT_INTERVAL_MILLIS = 15 * 60_000L;
    /** simglucose's {@code PRECOMPUTE}: intervals per interpolation chunk. */
    static final int INTERVALS_PER_CHUNK = 10;
    static final long CHUNK_MILLIS = KNOT_INTERVAL_MILLIS * INTERVALS_PER_CHUNK;

    private final JohnsonSuNoiseParameters parameters;
    private final ContinuousSampler normal;
    private final UniformCubicSpline spline = new UniformCubicSpline(INTERVALS_PER_CHUNK + 1);
    private final double[] knots = new double[INTERVALS_PER_CHUNK + 1];
    private double latent;
    private long chunk = -1;
    private long lastTimeMillis = Long.MIN_VALUE;

    public CgmNoise(JohnsonSuNoiseParameters parameters, UniformRandomProvider rng) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.normal = ZigguratSampler.NormalizedGaussian.of(Objects.requireNonNull(rng, "rng"));
    }

    /** The sensor error in mg/dL at a time (ms since scenario start, non-negative, non-decreasing). */
    public double at(long timeMillis) {
        if (timeMillis < 0) {
            throw new IllegalArgumentException("timeMillis: " + timeMillis + " is negative");
        }
        if (timeMillis < lastTimeMillis) {
            throw new IllegalArgumentException(
                    "timeMillis: " + timeMillis + " precedes the previous sample at " + lastTimeMillis);
        }
        lastTimeMillis = timeMillis;
        long wanted = timeMillis / CHUNK_MILLIS;
        while (chunk < wanted) {
            nextChunk();
        }
        long offset = timeMillis - wanted * CHUNK_MILLIS;
        return spline.value(offset / (double) KNOT_INTERVAL_MILLIS);
    }

    private void nextChunk() {
        if (chunk < 0) {
            latent = normal.sample();
            knots[0] = parameters.transform(latent);
        } else {
            knots[0] = knots[INTERVALS_PER_CHUNK];
        }
        for (int k = 1; k <= INTERVALS_PER_CHUNK; k++) {
            latent = parameters.pacf() * (latent + normal.sample());
            knots[k] = parameters.transform(latent);
        }
        spline.fit(knots);
        chunk++;
    }
}
