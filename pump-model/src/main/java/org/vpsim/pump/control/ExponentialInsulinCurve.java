package org.vpsim.pump.control;

/**
 * The "exponential" insulin action curve by Dragan Maksimovic, used by Loop (LoopKit
 * {@code ExponentialInsulinModel}) and oref0 ({@code lib/iob/calculate.js}, {@code iobCalcExponential}).
 * With peak time tp and duration td (minutes):
 * <pre>
 *   tau = tp (1 - tp/td) / (1 - 2 tp/td),   a = 2 tau / td,   S = 1 / (1 - a + (1 + a) e^(-td/tau))
 *   IOB(t) = 1 - S (1 - a) ((t^2 / (tau td (1 - a)) - t/tau - 1) e^(-t/tau) + 1),   0 &lt;= t &lt;= td
 * </pre>
 * S normalises the curve so that IOB(td) = 0 exactly, hence the curve is continuous at td.
 * The activity (insulin acting per minute) is -dIOB/dt = (S / tau^2) t (1 - t/td) e^(-t/tau), which
 * peaks at tp.
 */
public final class ExponentialInsulinCurve implements InsulinActionCurve {
    private final double peakMinutes;
    private final double durationMinutes;
    private final double tau;
    private final double a;
    private final double s;

    public ExponentialInsulinCurve(double peakMinutes, double durationMinutes) {
        if (!(peakMinutes > 0.0) || !Double.isFinite(peakMinutes)) {
            throw new IllegalArgumentException("peakMinutes: " + peakMinutes + " is not a positive finite number");
        }
        // tau is positive only when td > 2 tp (the denominator 1 - 2 tp/td).
        if (!(durationMinutes > 2.0 * peakMinutes) || !Double.isFinite(durationMinutes)) {
            throw new IllegalArgumentException("durationMinutes: " + durationMinutes
                    + " is not a finite number above twice peakMinutes " + peakMinutes);
        }
        this.peakMinutes = peakMinutes;
        this.durationMinutes = durationMinutes;
        this.tau = peakMinutes * (1.0 - peakMinutes / durationMinutes) / (1.0 - 2.0 * peakMinutes / durationMinutes);
        this.a = 2.0 * tau / durationMinutes;
        this.s = 1.0 / (1.0 - a + (1.0 + a) * Math.exp(-durationMinutes / tau));
    }

    /**
     * Loop's and oref0's rapid-acting adult default: peak 75 min, duration 6 h (Loop
     * {@code ExponentialInsulinModelPreset.rapidActingAdult}; DESIGN.md IOB test vectors).
     */
    public static ExponentialInsulinCurve rapidActingAdult() {
        return new ExponentialInsulinCurve(75.0, 360.0);
    }

    public double peakMinutes() {
        return peakMinutes;
    }

    @Override
    public double durationMinutes() {
        return durationMinutes;
    }

    /** The time constant tau of the curve, minutes. */
    public double tauMinutes() {
        return tau;
    }

    /** The curve's a = 2 tau / td (dimensionless). */
    public double a() {
        return a;
    }

    /** The curve's normalisation S (dimensionless). */
    public double s() {
        return s;
    }

    @Override
    public double fractionRemaining(double t) {
        if (t <= 0.0) {
            return 1.0;
        }
        if (t >= durationMinutes) {
            return 0.0;
        }
        return 1.0 - s * (1.0 - a) * ((t * t / (tau * durationMinutes * (1.0 - a)) - t / tau - 1.0) * Math.exp(-t / tau) + 1.0);
    }

    @Override
    public String toString() {
        return "ExponentialInsulinCurve[peakMinutes=" + peakMinutes + ", durationMinutes=" + durationMinutes + "]";
    }
}
