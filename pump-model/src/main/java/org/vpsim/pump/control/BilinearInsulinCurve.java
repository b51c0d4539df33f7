package org.vpsim.pump.control;

/**
 * oref0's "bilinear" insulin action curve ({@code lib/iob/calculate.js}, {@code iobCalcBiLinear}):
 * activity rises linearly to a peak at 75 min and falls linearly to zero at 180 min, both scaled by
 * DIA/3 h. The on-board fraction is oref0's fitted quadratics in 5-minute units, with the scaled time
 * t' = t * 3 h / DIA:
 * <pre>
 *   t' &lt; 75:        x = t'/5 + 1,        IOB = -0.001852 x^2 + 0.001852 x + 1
 *   75 &lt;= t' &lt; 180: x = (t' - 75)/5,     IOB =  0.001323 x^2 - 0.054233 x + 0.555560
 *   t' &gt;= 180:      IOB = 0
 * </pre>
 * The fitted quadratics are kept as published so that results match oref0, with their flaws: a step
 * of 4e-5 at the peak, and a post-peak minimum of -0.00024 at x = 20.5 (scaled 177.5 min) rising to
 * 0.00011 at the cut. Here negative values are clamped to 0 (a dose never has negative insulin on
 * board); the remaining wiggle is under 1.1e-4 of the dose. Unlike oref0 the time is not rounded to
 * whole minutes.
 */
public final class BilinearInsulinCurve implements InsulinActionCurve {
    private static final double PEAK_SCALED_MINUTES = 75.0;
    private static final double END_SCALED_MINUTES = 180.0;

    private final double durationMinutes;

    public BilinearInsulinCurve(double durationMinutes) {
        if (!(durationMinutes > 0.0) || !Double.isFinite(durationMinutes)) {
            throw new IllegalArgumentException("durationMinutes: " + durationMinutes + " is not a positive finite number");
        }
        this.durationMinutes = durationMinutes;
    }

    @Override
    public double durationMinutes() {
        return durationMinutes;
    }

    @Override
    public double fractionRemaining(double t) {
        if (t <= 0.0) {
            return 1.0;
        }
        double scaled = t * END_SCALED_MINUTES / durationMinutes;
        if (scaled < PEAK_SCALED_MINUTES) {
            double x = scaled / 5.0 + 1.0;
            return -0.001852 * x * x + 0.001852 * x + 1.0;
        }
        if (scaled < END_SCALED_MINUTES) {
            double x = (scaled - PEAK_SCALED_MINUTES) / 5.0;
            return Math.max(0.0, 0.001323 * x * x - 0.054233 * x + 0.555560);
        }
        return 0.0;
    }

    @Override
    public String toString() {
        return "BilinearInsulinCurve[durationMinutes=" + durationMinutes + "]";
    }
}
