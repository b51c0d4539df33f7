package org.vpsim.pump.sensor;

/**
 * Parameters of the CGM error model of Breton &amp; Kovatchev 2008 ("Analysis, modeling, and
 * simulation of the accuracy of continuous glucose sensors", J Diabetes Sci Technol 2(5):853-862):
 * a latent AR(1) Gaussian process e on a 15-minute grid, e_k = pacf * (e_{k-1} + n_k), mapped to the
 * error in mg/dL by the Johnson SU transform epsilon = xi + lambda * sinh((e - gamma) / delta).
 *
 * @param pacf   partial autocorrelation of the latent process at lag 15 min, in (-1, 1)
 * @param gamma  Johnson SU shape (location of the latent variable)
 * @param lambda Johnson SU scale, mg/dL, positive
 * @param delta  Johnson SU shape (tail weight), positive
 * @param xi     Johnson SU location, mg/dL
 */
public record JohnsonSuNoiseParameters(double pacf, double gamma, double lambda, double delta, double xi) {

    public JohnsonSuNoiseParameters {
        if (!(pacf > -1.0 && pacf < 1.0)) {
            throw new IllegalArgumentException("pacf: " + pacf + " is not in (-1, 1)");
        }
        requireFinite("gamma", gamma);
        requireFinite("xi", xi);
        if (!(lambda > 0.0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda: " + lambda + " is not a positive finite number");
        }
        if (!(delta > 0.0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("delta: " + delta + " is not a positive finite number");
        }
    }

    /**
     * The published fit (Breton &amp; Kovatchev 2008, Table 2), as carried by simglucose 0.2.11
     * {@code params/sensor_params.csv} for all three sensors (Dexcom, GuardianRT, Navigator).
     */
    public static JohnsonSuNoiseParameters breton2008() {
        return new JohnsonSuNoiseParameters(0.7, -0.5444, 15.9574, 1.6898, -5.47);
    }

    /** The Johnson SU transform of a latent value e: the sensor error in mg/dL. */
    public double transform(double latent) {
        return xi + lambda * Math.sinh((latent - gamma) / delta);
    }

    private static void requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not finite");
        }
    }
}
