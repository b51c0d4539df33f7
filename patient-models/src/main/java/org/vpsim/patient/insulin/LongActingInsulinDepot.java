package org.vpsim.patient.insulin;

import java.util.Objects;

/**
 * Subcutaneous depot of a long-acting insulin as a linear ODE with its own two states, meant to be
 * appended to any patient model's state vector (the caller chooses the {@code offset}):
 * <pre>
 *   dX_dep/dt = -m k_d X_dep                      (depot: precipitate / multihexamers, U)
 *   dX_sol/dt =  m k_d X_dep - m k_a X_sol        (soluble insulin at the site, U)
 *   Ra_LA     =  m k_a X_sol                      (appearance in plasma, U/min)
 * </pre>
 * An injection of D units adds D to X_dep. {@code m} is the absorption rate multiplier of the
 * injection site (1 = the published profile; day-to-day variation draws it per injection and the
 * caller holds it until the next one). Mass balance: injected = absorbed (integral of Ra_LA) +
 * X_dep + X_sol, exactly for the closed form {@link #advance} and for any Runge-Kutta integration of
 * {@link #computeDerivatives} (linear invariants are preserved by every Runge-Kutta method).
 *
 * <p>Immutable and thread-safe: all state lives in the caller's arrays. Time is in minutes.
 */
public final class LongActingInsulinDepot {
    /** Index (relative to the offset) of the depot state X_dep (U). */
    public static final int DEPOT = 0;
    /** Index (relative to the offset) of the soluble-insulin state X_sol (U). */
    public static final int SOLUBLE = 1;
    private static final int DIMENSION = 2;

    private final LongActingInsulin insulin;

    public LongActingInsulinDepot(LongActingInsulin insulin) {
        this.insulin = Objects.requireNonNull(insulin, "insulin");
    }

    public LongActingInsulin insulin() {
        return insulin;
    }

    /** Number of states the depot adds to a model's state vector. */
    public int stateDimension() {
        return DIMENSION;
    }

    /** A fresh, empty depot state (no insulin on board). */
    public double[] emptyState() {
        return new double[DIMENSION];
    }

    /**
     * Writes the depot's derivatives into {@code dxdt[offset]} and {@code dxdt[offset + 1]}; reads
     * {@code x} at the same indices and modifies nothing else.
     */
    public void computeDerivatives(double[] x, int offset, double absorptionRateMultiplier, double[] dxdt) {
        requireMultiplier(absorptionRateMultiplier);
        double kd = absorptionRateMultiplier * insulin.releaseRatePerMinute();
        double ka = absorptionRateMultiplier * insulin.absorptionRatePerMinute();
        double release = kd * x[offset + DEPOT];
        dxdt[offset + DEPOT] = -release;
        dxdt[offset + SOLUBLE] = release - ka * x[offset + SOLUBLE];
    }

    /** Adds an injection of {@code insulinUnits} (U) to the depot, in place. */
    public void inject(double[] x, int offset, double insulinUnits) {
        if (!(insulinUnits >= 0) || Double.isInfinite(insulinUnits)) {
            throw new IllegalArgumentException("insulinUnits: " + insulinUnits + " is negative or not finite");
        }
        x[offset + DEPOT] += insulinUnits;
    }

    /**
     * Insulin appearing in plasma (U/min): the term to add to a model's plasma-insulin equation (UVA/Padova:
     * dIp/dt += Ra * 6000 / BW pmol/kg/min, since 1 U = 6000 pmol).
     */
    public double plasmaAppearanceUnitsPerMinute(double[] x, int offset, double absorptionRateMultiplier) {
        requireMultiplier(absorptionRateMultiplier);
        return absorptionRateMultiplier * insulin.absorptionRatePerMinute() * x[offset + SOLUBLE];
    }

    /** Insulin still under the skin (U): depot plus soluble. */
    public double insulinOnBoardUnits(double[] x, int offset) {
        return x[offset + DEPOT] + x[offset + SOLUBLE];
    }

    /**
     * Advances the depot exactly (closed form) by {@code minutes} under a constant multiplier; returns the
     * insulin absorbed into plasma over the interval (U), which equals the drop of insulin on board.
     */
    public double advance(double[] x, int offset, double minutes, double absorptionRateMultiplier) {
        requireMultiplier(absorptionRateMultiplier);
        if (!(minutes >= 0) || Double.isInfinite(minutes)) {
            throw new IllegalArgumentException("minutes: " + minutes + " is negative or not finite");
        }
        double before = insulinOnBoardUnits(x, offset);
        double kd = absorptionRateMultiplier * insulin.releaseRatePerMinute();
        double ka = absorptionRateMultiplier * insulin.absorptionRatePerMinute();
        double dep = x[offset + DEPOT];
        double sol = x[offset + SOLUBLE];
        x[offset + DEPOT] = dep * Math.exp(-kd * minutes);
        x[offset + SOLUBLE] = sol * Math.exp(-ka * minutes) + dep * kd * chainKernel(kd, ka, minutes);
        return before - insulinOnBoardUnits(x, offset);
    }

    /** Appearance rate (U/min) {@code minutesSinceInjection} after a single injection of {@code units} into an empty depot. */
    public double singleDoseAppearanceUnitsPerMinute(double units, double minutesSinceInjection) {
        if (minutesSinceInjection < 0) {
            return 0.0;
        }
        double kd = insulin.releaseRatePerMinute();
        double ka = insulin.absorptionRatePerMinute();
        return units * ka * kd * chainKernel(kd, ka, minutesSinceInjection);
    }

    /** Insulin absorbed into plasma (U) by {@code minutesSinceInjection} after a single injection into an empty depot. */
    public double singleDoseAbsorbedUnits(double units, double minutesSinceInjection) {
        if (minutesSinceInjection <= 0) {
            return 0.0;
        }
        double[] x = emptyState();
        inject(x, 0, units);
        return advance(x, 0, minutesSinceInjection, 1.0);
    }

    /**
     * The depot state just BEFORE a dose when {@code doseUnits} have been injected every
     * {@code intervalMinutes} forever (the regimen's periodic steady state), in closed form: with
     * e_d = exp(-k_d T), X_dep = D e_d / (1 - e_d) and X_sol = (D + X_dep) k_d K(T) / (1 - exp(-k_a T)),
     * K the chain kernel. Inject the dose into it to start a simulation as if the regimen had been running.
     * Over one interval at steady state exactly D is absorbed: the mean appearance rate is D / T.
     */
    public double[] steadyStateBeforeDose(double doseUnits, double intervalMinutes) {
        if (!(doseUnits >= 0) || Double.isInfinite(doseUnits)) {
            throw new IllegalArgumentException("doseUnits: " + doseUnits + " is negative or not finite");
        }
        if (!(intervalMinutes > 0) || Double.isInfinite(intervalMinutes)) {
            throw new IllegalArgumentException("intervalMinutes: " + intervalMinutes + " is not a positive finite number");
        }
        double kd = insulin.releaseRatePerMinute();
        double ka = insulin.absorptionRatePerMinute();
        double ed = Math.exp(-kd * intervalMinutes);
        double depotAfterDose = doseUnits / -Math.expm1(-kd * intervalMinutes);
        double[] x = emptyState();
        x[DEPOT] = depotAfterDose * ed;
        x[SOLUBLE] = depotAfterDose * kd * chainKernel(kd, ka, intervalMinutes) / -Math.expm1(-ka * intervalMinutes);
        return x;
    }

    /**
     * The regimen's periodic steady state {@code minutesSinceLastDose} (in [0, interval)) after a dose:
     * the state to start a simulation from at any time of day as if the regimen had been running.
     */
    public double[] steadyState(double doseUnits, double intervalMinutes, double minutesSinceLastDose) {
        if (!(minutesSinceLastDose >= 0) || !(minutesSinceLastDose < intervalMinutes)) {
            throw new IllegalArgumentException("minutesSinceLastDose: " + minutesSinceLastDose
                    + " is not in [0, " + intervalMinutes + ")");
        }
        double[] x = steadyStateBeforeDose(doseUnits, intervalMinutes);
        inject(x, 0, doseUnits);
        advance(x, 0, minutesSinceLastDose, 1.0);
        return x;
    }

    /** Half-life of the terminal phase of absorption (minutes), at multiplier 1. */
    public double terminalHalfLifeMinutes() {
        return insulin.terminalHalfLifeMinutes();
    }

    /**
     * K(t) = (exp(-k1 t) - exp(-k2 t)) / (k2 - k1), symmetric in the two rates, written with the slower rate
     * s and the faster f as exp(-s t) (1 - exp(-(f - s) t)) / (f - s) so that it neither cancels when the
     * rates are close (it tends to t exp(-k t)) nor overflows for long times.
     */
    private static double chainKernel(double k1, double k2, double t) {
        double slow = Math.min(k1, k2);
        double d = Math.max(k1, k2) - slow;
        double ratio = d == 0.0 ? t : -Math.expm1(-d * t) / d;
        return Math.exp(-slow * t) * ratio;
    }

    private static void requireMultiplier(double m) {
        if (!(m > 0) || Double.isInfinite(m)) {
            throw new IllegalArgumentException("absorptionRateMultiplier: " + m + " is not a positive finite number");
        }
    }
}
