package org.vpsim.pump.sensor;

import java.util.Objects;

/**
 * What a CGM is: how often it samples, how it errs, what range it reports.
 *
 * @param sampleIntervalMillis time between readings; 5 min for Dexcom/Guardian-like sensors, 1 min
 *                             for a Navigator-like one (DESIGN.md, "CGM sensor")
 * @param noise                the sensor error model (Breton &amp; Kovatchev 2008)
 * @param noiseEnabled         false gives the noiseless reading clip(Gs) (for verification runs)
 * @param minMgDl              readings below are reported as this value (39: the "LO" floor of
 *                             Dexcom/Medtronic sensors, as in simglucose's sensor table)
 * @param maxMgDl              readings above are reported as this value (400 on current sensors'
 *                             displays; simglucose uses 600)
 * @param dropoutProbability   probability that a sample is missing, independently per sample; 0 off
 * @param errorModel           which error model: {@code noise} (Breton 2008, default) or Vettoretti 2019
 */
public record CgmSpec(
        long sampleIntervalMillis,
        JohnsonSuNoiseParameters noise,
        boolean noiseEnabled,
        double minMgDl,
        double maxMgDl,
        double dropoutProbability,
        CgmErrorModel errorModel) {

    public static final long DEFAULT_SAMPLE_INTERVAL_MILLIS = 5 * 60_000L;

    public CgmSpec {
        if (sampleIntervalMillis <= 0) {
            throw new IllegalArgumentException(
                    "sampleIntervalMillis: " + sampleIntervalMillis + " is not positive");
        }
        Objects.requireNonNull(noise, "noise");
        if (!Double.isFinite(minMgDl) || minMgDl < 0.0) {
            throw new IllegalArgumentException("minMgDl: " + minMgDl + " is not a non-negative finite number");
        }
        if (!Double.isFinite(maxMgDl) || maxMgDl <= minMgDl) {
            throw new IllegalArgumentException(
                    "maxMgDl: " + maxMgDl + " is not a finite number above minMgDl " + minMgDl);
        }
        if (!(dropoutProbability >= 0.0 && dropoutProbability < 1.0)) {
            throw new IllegalArgumentException("dropoutProbability: " + dropoutProbability + " is not in [0, 1)");
        }
        Objects.requireNonNull(errorModel, "errorModel");
    }

    /** A sensor with the Breton 2008 error model. */
    public CgmSpec(long sampleIntervalMillis, JohnsonSuNoiseParameters noise, boolean noiseEnabled, double minMgDl,
                   double maxMgDl, double dropoutProbability) {
        this(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, dropoutProbability,
                CgmErrorModel.BRETON_2008);
    }

    public CgmSpec withErrorModel(CgmErrorModel model) {
        return new CgmSpec(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, dropoutProbability, model);
    }

    /** A 5-minute sensor with the Breton 2008 error, range 39-400 mg/dL, no dropouts. */
    public static CgmSpec defaults() {
        return new CgmSpec(DEFAULT_SAMPLE_INTERVAL_MILLIS, JohnsonSuNoiseParameters.breton2008(), true, 39.0, 400.0, 0.0);
    }

    /** As {@link #defaults()} but sampling every minute, like the FreeStyle Navigator. */
    public static CgmSpec navigatorLike() {
        return defaults().withSampleIntervalMillis(60_000L);
    }

    public CgmSpec withSampleIntervalMillis(long newSampleIntervalMillis) {
        return new CgmSpec(newSampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, dropoutProbability,
                errorModel);
    }

    public CgmSpec withNoiseEnabled(boolean enabled) {
        return new CgmSpec(sampleIntervalMillis, noise, enabled, minMgDl, maxMgDl, dropoutProbability, errorModel);
    }

    public CgmSpec withRange(double newMinMgDl, double newMaxMgDl) {
        return new CgmSpec(sampleIntervalMillis, noise, noiseEnabled, newMinMgDl, newMaxMgDl, dropoutProbability,
                errorModel);
    }

    public CgmSpec withDropoutProbability(double probability) {
        return new CgmSpec(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, probability, errorModel);
    }
}
