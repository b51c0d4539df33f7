package org.vpsim.patient.hovorka;

/**
 * The fasting steady state of the Hovorka 2004 model at a chosen plasma glucose, and the basal insulin that
 * holds it. With every derivative of eqs. (1)–(9) set to zero and G fixed:
 * S1 = S2 = u·tmaxI, I = u/(ke·VI), xi = S_i·I, Q1 = G·VG, Q2 = x1·Q1/(k12 + x2), and eq. (1) leaves one
 * equation in I:
 * <pre>  h(I) = EGP0·(1 − S_IE·I) − F01c(G) − F_R(G) − S_IT·I·Q1·S_ID·I/(k12 + S_ID·I) = 0.</pre>
 * h is strictly decreasing in I, h(1/S_IE) &lt; 0, so a steady state exists (and is unique) exactly when
 * h(0) = EGP0 − F01c − F_R &gt; 0; it is found by bisection to machine precision.
 *
 * @param state                     the 11 states
 * @param basalInsulinUnitsPerHour  u in U/h
 * @param plasmaInsulinMuPerL       I in mU/L
 */
public record HovorkaSteadyState(double[] state, double basalInsulinUnitsPerHour, double plasmaInsulinMuPerL) {

    public HovorkaSteadyState {
        state = state.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    /**
     * @throws IllegalArgumentException when no steady state exists at {@code glucoseMgDl} (EGP0 ≤ F01c + F_R:
     *                                  the patient would stay below that glucose without any insulin)
     */
    public static HovorkaSteadyState solve(HovorkaParameters p, double glucoseMgDl) {
        if (!(glucoseMgDl > 0) || Double.isInfinite(glucoseMgDl)) {
            throw new IllegalArgumentException("basal glucose: " + glucoseMgDl + " mg/dL is not positive");
        }
        double bw = p.bodyWeightKg();
        double vg = p.vgLPerKg() * bw;
        double g = glucoseMgDl / Hovorka2004Model.MG_DL_PER_MMOL_L;
        double q1 = g * vg;
        double f01 = p.f01MmolPerKgMin() * bw;
        double f01c = g >= Hovorka2004Model.F01_THRESHOLD_MMOL_L ? f01 : f01 * g / Hovorka2004Model.F01_THRESHOLD_MMOL_L;
        double fr = g >= Hovorka2004Model.RENAL_THRESHOLD_MMOL_L
                ? Hovorka2004Model.RENAL_CLEARANCE_PER_MIN * (g - Hovorka2004Model.RENAL_THRESHOLD_MMOL_L) * vg : 0.0;
        double egp0 = p.egp0MmolPerKgMin() * bw;
        double sit = p.sitPerMinPerMuPerL();
        double sid = p.sidPerMinPerMuPerL();
        double sie = p.siePerMuPerL();
        double k12 = p.k12PerMin();
        if (!(egp0 - f01c - fr > 0)) {
            throw new IllegalArgumentException("no steady state at " + glucoseMgDl + " mg/dL: EGP0 (" + egp0
                    + " mmol/min) does not exceed the non-insulin-dependent uptake and renal loss ("
                    + (f01c + fr) + " mmol/min)");
        }
        double lo = 0.0;
        double hi = 1.0 / sie;
        for (int i = 0; i < 200 && hi - lo > 0; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            double h = egp0 * (1 - sie * mid) - f01c - fr - sit * mid * q1 * sid * mid / (k12 + sid * mid);
            if (h > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double insulin = 0.5 * (lo + hi);
        double uMuPerMin = insulin * p.kePerMin() * p.viLPerKg() * bw;
        double x1 = sit * insulin;
        double x2 = sid * insulin;
        double x3 = sie * insulin;
        double[] x = new double[Hovorka2004Model.DIMENSION];
        x[Hovorka2004Model.Q1] = q1;
        x[Hovorka2004Model.Q2] = x1 * q1 / (k12 + x2);
        x[Hovorka2004Model.S1] = uMuPerMin * p.tmaxIMinutes();
        x[Hovorka2004Model.S2] = uMuPerMin * p.tmaxIMinutes();
        x[Hovorka2004Model.I] = insulin;
        x[Hovorka2004Model.X1] = x1;
        x[Hovorka2004Model.X2] = x2;
        x[Hovorka2004Model.X3] = x3;
        x[Hovorka2004Model.C] = g;
        return new HovorkaSteadyState(x, uMuPerMin * 60 / Hovorka2004Model.MU_PER_UNIT, insulin);
    }
}
