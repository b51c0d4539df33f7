package org.vpsim.pump.control;

/**
 * A linear glucose-insulin plant for closed-loop tests (not a patient model): insulin acts through two
 * compartments with time constant tau (the same chain as {@link PlasmaInsulinEstimate}), and glucose
 * moves with the difference between the insulin acting and the insulin the body needs:
 * <pre>
 *   dq1/dt = u/60 - q1/tau,  dq2/dt = (q1 - q2)/tau,  A = 60 q2/tau (U/h)
 *   dG/dt  = -(ISF/60) (A - need)        (mg/dL/min; ISF mg/dL per U, need U/h)
 * </pre>
 * So one extra unit acting lowers glucose by ISF, and glucose is steady exactly when A = need. Glucose
 * is floored at 20 mg/dL. Integrated exactly for the insulin, by 0.1-min Euler steps for glucose.
 */
final class LinearInsulinPlant {
    private final double tauMinutes;
    private final double isfMgDlPerUnit;
    private final double needUnitsPerHour;
    private double q1;
    private double q2;
    private double glucoseMgDl;

    /** Insulin in steady state at {@code steadyUnitsPerHour}, glucose at {@code glucoseMgDl}. */
    LinearInsulinPlant(double tauMinutes, double isfMgDlPerUnit, double needUnitsPerHour, double steadyUnitsPerHour,
                       double glucoseMgDl) {
        this.tauMinutes = tauMinutes;
        this.isfMgDlPerUnit = isfMgDlPerUnit;
        this.needUnitsPerHour = needUnitsPerHour;
        this.q1 = steadyUnitsPerHour / 60.0 * tauMinutes;
        this.q2 = q1;
        this.glucoseMgDl = glucoseMgDl;
    }

    double glucoseMgDl() {
        return glucoseMgDl;
    }

    /** Advances {@code minutes} at a constant delivery {@code unitsPerHour}. */
    void advance(double minutes, double unitsPerHour) {
        double h = 0.1;
        for (double t = 0; t < minutes - 1e-9; t += h) {
            double u = unitsPerHour / 60.0;
            double acting = 60.0 * q2 / tauMinutes;
            glucoseMgDl = Math.max(20.0, glucoseMgDl - isfMgDlPerUnit / 60.0 * (acting - needUnitsPerHour) * h);
            double q1n = q1 + (u - q1 / tauMinutes) * h;
            q2 = q2 + (q1 - q2) / tauMinutes * h;
            q1 = q1n;
        }
    }
}
