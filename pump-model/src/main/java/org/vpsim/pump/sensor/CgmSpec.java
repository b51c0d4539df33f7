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
 * @param sensorLifeMillis     how long a sensor is worn before it is replaced; 0: the error model's own (none for
 *                             Breton 2008, whose error does not depend on the sensor; 10 days for Vettoretti 2019,
 *                             the G6's wear). The first sensor is inserted at time 0 and already warmed up; the
 *                             k-th replacement at k × life. A whole number of 5-minute steps (the Vettoretti grid).
 * @param warmUpMillis         after each replacement, how long the sensor gives no readings (G6 2 h, G7 30 min,
 *                             Libre 2 1 h); 0 none; shorter than the life
 * @param burstDropoutFraction long-run fraction of readings missing in bursts ({@link BurstDropouts}); 0 off
 * @param burstDropoutMeanMillis mean length of a burst of missing readings, at least one sample interval; used
 *                             when the fraction is above 0
 */
public record CgmSpec(
        long sampleIntervalMillis,
        JohnsonSuNoiseParameters noise,
        boolean noiseEnabled,
        double minMgDl,
        double maxMgDl,
        double dropoutProbability,
        CgmErrorModel errorModel,
        long sensorLifeMillis,
        long warmUpMillis,
        double burstDropoutFraction,
        long burstDropoutMeanMillis) {

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
        if (sensorLifeMillis < 0 || sensorLifeMillis % Vettoretti2019Error.GRID_MILLIS != 0) {
            throw new IllegalArgumentException("sensorLifeMillis: " + sensorLifeMillis
                    + " is not 0 or a positive whole number of 5 minutes");
        }
        if (warmUpMillis < 0) {
            throw new IllegalArgumentException("warmUpMillis: " + warmUpMillis + " is negative");
        }
        // The fields are not assigned yet in a compact constructor: work on the parameters.
        long life = effectiveLife(sensorLifeMillis, errorModel);
        if (warmUpMillis > 0 && warmUpMillis >= life) {
            throw new IllegalArgumentException("warmUpMillis: " + warmUpMillis
                    + (life == 0 ? " needs a sensor life (sensors are never replaced)"
                    : " is not shorter than the sensor life " + life));
        }
        if (burstDropoutFraction > 0.0) {
            BurstDropouts.check(burstDropoutFraction, burstDropoutMeanMillis / (double) sampleIntervalMillis);
        } else if (!(burstDropoutFraction == 0.0)) {
            throw new IllegalArgumentException("burstDropoutFraction: " + burstDropoutFraction + " is not in [0, 1)");
        }
    }

    /** A sensor with the given error model, never replaced, no warm-up, no burst dropouts. */
    public CgmSpec(long sampleIntervalMillis, JohnsonSuNoiseParameters noise, boolean noiseEnabled, double minMgDl,
                   double maxMgDl, double dropoutProbability, CgmErrorModel errorModel) {
        this(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, dropoutProbability, errorModel, 0, 0, 0.0, 0);
    }

    /** How long a sensor is worn: {@link #sensorLifeMillis()}, or the error model's own when that is 0; 0 never replaced. */
    public long effectiveSensorLifeMillis() {
        return effectiveLife(sensorLifeMillis, errorModel);
    }

    private static long effectiveLife(long sensorLifeMillis, CgmErrorModel errorModel) {
        if (sensorLifeMillis > 0) {
            return sensorLifeMillis;
        }
        return errorModel == CgmErrorModel.VETTORETTI_2019 ? Vettoretti2019Error.SENSOR_LIFE_MILLIS : 0;
    }

    /** The number (0 for the first) of the sensor worn at a time. */
    public long sensorIndexAt(long timeMillis) {
        long life = effectiveSensorLifeMillis();
        return life == 0 ? 0 : timeMillis / life;
    }

    /** Whether a time falls in the warm-up after a sensor change (the first sensor is warm at time 0). */
    public boolean inWarmUp(long timeMillis) {
        long index = sensorIndexAt(timeMillis);
        return index > 0 && timeMillis - index * effectiveSensorLifeMillis() < warmUpMillis;
    }

    /** A sensor with the Breton 2008 error model. */
    public CgmSpec(long sampleIntervalMillis, JohnsonSuNoiseParameters noise, boolean noiseEnabled, double minMgDl,
                   double maxMgDl, double dropoutProbability) {
        this(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, dropoutProbability,
                CgmErrorModel.BRETON_2008);
    }

    public CgmSpec withErrorModel(CgmErrorModel model) {
        return new CgmSpec(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, dropoutProbability, model,
                sensorLifeMillis, warmUpMillis, burstDropoutFraction, burstDropoutMeanMillis);
    }

    /** Sensors worn {@code lifeMillis} (0: the error model's own) with {@code warmUp} without readings after a change. */
    public CgmSpec withSensorLife(long lifeMillis, long warmUp) {
        return new CgmSpec(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, dropoutProbability, errorModel,
                lifeMillis, warmUp, burstDropoutFraction, burstDropoutMeanMillis);
    }

    /** Readings missing in bursts: long-run {@code fraction}, mean burst {@code meanMillis}; fraction 0 off. */
    public CgmSpec withBurstDropouts(double fraction, long meanMillis) {
        return new CgmSpec(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, dropoutProbability, errorModel,
                sensorLifeMillis, warmUpMillis, fraction, meanMillis);
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
                errorModel, sensorLifeMillis, warmUpMillis, burstDropoutFraction, burstDropoutMeanMillis);
    }

    public CgmSpec withNoiseEnabled(boolean enabled) {
        return new CgmSpec(sampleIntervalMillis, noise, enabled, minMgDl, maxMgDl, dropoutProbability, errorModel,
                sensorLifeMillis, warmUpMillis, burstDropoutFraction, burstDropoutMeanMillis);
    }

    public CgmSpec withRange(double newMinMgDl, double newMaxMgDl) {
        return new CgmSpec(sampleIntervalMillis, noise, noiseEnabled, newMinMgDl, newMaxMgDl, dropoutProbability,
                errorModel, sensorLifeMillis, warmUpMillis, burstDropoutFraction, burstDropoutMeanMillis);
    }

    public CgmSpec withDropoutProbability(double probability) {
        return new CgmSpec(sampleIntervalMillis, noise, noiseEnabled, minMgDl, maxMgDl, probability, errorModel,
                sensorLifeMillis, warmUpMillis, burstDropoutFraction, burstDropoutMeanMillis);
    }
}
