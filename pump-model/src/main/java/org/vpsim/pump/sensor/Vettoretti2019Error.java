package org.vpsim.pump.sensor;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The error model of a factory-calibrated CGM of Vettoretti M, Del Favero S, Sparacino G, Facchinetti A,
 * "Modeling the error of factory-calibrated continuous glucose monitoring sensors: application to Dexcom G6
 * sensor data", Sensors 2019;19(23):5320 (the model of the EMBC 2019 paper of the same authors):
 * <pre>
 *   CGM(t) = (a0 + a1·d + a2·d²)·IG(t) + b0 + e(k),   d = days since the sensor was inserted,
 *   e(k)   = α1·e(k−1) + α2·e(k−2) + σ·z(k),  z ~ N(0, 1),  on the 5-minute grid of the data it was fitted on.
 * </pre>
 * The first term is the calibration error (gain drifting over the sensor's life, offset b0); e is the
 * sensor-specific AR(2) noise. Each sensor draws its own parameter vector θ = (a0, a1, a2, b0, α1, α2, σ) from
 * the population distribution N(μ, 0.9·Σ) the paper identified on G6 data (μ and Σ as transcribed in ReplayBG's
 * {@code Vettoretti19CGM}, which shrinks Σ by 0.9 "not to generate too extreme realizations"), redrawn until the
 * AR(2) is stable with margin (−1 ≤ α2 ≤ 1 − |α1| − 0.02) and its stationary SD is at most 10 mg/dL.
 *
 * <p>A sensor lasts its life ({@link #SENSOR_LIFE_MILLIS}, 10 days, the G6's wear, unless the CGM's
 * {@code sensorLifeDays} says otherwise; a whole number of 5-minute steps); the first is inserted at time 0, then a
 * new sensor at every multiple of the life: new θ, noise memory reset to 0 (ReplayBG {@code connect_new_cgm}), d
 * counted from the new insertion.
 *
 * <p>Sample intervals other than 5 minutes: the AR(2) is a discrete-time model identified on 5-minute data and has
 * no unique continuous-time equivalent (an AR(2) with a negative real root, which the fitted α give in part of the
 * population, is not the sampled form of any continuous process), so it is not re-discretised. It runs on its
 * native 5-minute grid and the reading at t holds the value of the grid point at or before t (zero-order hold):
 * at 15 minutes the readings are every third grid value (exactly the fitted process, lag-1 autocorrelation ρ(3));
 * at 1 or 3 minutes the noise steps every 5 minutes while the calibrated signal follows IG at every sample. Either
 * way the reading is a function of the stream and of the time only (common random numbers across arms and
 * intervals). Times must not decrease. Not thread-safe.
 */
public final class Vettoretti2019Error {
    /** The grid the AR(2) was identified on. */
    public static final long GRID_MILLIS = 5 * 60_000L;
    /** Dexcom G6 wear. */
    public static final long SENSOR_LIFE_MILLIS = 10L * 24 * 3_600_000L;

    /** μ of θ = (a0, a1 /day, a2 /day², b0 mg/dL, α1, α2, σ mg/dL) (Vettoretti 2019). */
    static final double[] MEAN = {0.942288, 0.00493988, -0.000584875, 6.38260, 1.26041, -0.402223, 3.25164};
    /** Σ of θ (Vettoretti 2019), before the 0.9 shrinkage. */
    static final double[][] COVARIANCE = {
        {0.0132458, -0.00395130, 0.000312767, 0.157179, 0.00268766, -0.00289046, -0.00318017},
        {-0.00395130, 0.00185280, -0.000155803, -0.102880, -0.00139023, 0.00115919, -0.00272849},
        {0.000312767, -0.000155803, 0.0000137460, 0.00806859, 0.000120750, -0.000100421, 0.000111303},
        {0.157179, -0.102880, 0.00806859, 29.0058, 0.124083, -0.101936, 0.600754},
        {0.00268766, -0.00139023, 0.000120750, 0.124083, 0.0207935, -0.0184311, -0.0157218},
        {-0.00289046, 0.00115919, -0.000100421, -0.101936, -0.0184311, 0.0187009, 0.0155233},
        {-0.00318017, -0.00272849, 0.000111303, 0.600754, -0.0157218, 0.0155233, 0.723568}};
    static final double COVARIANCE_SHRINK = 0.9;
    static final double STABILITY_MARGIN = 0.02;
    static final double MAX_NOISE_SD_MG_DL = 10.0;
    private static final double[][] CHOLESKY = cholesky(COVARIANCE, COVARIANCE_SHRINK);

    /**
     * One sensor's parameters.
     *
     * @param a0     gain at insertion
     * @param a1     gain drift (1/day)
     * @param a2     gain drift (1/day²)
     * @param b0     offset (mg/dL)
     * @param alpha1 AR(2) coefficient
     * @param alpha2 AR(2) coefficient
     * @param sigma  SD of the AR(2) innovation (mg/dL)
     */
    public record Parameters(double a0, double a1, double a2, double b0, double alpha1, double alpha2, double sigma) {
        /** Stationary SD of e: σ²·(1−α2) / ((1+α2)·((1−α2)² − α1²)). */
        public double stationarySdMgDl() {
            double v = sigma * sigma * (1 - alpha2) / ((1 + alpha2) * ((1 - alpha2) * (1 - alpha2) - alpha1 * alpha1));
            return v > 0 ? Math.sqrt(v) : Double.POSITIVE_INFINITY;
        }

        /** Lag-1 autocorrelation of the stationary e: α1/(1−α2). */
        public double lag1Autocorrelation() {
            return alpha1 / (1 - alpha2);
        }

        boolean acceptable() {
            return alpha2 >= -1 && alpha2 <= 1 - Math.abs(alpha1) - STABILITY_MARGIN && sigma > 0
                    && stationarySdMgDl() <= MAX_NOISE_SD_MG_DL;
        }

        /** The calibrated signal (a0 + a1·d + a2·d²)·IG + b0 (mg/dL), d in days since insertion. */
        public double calibrated(double interstitialGlucoseMgDl, double daysSinceInsertion) {
            double d = daysSinceInsertion;
            return (a0 + a1 * d + a2 * d * d) * interstitialGlucoseMgDl + b0;
        }
    }

    private final ContinuousSampler normal;
    private final Parameters fixed;
    private final long sensorLifeMillis;
    private Parameters current;
    private long sensorIndex = -1;
    private long gridIndex = -1;
    private double e1;
    private double e2;
    private long lastTimeMillis = Long.MIN_VALUE;

    /** Sensors drawn from the population distribution, one every 10 days, on {@code rng}. */
    public Vettoretti2019Error(UniformRandomProvider rng) {
        this(rng, null);
    }

    /** Every sensor with {@code parameters} (for verification); null draws them as above. */
    public Vettoretti2019Error(UniformRandomProvider rng, Parameters parameters) {
        this(rng, parameters, SENSOR_LIFE_MILLIS);
    }

    /**
     * @param parameters       every sensor's θ (for verification); null draws each sensor's from the population
     * @param sensorLifeMillis how long a sensor is worn, a positive whole number of 5-minute steps
     */
    public Vettoretti2019Error(UniformRandomProvider rng, Parameters parameters, long sensorLifeMillis) {
        if (sensorLifeMillis <= 0 || sensorLifeMillis % GRID_MILLIS != 0) {
            throw new IllegalArgumentException("sensorLifeMillis: " + sensorLifeMillis
                    + " is not a positive whole number of 5-minute steps");
        }
        this.normal = ZigguratSampler.NormalizedGaussian.of(Objects.requireNonNull(rng, "rng"));
        this.fixed = parameters;
        this.sensorLifeMillis = sensorLifeMillis;
    }

    /** The parameters of the sensor worn at the last sampled time (null before the first sample). */
    public Parameters currentParameters() {
        return current;
    }

    /** How many sensors have been inserted so far. */
    public long sensorsInserted() {
        return sensorIndex + 1;
    }

    /** The reading at {@code timeMillis} (ms since start, non-decreasing) for interstitial glucose IG (mg/dL). */
    public double reading(long timeMillis, double interstitialGlucoseMgDl) {
        if (timeMillis < 0) {
            throw new IllegalArgumentException("timeMillis: " + timeMillis + " is negative");
        }
        if (timeMillis < lastTimeMillis) {
            throw new IllegalArgumentException(
                    "timeMillis: " + timeMillis + " precedes the previous sample at " + lastTimeMillis);
        }
        lastTimeMillis = timeMillis;
        long wanted = timeMillis / GRID_MILLIS;
        while (gridIndex < wanted) {
            step();
        }
        double days = (timeMillis - sensorIndex * sensorLifeMillis) / 86_400_000.0;
        return current.calibrated(interstitialGlucoseMgDl, days) + e1;
    }

    private void step() {
        gridIndex++;
        if (gridIndex / (sensorLifeMillis / GRID_MILLIS) > sensorIndex) {
            sensorIndex++;
            current = fixed != null ? fixed : draw();
            e1 = 0;
            e2 = 0;
        }
        double e = current.alpha1() * e1 + current.alpha2() * e2 + current.sigma() * normal.sample();
        e2 = e1;
        e1 = e;
    }

    /** θ ~ N(μ, 0.9·Σ) through the Cholesky factor, redrawn until acceptable. */
    Parameters draw() {
        double[] z = new double[MEAN.length];
        while (true) {
            for (int i = 0; i < z.length; i++) {
                z[i] = normal.sample();
            }
            double[] t = new double[MEAN.length];
            for (int i = 0; i < t.length; i++) {
                double s = MEAN[i];
                for (int j = 0; j <= i; j++) {
                    s += CHOLESKY[i][j] * z[j];
                }
                t[i] = s;
            }
            Parameters p = new Parameters(t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
            if (p.acceptable()) {
                return p;
            }
        }
    }

    static double[][] cholesky(double[][] a, double scale) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j] * scale;
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalStateException("covariance is not positive definite at row " + i);
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }
}
