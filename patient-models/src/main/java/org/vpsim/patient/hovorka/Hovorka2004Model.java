package org.vpsim.patient.hovorka;

import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;

/**
 * The Hovorka 2004 ("Cambridge") model of glucose regulation in type 1 diabetes (Hovorka R et al., Physiol
 * Meas 2004;25:905–920, Appendix eqs. (1)–(11)), with the interstitial glucose compartment of Wilinska ME et
 * al., J Diabetes Sci Technol 2010;4(1):132–144. 11 states, time in minutes:
 *
 * <p>0 Q1, 1 Q2 (mmol): glucose in the accessible (plasma) and non-accessible compartments; 2 S1, 3 S2 (mU):
 * the two subcutaneous insulin compartments; 4 I (mU/L): plasma insulin; 5 x1, 6 x2 (1/min), 7 x3 (–): remote
 * insulin action on glucose distribution/transport, disposal and endogenous production; 8 D1, 9 D2 (mmol):
 * the two gut compartments; 10 C (mmol/L): interstitial glucose.
 *
 * <p>Units at the boundary follow {@link PatientModel}: carbohydrate g/min → mmol/min with 1000/180.16
 * (glucose 180.16 g/mol), insulin U → 1000 mU, glucose mmol/L → mg/dL ×18.016, plasma insulin mU/L → pmol/L ×6.
 *
 * <p>Two deviations from the paper, both guards that never act at a steady state or in the fasting range:
 * <ul>
 *   <li>endogenous glucose production is EGP0·(1 − x3) only while that is positive, max(0, EGP0·(1 − x3)): the
 *       paper's linear suppression extrapolates to a liver that <em>consumes</em> glucose in proportion to insulin
 *       once x3 &gt; 1, which a meal bolus reaches in patients with a high S_IE or a slow ka3. The UVA/Padova model
 *       bounds its EGP the same way (Dalla Man 2007; simglucose {@code max(EGPt, 0)}, this project's
 *       {@code UvaPadova2008Model}). Without it 27 of 200 sampled patients fell below 20 mg/dL in a 14-day
 *       study and 10 reached 0 mg/dL; with it none fell below 20 (README, "Patient models").</li>
 *   <li>while Q1 is not positive its derivative may not be negative, as in simglucose's UVA/Padova guards.</li>
 * </ul>
 */
public final class Hovorka2004Model implements PatientModel {
    /** Registry id. */
    public static final String MODEL_ID = "hovorka-2004";
    public static final int DIMENSION = 11;
    public static final int Q1 = 0, Q2 = 1, S1 = 2, S2 = 3, I = 4, X1 = 5, X2 = 6, X3 = 7, D1 = 8, D2 = 9, C = 10;

    /** mg/dL per mmol/L of glucose (molar mass 180.16 g/mol). */
    public static final double MG_DL_PER_MMOL_L = 18.016;
    /** mmol of glucose per g of carbohydrate. */
    public static final double MMOL_PER_GRAM = 1000.0 / 180.16;
    /** mU per U of insulin. */
    public static final double MU_PER_UNIT = 1000.0;
    /** pmol/L per mU/L of insulin (1 µU/mL = 6 pmol/L, the 6000 pmol/U of the UVA/Padova model). */
    public static final double PMOL_PER_MU = 6.0;
    /** Hovorka 2004 eq. (4): F01 is scaled down linearly below this glucose (mmol/L). */
    public static final double F01_THRESHOLD_MMOL_L = 4.5;
    /** Hovorka 2004 eq. (5): renal clearance threshold (mmol/L) … */
    public static final double RENAL_THRESHOLD_MMOL_L = 9.0;
    /** … and rate (1/min). */
    public static final double RENAL_CLEARANCE_PER_MIN = 0.003;

    private final HovorkaPatient patient;
    private final TherapySettings therapy;
    private final double[] initialState;
    // Whole-body constants (per-kg parameters × BW).
    private final double vg, vi, f01, egp0, k12, ka1, ka2, ka3, kb1, kb2, kb3, ke, inverseTmaxI, inverseTmaxG, ag,
            kaInt;

    public Hovorka2004Model(HovorkaPatient patient) {
        if (patient == null) {
            throw new IllegalArgumentException("patient: null");
        }
        this.patient = patient;
        HovorkaParameters p = patient.parameters();
        double bw = p.bodyWeightKg();
        vg = p.vgLPerKg() * bw;
        vi = p.viLPerKg() * bw;
        f01 = p.f01MmolPerKgMin() * bw;
        egp0 = p.egp0MmolPerKgMin() * bw;
        k12 = p.k12PerMin();
        ka1 = p.ka1PerMin();
        ka2 = p.ka2PerMin();
        ka3 = p.ka3PerMin();
        // Hovorka 2004: S_IT = kb1/ka1, S_ID = kb2/ka2, S_IE = kb3/ka3.
        kb1 = p.sitPerMinPerMuPerL() * ka1;
        kb2 = p.sidPerMinPerMuPerL() * ka2;
        kb3 = p.siePerMuPerL() * ka3;
        ke = p.kePerMin();
        inverseTmaxI = 1.0 / p.tmaxIMinutes();
        inverseTmaxG = 1.0 / p.tmaxGMinutes();
        ag = p.carbBioavailability();
        kaInt = p.kaIntPerMin();
        HovorkaSteadyState ss = HovorkaSteadyState.solve(p, patient.basalGlucoseMgDl());
        initialState = ss.state();
        therapy = patient.therapy(ss.basalInsulinUnitsPerHour());
    }

    public HovorkaPatient patient() {
        return patient;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public String patientName() {
        return patient.name();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public double[] initialState() {
        return initialState.clone();
    }

    @Override
    public TherapySettings therapy() {
        return therapy;
    }

    @Override
    public void derivatives(double[] x, ModelInputs inputs, double[] dxdt) {
        new RightHandSide(inputs).computeDerivatives(0, x, dxdt);
    }

    @Override
    public OdeSystem system(ModelInputs inputs) {
        return new RightHandSide(inputs);
    }

    /** F01c (mmol/min), Hovorka 2004 eq. (4): F01 above 4.5 mmol/L, F01·G/4.5 below. */
    double f01c(double g) {
        return g >= F01_THRESHOLD_MMOL_L ? f01 : f01 * Math.max(g, 0.0) / F01_THRESHOLD_MMOL_L;
    }

    /** F_R (mmol/min), Hovorka 2004 eq. (5): 0.003·(G−9)·VG above 9 mmol/L, else 0. */
    double renalClearanceMmolPerMin(double g) {
        return g >= RENAL_THRESHOLD_MMOL_L ? RENAL_CLEARANCE_PER_MIN * (g - RENAL_THRESHOLD_MMOL_L) * vg : 0.0;
    }

    private final class RightHandSide implements OdeSystem {
        private final double carbMmolPerMin;
        private final double insulinMuPerMin;
        private final double absorption;
        private final double kb1s, kb2s, kb3s;
        private final double egp0s;
        private final double gutRate;

        RightHandSide(ModelInputs in) {
            carbMmolPerMin = in.carbIntakeGramsPerMinute() * MMOL_PER_GRAM;
            insulinMuPerMin = in.insulinInfusionUnitsPerMinute() * MU_PER_UNIT;
            // Infusion-set wear scales the absorption rate 1/t_max,I.
            absorption = inverseTmaxI * in.absorptionRateMultiplier();
            // Physiological variability (products with 1.0 at the published model): insulin sensitivity scales
            // the three sensitivities S_IT, S_ID, S_IE (kb_i = S_i·ka_i), so the steady-state actions x_i = S_i·I
            // scale with it, as the UVA/Padova model's SI variability scales both its insulin actions; the
            // endogenous-glucose multiplier (dawn phenomenon) scales EGP0; a meal's absorption multiplier scales
            // the gut's rate 1/t_max,G.
            double si = in.insulinSensitivityMultiplier();
            kb1s = kb1 * si;
            kb2s = kb2 * si;
            kb3s = kb3 * si;
            egp0s = egp0 * in.endogenousGlucoseMultiplier();
            gutRate = inverseTmaxG * in.carbAbsorptionMultiplier();
        }

        @Override
        public int dimension() {
            return DIMENSION;
        }

        @Override
        public void computeDerivatives(double t, double[] x, double[] dxdt) {
            double q1 = x[Q1];
            double q2 = x[Q2];
            double g = q1 / vg;
            // Gut: D1' = AG·D − D1/tmaxG, D2' = D1/tmaxG − D2/tmaxG, UG = D2/tmaxG (Hovorka 2004 eq. (10)-(11);
            // for an impulse D at t=0 this gives UG(t) = D·AG·t·e^(−t/tmaxG)/tmaxG²).
            double ug = x[D2] * gutRate;
            dxdt[D1] = ag * carbMmolPerMin - x[D1] * gutRate;
            dxdt[D2] = x[D1] * gutRate - ug;
            // Subcutaneous insulin: S1' = u − S1/tmaxI, S2' = S1/tmaxI − S2/tmaxI, UI = S2/tmaxI (eq. (7)-(8)).
            double s1Out = x[S1] * absorption;
            double ui = x[S2] * absorption;
            dxdt[S1] = insulinMuPerMin - s1Out;
            dxdt[S2] = s1Out - ui;
            // Plasma insulin: I' = UI/VI − ke·I (eq. (9)).
            double insulin = x[I];
            dxdt[I] = ui / vi - ke * insulin;
            // Insulin action: xi' = −kai·xi + kbi·I (eq. (6)).
            double x1 = x[X1];
            double x2 = x[X2];
            double x3 = x[X3];
            dxdt[X1] = -ka1 * x1 + kb1s * insulin;
            dxdt[X2] = -ka2 * x2 + kb2s * insulin;
            dxdt[X3] = -ka3 * x3 + kb3s * insulin;
            // Glucose (eq. (1)-(2)): Q1' = −[F01c/(VG·G) + x1]·Q1 + k12·Q2 − FR + UG + EGP0·(1 − x3);
            // F01c/(VG·G)·Q1 = F01c; EGP bounded below by 0 (see the class comment).
            double dq1 = -f01c(g) - x1 * q1 + k12 * q2 - renalClearanceMmolPerMin(g) + ug + Math.max(0.0, egp0s * (1 - x3));
            dxdt[Q1] = q1 > 0 || dq1 > 0 ? dq1 : 0.0;
            dxdt[Q2] = x1 * q1 - (k12 + x2) * q2;
            // Interstitial glucose: C' = ka,int·(G − C) (Wilinska 2010).
            dxdt[C] = kaInt * (g - x[C]);
        }
    }

    /** Q1/VG in mg/dL. */
    @Override
    public double plasmaGlucoseMgDl(double[] x) {
        return x[Q1] / vg * MG_DL_PER_MMOL_L;
    }

    /** C in mg/dL. */
    @Override
    public double interstitialGlucoseMgDl(double[] x) {
        return x[C] * MG_DL_PER_MMOL_L;
    }

    @Override
    public double plasmaInsulinPmolPerL(double[] x) {
        return x[I] * PMOL_PER_MU;
    }

    @Override
    public void addSubcutaneousInsulin(double[] x, double insulinUnits) {
        x[S1] += insulinUnits * MU_PER_UNIT;
    }

    /** S1 enters the right-hand side only linearly (−S1/tmaxI in S1', +S1/tmaxI in S2'), without guards. */
    @Override
    public boolean addSubcutaneousInsulinToDerivative(double[] x, ModelInputs inputs, double insulinUnits,
                                                      double[] dxdt) {
        double moved = insulinUnits * MU_PER_UNIT * inverseTmaxI * inputs.absorptionRateMultiplier();
        dxdt[S1] -= moved;
        dxdt[S2] += moved;
        return true;
    }

    @Override
    public double subcutaneousInsulinUnits(double[] x) {
        return (x[S1] + x[S2]) / MU_PER_UNIT;
    }

    @Override
    public void clearSubcutaneousInsulin(double[] x) {
        x[S1] = 0.0;
        x[S2] = 0.0;
    }

    /** Appearance adds to the plasma insulin input: I' = (UI + Ra)/VI − ke·I (Hovorka 2004, eq. (9)), Ra in mU/min. */
    @Override
    public void addPlasmaInsulinAppearance(double[] x, double[] dxdt, double insulinUnitsPerMinute) {
        dxdt[I] += insulinUnitsPerMinute * MU_PER_UNIT / vi;
    }

    /** Rate of gut glucose appearance UG = D2/tmaxG (mmol/min). */
    public double gutAppearanceMmolPerMin(double[] x) {
        return x[D2] * inverseTmaxG;
    }

    @Override
    public String toString() {
        return MODEL_ID + "/" + patient.name();
    }
}
