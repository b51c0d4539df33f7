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
 * <p>Sensor changes ({@link CgmSpec#effectiveSensorLifeMillis()}): the sensor worn at t is number
 * floor(t / life); during the warm-up after a change the reading is {@code null}. With Vettoretti 2019 each new
 * sensor redraws its parameters. Readings may also be missing independently per sample
 * ({@link CgmSpec#dropoutProbability()}) or in bursts ({@link BurstDropouts}).
 *
 * <p>Noise, independent dropouts and burst dropouts use separate streams (sub-streams of CGM_NOISE) so that
 * switching dropouts on or off never changes the noise of the readings that remain, nor does switching one kind
 * of dropout change the other (common random numbers across arms and settings).
 */
public final class CgmSensor {
    /** Sub-stream of CGM_NOISE used for dropout draws (the noise uses the purpose's main stream). */
    public static final long DROPOUT_SUB_STREAM = 1L;
    /** Sub-stream of CGM_NOISE used for the burst-dropout chain. */
    public static final long BURST_DROPOUT_SUB_STREAM = 2L;

    private final CgmSpec spec;
    private final CgmNoise noise;
    private final Vettoretti2019Error vettoretti;
    private final UniformRandomProvider dropoutRng;
    private final BurstDropouts bursts;

    /** A sensor without burst dropouts. */
    public CgmSensor(CgmSpec spec, UniformRandomProvider noiseRng, UniformRandomProvider dropoutRng) {
        this(spec, noiseRng, dropoutRng, null);
    }

    /**
     * @param noiseRng   the patient's CGM_NOISE stream
     * @param dropoutRng a separate stream for dropout draws; may be null when the spec has no dropouts
     * @param burstRng   a separate stream for the burst-dropout chain; may be null when the spec has none
     */
    public CgmSensor(CgmSpec spec, UniformRandomProvider noiseRng, UniformRandomProvider dropoutRng,
                     UniformRandomProvider burstRng) {
        this.spec = Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(noiseRng, "noiseRng");
        boolean v = spec.errorModel() == CgmErrorModel.VETTORETTI_2019;
        this.noise = v ? null : new CgmNoise(spec.noise(), noiseRng);
        this.vettoretti = v ? new Vettoretti2019Error(noiseRng, null, spec.effectiveSensorLifeMillis()) : null;
        if (spec.dropoutProbability() > 0.0 && dropoutRng == null) {
            throw new IllegalArgumentException(
                    "dropoutRng: null but dropoutProbability is " + spec.dropoutProbability());
        }
        this.dropoutRng = dropoutRng;
        if (spec.burstDropoutFraction() > 0.0) {
            if (burstRng == null) {
                throw new IllegalArgumentException(
                        "burstRng: null but burstDropoutFraction is " + spec.burstDropoutFraction());
            }
            this.bursts = new BurstDropouts(spec.burstDropoutFraction(),
                    spec.burstDropoutMeanMillis() / (double) spec.sampleIntervalMillis(), burstRng);
        } else {
            this.bursts = null;
        }
    }

    /** The sensor of one patient, on its (study seed, patient, CGM_NOISE) streams. */
    public static CgmSensor forPatient(CgmSpec spec, RandomStreams streams, String patientId) {
        return new CgmSensor(spec,
                streams.stream(patientId, StreamPurpose.CGM_NOISE),
                streams.stream(patientId, StreamPurpose.CGM_NOISE, DROPOUT_SUB_STREAM),
                streams.stream(patientId, StreamPurpose.CGM_NOISE, BURST_DROPOUT_SUB_STREAM));
    }

    public CgmSpec spec() {
        return spec;
    }

    /**
     * The reading at a time, in mg/dL, clipped to the sensor range; {@code null} on a dropout or during a warm-up.
     * Call once per sample: the burst-dropout chain steps once per call.
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
        // Every random draw of a sample is made whatever the outcome, so one setting never shifts another's draws.
        boolean dropped = spec.dropoutProbability() > 0.0 && dropoutRng.nextDouble() < spec.dropoutProbability();
        boolean inBurst = bursts != null && bursts.nextMissing();
        if (dropped || inBurst || spec.inWarmUp(timeMillis)) {
            return null;
        }
        return Math.min(spec.maxMgDl(), Math.max(spec.minMgDl(), reading));
    }
}
