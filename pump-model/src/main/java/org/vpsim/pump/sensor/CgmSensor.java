package org.vpsim.pump.sensor;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

/**
 * One patient's CGM: reading = clip(Gs + epsilon(t), min, max), or {@code null} when the sample
 * drops out. Gs is the model's interstitial (subcutaneous) glucose, so the physiological lag is the
 * patient model's; epsilon is {@link CgmNoise}, or with {@link CgmErrorModel#VETTORETTI_2019} the reading is
 * {@link Vettoretti2019Error}'s calibrated signal plus AR(2) noise. Single-threaded; sample times must not decrease.
 *
 * <p>Noise and dropouts use separate streams so that switching dropouts on or off never changes the
 * noise of the readings that remain (common random numbers across arms and settings).
 */
public final class CgmSensor {
    /** Sub-stream of CGM_NOISE used for dropout draws (the noise uses the purpose's main stream). */
    public static final long DROPOUT_SUB_STREAM = 1L;

    private final CgmSpec spec;
    private final CgmNoise noise;
    private final Vettoretti2019Error vettoretti;
    private final UniformRandomProvider dropoutRng;

    /**
     * @param noiseRng   the patient's CGM_NOISE stream
     * @param dropoutRng a separate stream for dropout draws; may be null when the spec has no dropouts
     */
    public CgmSensor(CgmSpec spec, UniformRandomProvider noiseRng, UniformRandomProvider dropoutRng) {
        this.spec = Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(noiseRng, "noiseRng");
        boolean v = spec.errorModel() == CgmErrorModel.VETTORETTI_2019;
        this.noise = v ? null : new CgmNoise(spec.noise(), noiseRng);
        this.vettoretti = v ? new Vettoretti2019Error(noiseRng) : null;
        if (spec.dropoutProbability() > 0.0 && dropoutRng == null) {
            throw new IllegalArgumentException(
                    "dropoutRng: null but dropoutProbability is " + spec.dropoutProbability());
        }
        this.dropoutRng = dropoutRng;
    }

    /** The sensor of one patient, on its (study seed, patient, CGM_NOISE) streams. */
    public static CgmSensor forPatient(CgmSpec spec, RandomStreams streams, String patientId) {
        return new CgmSensor(spec,
                streams.stream(patientId, StreamPurpose.CGM_NOISE),
                streams.stream(patientId, StreamPurpose.CGM_NOISE, DROPOUT_SUB_STREAM));
    }

    public CgmSpec spec() {
        return spec;
    }

    /**
     * The reading at a time, in mg/dL, clipped to the sensor range; {@code null} on a dropout.
     *
     * @param timeMillis                ms since scenario start, non-decreasing between calls
     * @param interstitialGlucoseMgDl   the model's subcutaneous glucose at that time
     */
    public Double sample(long timeMillis, double interstitialGlucoseMgDl) {
        if (!Double.isFinite(interstitialGlucoseMgDl)) {
            throw new IllegalArgumentException(
                    "interstitialGlucoseMgDl: " + interstitialGlucoseMgDl + " is not finite");
        }
        // The error is a function of time alone; evaluating it on a dropout too keeps the time-order check.
        double reading;
        if (!spec.noiseEnabled()) {
            reading = interstitialGlucoseMgDl;
        } else if (vettoretti != null) {
            reading = vettoretti.reading(timeMillis, interstitialGlucoseMgDl);
        } else {
            reading = interstitialGlucoseMgDl + noise.at(timeMillis);
        }
        if (spec.dropoutProbability() > 0.0 && dropoutRng.nextDouble() < spec.dropoutProbability()) {
            return null;
        }
        return Math.min(spec.maxMgDl(), Math.max(spec.minMgDl(), reading));
    }
}
