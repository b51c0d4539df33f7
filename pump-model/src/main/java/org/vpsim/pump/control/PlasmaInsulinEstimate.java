package org.vpsim.pump.control;

/**
 * The model-estimated plasma insulin of the insulin-feedback PID, in delivery-rate units (U/h: the
 * steady state under a constant rate r is r). A linear two-compartment chain from the infusion site
 * (q1) to plasma (q2), both with time constant tau:
 * <pre>
 *   dq1/dt = u(t) - q1/tau,   dq2/dt = q1/tau - q2/tau,   Ip = 60 q2 / tau   (q in U, t in min)
 * </pre>
 * solved exactly between deliveries (each delivery an impulse into q1):
 * q1(t+h) = q1 e^(-h/tau), q2(t+h) = (q2 + q1 h/tau) e^(-h/tau). The impulse response of Ip is
 * proportional to t e^(-t/tau), which peaks at t = tau. Steil's insulin feedback (Steil GM et al., J
 * Clin Endocrinol Metab 2011;96:1402-1408) estimates plasma insulin with a compartment model of the
 * same kind fitted to measured insulin; here tau is the peak time of the therapy's insulin curve, so
 * that the estimated plasma insulin of a dose peaks when its action does.
 */
final class PlasmaInsulinEstimate {
    private final double tauMinutes;
    private double q1;
    private double q2;
    private double minute;

    /** Steady state under {@code unitsPerHour} at {@code minute}. */
    PlasmaInsulinEstimate(double tauMinutes, double unitsPerHour, double minute) {
        if (!(tauMinutes > 0) || !Double.isFinite(tauMinutes)) {
            throw new IllegalArgumentException("tauMinutes: " + tauMinutes + " is not a positive finite number");
        }
        this.tauMinutes = tauMinutes;
        this.q1 = unitsPerHour / 60.0 * tauMinutes;
        this.q2 = q1;
        this.minute = minute;
    }

    /** Adds a delivery of {@code units} at {@code atMinute} (not before the last one). */
    void deliver(double atMinute, double units) {
        advanceTo(atMinute);
        q1 += units;
    }

    /** The estimate at {@code atMinute}, U/h. */
    double unitsPerHourAt(double atMinute) {
        advanceTo(atMinute);
        return 60.0 * q2 / tauMinutes;
    }

    private void advanceTo(double atMinute) {
        double h = atMinute - minute;
        if (h <= 0) {
            return;
        }
        double decay = Math.exp(-h / tauMinutes);
        q2 = (q2 + q1 * h / tauMinutes) * decay;
        q1 = q1 * decay;
        minute = atMinute;
    }
}
