package org.vpsim.patient.uva;

import org.vpsim.core.ode.OdeIntegrator;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.ExactInsulinIntegrator;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;

/**
 * The UVA/Padova 2008 model (Dalla Man 2007, IEEE TBME 54(10); Kovatchev 2009, J Diabetes Sci Technol
 * 3(1)) as simglucose 0.2.11 {@code T1DPatient.model} integrates it: 13 states, time in minutes.
 *
 * <p>States: 0 Qsto1, 1 Qsto2, 2 Qgut (mg); 3 Gp, 4 Gt (mg/kg); 5 Ip (pmol/kg); 6 X, 7 I', 8 Id (pmol/L);
 * 9 Il, 10 Isc1, 11 Isc2 (pmol/kg); 12 Gs (mg/kg).
 *
 * <p>Immutable; every constant the derivative needs is cached in a final field, and what depends on the
 * inputs is worked out once per input change ({@link #system}), so that one evaluation costs a few dozen
 * flops, two {@code exp} once a meal has been eaten, one division for utilisation, and no allocation.
 */
public final class UvaPadova2008Model implements PatientModel {
    /** Registry id. */
    public static final String MODEL_ID = "uva-padova-2008";
    /** Number of states. */
    public static final int DIMENSION = 13;
    /** 1 U of insulin = 6000 pmol (simglucose's conversion, U/min → pmol/kg/min is ×6000/BW). */
    public static final double PMOL_PER_UNIT = 6000.0;
    /** mg per g of carbohydrate (simglucose: d = CHO·1000). */
    public static final double MG_PER_GRAM = 1000.0;

    public static final int QSTO1 = 0, QSTO2 = 1, QGUT = 2, GP = 3, GT = 4, IP = 5, X = 6, I_PRIME = 7,
            ID = 8, IL = 9, ISC1 = 10, ISC2 = 11, GS = 12;

    private final UvaPadovaPatient patient;
    private final TherapySettings therapy;
    // Cached constants (see the field names in UvaPadovaParameters).
    private final double bw, kmax, kmin, halfKmaxMinusKmin, b, dFrac, oneMinusB, kabs, fKabsOverBw, kp1, kp2, kp3,
            fsnc, ke1, ke2, k1, k2, vm0, vmx, km0, m1, m2, m2PlusM4, m1PlusM30, inverseVi, ib, p2u, ki, ka1, ka2, kd,
            ksc, vg, pmolPerKgPerUnit;

    public UvaPadova2008Model(UvaPadovaPatient patient) {
        if (patient == null) {
            throw new IllegalArgumentException("patient: null");
        }
        this.patient = patient;
        UvaPadovaParameters p = patient.parameters();
        bw = p.bodyWeightKg();
        kmax = p.kmaxPerMin();
        kmin = p.kminPerMin();
        halfKmaxMinusKmin = (kmax - kmin) / 2;
        b = p.b();
        dFrac = p.d();
        oneMinusB = 1 - b;
        kabs = p.kabsPerMin();
        fKabsOverBw = p.f() * kabs / bw;
        kp1 = p.kp1MgPerKgMin();
        kp2 = p.kp2PerMin();
        kp3 = p.kp3MgPerKgMinPerPmolL();
        fsnc = p.fsncMgPerKgMin();
        ke1 = p.ke1PerMin();
        ke2 = p.ke2MgPerKg();
        k1 = p.k1PerMin();
        k2 = p.k2PerMin();
        vm0 = p.vm0MgPerKgMin();
        vmx = p.vmxMgPerKgMinPerPmolL();
        km0 = p.km0MgPerKg();
        m1 = p.m1PerMin();
        m2 = p.m2PerMin();
        m2PlusM4 = p.m2PerMin() + p.m4PerMin();
        m1PlusM30 = p.m1PerMin() + p.m30PerMin();
        inverseVi = 1.0 / p.viLPerKg();
        ib = p.ibPmolPerL();
        p2u = p.p2uPerMin();
        ki = p.kiPerMin();
        ka1 = p.ka1PerMin();
        ka2 = p.ka2PerMin();
        kd = p.kdPerMin();
        ksc = p.kscPerMin();
        vg = p.vgDlPerKg();
        pmolPerKgPerUnit = PMOL_PER_UNIT / bw;
        therapy = new TherapySettings(bw, p.basalInsulinUnitsPerMinute() * 60.0, patient.carbRatioGramsPerUnit(),
                patient.correctionFactorMgDlPerUnit(), patient.totalDailyInsulinUnits(), patient.ageYears());
    }

    public UvaPadovaPatient patient() {
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
        return patient.initialState();
    }

    @Override
    public TherapySettings therapy() {
        return therapy;
    }

    /**
     * The right-hand side, line by line as simglucose 0.2.11 {@code T1DPatient.model} (equations of
     * Dalla Man 2007 §II and Kovatchev 2009 for the subcutaneous route). The guard "(x >= 0) * dx" of the
     * reference zeroes the derivatives of Gp, Gt, Ip, Il, Isc1, Isc2 and Gs while that state is negative.
     */
    @Override
    public void derivatives(double[] x, ModelInputs in, double[] dxdt) {
        new RightHandSide(in).computeDerivatives(0, x, dxdt);
    }

    /** The right-hand side with everything that depends only on the inputs worked out once. */
    @Override
    public OdeSystem system(ModelInputs inputs) {
        return new RightHandSide(inputs);
    }

    /** The right-hand side for {@code inputs} (package use: {@link UvaPadovaExactInsulin} steps its glucose part). */
    RightHandSide rightHandSide(ModelInputs inputs) {
        return new RightHandSide(inputs);
    }

    final class RightHandSide implements OdeSystem {
        private final double dMgPerMin;
        private final double iirPmolPerKgMin;
        private final double ka1m;
        private final double ka2m;
        private final double kdm;
        private final double dbar;
        private final double alpha;
        private final double beta;
        private final double bDbar;
        private final double dDbar;
        private final double kp3s;
        private final double siInsulin;
        private final double egpScale;
        private final double kabsc;
        private final double fKabsOverBwc;

        RightHandSide(ModelInputs in) {
            // Variability (products with 1.0 at the published model, so parity is bit for bit): insulin
            // sensitivity scales the two insulin actions, hepatic (kp3) and peripheral, as the UVA/Padova
            // simulator's intra-day SI variability does (Visentin et al. 2015, Diabetes Technol Ther 17(1):1;
            // Visentin et al. 2018, J Diabetes Sci Technol 12(2):273). The peripheral action is scaled on the
            // insulin that drives the remote compartment, dX/dt = -p2U X + p2U (si I - Ib), rather than on Vmx:
            // scaling Vmx alone leaves the fasting state untouched (X = 0 at basal insulin), while a night of
            // higher sensitivity must be able to lower fasting glucose, as it does in real patients.
            double si = in.insulinSensitivityMultiplier();
            kp3s = kp3 * si;
            siInsulin = si * inverseVi;
            egpScale = in.endogenousGlucoseMultiplier();
            kabsc = kabs * in.carbAbsorptionMultiplier();
            fKabsOverBwc = fKabsOverBw * in.carbAbsorptionMultiplier();
            dMgPerMin = in.carbIntakeGramsPerMinute() * MG_PER_GRAM;
            iirPmolPerKgMin = in.insulinInfusionUnitsPerMinute() * pmolPerKgPerUnit;
            double mult = in.absorptionRateMultiplier();
            ka1m = ka1 * mult;
            ka2m = ka2 * mult;
            kdm = kd * mult;
            dbar = in.mealReferenceCarbsMg();
            // Dalla Man 2007 eq. (13): alpha = 5/(2·D̄·(1−b)), beta = 5/(2·D̄·d).
            alpha = dbar > 0 ? 5 / (2 * dbar * oneMinusB) : 0;
            beta = dbar > 0 ? 5 / (2 * dbar * dFrac) : 0;
            bDbar = b * dbar;
            dDbar = dFrac * dbar;
        }

        @Override
        public int dimension() {
            return DIMENSION;
        }

        @Override
        public void computeDerivatives(double t, double[] x, double[] dxdt) {
            glucoseDerivatives(x, x[X], x[ID], dxdt);
            insulinDerivatives(x, dxdt);
        }

        /**
         * The derivatives of Qsto1, Qsto2, Qgut, Gp, Gt and Gs (at their indices in {@code dxdt}), with the insulin
         * action X and the delayed insulin signal Id given: the glucose states read nothing else of the insulin
         * subsystem.
         */
        void glucoseDerivatives(double[] x, double insulinAction, double delayedInsulin, double[] dxdt) {
            // Gastric emptying: Dalla Man 2007 eq. (10)-(13); D̄ is the meal size (mg) kept by the caller.
            double qsto = x[QSTO1] + x[QSTO2];
            double kgut;
            if (dbar > 0) {
                kgut = kmin + halfKmaxMinusKmin
                        * (tanhDifference(alpha * (qsto - bDbar), beta * (qsto - dDbar)) + 2);
            } else {
                kgut = kmax;
            }
            dxdt[QSTO1] = -kmax * x[QSTO1] + dMgPerMin;
            dxdt[QSTO2] = kmax * x[QSTO1] - kgut * x[QSTO2];
            dxdt[QGUT] = kgut * x[QSTO2] - kabsc * x[QGUT];

            // Glucose subsystem: Ra, EGP, renal excretion, utilisation (Dalla Man 2007 eq. (1)-(9), (14)-(22)).
            double gp = x[GP];
            double gt = x[GT];
            double ra = fKabsOverBwc * x[QGUT];
            double egp = kp1 - kp2 * gp - kp3s * delayedInsulin;
            double e = gp > ke2 ? ke1 * (gp - ke2) : 0.0;
            double dGp = Math.max(egp, 0) * egpScale + ra - fsnc - e - k1 * gp + k2 * gt;
            dxdt[GP] = nonNegative(gp, dGp);
            double uid = (vm0 + vmx * insulinAction) * gt / (km0 + gt);
            double dGt = -uid + k1 * gp - k2 * gt;
            dxdt[GT] = nonNegative(gt, dGt);

            // Subcutaneous glucose: first-order lag of plasma glucose (simglucose 0.2.11).
            double gs = x[GS];
            double dGs = -ksc * gs + ksc * gp;
            dxdt[GS] = nonNegative(gs, dGs);
        }

        /**
         * The reference's guard on a state that must not be negative (simglucose 0.2.11 writes
         * {@code dx = dx if x >= 0 else 0}). Taken literally, that guard is a trap: once the integrator overshoots a
         * state slightly below zero (plasma insulin after hours without insulin), its derivative stays 0 for ever and
         * no later insulin reaches plasma. Here a negative state is only kept from falling further; it recovers as soon
         * as its inputs push it up. On non-negative states (every reference trajectory) the two forms are identical.
         */
        private static double nonNegative(double state, double derivative) {
            return state >= 0 || derivative > 0 ? derivative : 0.0;
        }

        private void insulinDerivatives(double[] x, double[] dxdt) {
            // Insulin subsystem (Dalla Man 2007 eq. (3)-(4), (18)-(21); subcutaneous route Kovatchev 2009).
            double ip = x[IP];
            double dIp = -m2PlusM4 * ip + m1 * x[IL] + ka1m * x[ISC1] + ka2m * x[ISC2];
            double plasmaInsulin = ip * inverseVi;
            dxdt[IP] = nonNegative(ip, dIp);
            dxdt[X] = -p2u * x[X] + p2u * (ip * siInsulin - ib);
            dxdt[I_PRIME] = -ki * (x[I_PRIME] - plasmaInsulin);
            dxdt[ID] = -ki * (x[ID] - x[I_PRIME]);
            double il = x[IL];
            double dIl = -m1PlusM30 * il + m2 * ip;
            dxdt[IL] = nonNegative(il, dIl);
            double isc1 = x[ISC1];
            double dIsc1 = iirPmolPerKgMin - (ka1m + kdm) * isc1;
            dxdt[ISC1] = nonNegative(isc1, dIsc1);
            double isc2 = x[ISC2];
            double dIsc2 = kdm * isc1 - ka2m * isc2;
            dxdt[ISC2] = nonNegative(isc2, dIsc2);
        }
    }

    /**
     * tanh(u) − tanh(v) through the {@code Math.exp} intrinsic and one division (JDK 17's {@code Math.tanh} is
     * a native fdlibm call that profiling showed to take ~70% of a patient-day): with p = e^(−2|u|), q = e^(−2|v|), tanh(u) = s_u·(1−p)/(1+p), so
     * the difference is [s_u(1−p)(1+q) − s_v(1−q)(1+p)] / ((1+p)(1+q)). Exponents of negative arguments
     * cannot overflow; the absolute error stays at rounding level (~1e-16), which is what matters since the
     * difference enters kgut in a sum with +2.
     */
    static double tanhDifference(double u, double v) {
        double p = saturatedExp(u);
        double q = saturatedExp(v);
        double tu = (1 - p) * (1 + q);
        double tv = (1 - q) * (1 + p);
        double num = (u < 0 ? -tu : tu) - (v < 0 ? -tv : tv);
        return num / ((1 + p) * (1 + q));
    }

    /**
     * e^(−2|z|), or exactly 0 once |z| &gt; 19: there e^(−2|z|) &lt; 3.1e-17, below half an ulp of 1 on either
     * side, so 1 ± it rounds to 1 and tanhDifference is bit-identical; it saves the exp for the patients whose
     * b makes the first tanh saturate on an empty stomach (α·b·D̄ = 5b/(2(1−b)) &gt; 19 for b &gt; 0.79).
     */
    private static double saturatedExp(double z) {
        double a = Math.abs(z);
        return a > 19.0 ? 0.0 : Math.exp(-2 * a);
    }

    /** The insulin subsystem solved exactly, the rest stepped by {@code rest} ({@link UvaPadovaExactInsulin}). */
    @Override
    public ExactInsulinIntegrator exactInsulinIntegrator(OdeIntegrator rest) {
        return new UvaPadovaExactInsulin(this, rest);
    }

    /** Gp/Vg (mg/dL). */
    @Override
    public double plasmaGlucoseMgDl(double[] x) {
        return x[GP] / vg;
    }

    /** Gs/Vg (mg/dL): what simglucose logs as "BG" and feeds its CGM. */
    @Override
    public double interstitialGlucoseMgDl(double[] x) {
        return x[GS] / vg;
    }

    /** Ip/Vi (pmol/L). */
    @Override
    public double plasmaInsulinPmolPerL(double[] x) {
        return x[IP] * inverseVi;
    }

    /** An impulse of U into Isc1, converted like the infusion: U·6000/BW pmol/kg. */
    @Override
    public void addSubcutaneousInsulin(double[] x, double insulinUnits) {
        x[ISC1] += insulinUnits * pmolPerKgPerUnit;
    }

    /**
     * The right-hand side is linear in Isc1 (dIsc1 = −(ka1+kd)·Isc1 + …, dIsc2 = kd·Isc1 − …, dIp = ka1·Isc1
     * + …), so an impulse moves those three derivatives by the same linear terms, as long as the
     * reference's "(x &gt;= 0)" guards do not switch: Isc1 must already be non-negative (the impulse only
     * raises it); the guards on Isc2 and Ip do not involve Isc1.
     */
    @Override
    public boolean addSubcutaneousInsulinToDerivative(double[] x, ModelInputs in, double insulinUnits,
                                                      double[] dxdt) {
        if (!(x[ISC1] >= 0)) {
            return false;
        }
        double mult = in.absorptionRateMultiplier();
        double pmolPerKg = insulinUnits * pmolPerKgPerUnit;
        dxdt[ISC1] -= (ka1 * mult + kd * mult) * pmolPerKg;
        if (x[ISC2] >= 0) {
            dxdt[ISC2] += kd * mult * pmolPerKg;
        }
        if (x[IP] >= 0) {
            dxdt[IP] += ka1 * mult * pmolPerKg;
        }
        return true;
    }

    @Override
    public double subcutaneousInsulinUnits(double[] x) {
        return (x[ISC1] + x[ISC2]) / pmolPerKgPerUnit;
    }

    @Override
    public void clearSubcutaneousInsulin(double[] x) {
        x[ISC1] = 0.0;
        x[ISC2] = 0.0;
    }

    /**
     * Insulin appearing in plasma enters the plasma-insulin mass balance beside ka1·Isc1 + ka2·Isc2
     * (Dalla Man 2007, eq. for dIp/dt), converted like the infusion: U/min · 6000/BW pmol/kg/min. The
     * reference's guard (no change while Ip &lt; 0) applies to it too.
     */
    @Override
    public void addPlasmaInsulinAppearance(double[] x, double[] dxdt, double insulinUnitsPerMinute) {
        if (x[IP] >= 0) {
            dxdt[IP] += insulinUnitsPerMinute * pmolPerKgPerUnit;
        }
    }

    /** Qsto1 + Qsto2 (mg): what the reference remembers as {@code _last_Qsto} when a meal starts. */
    @Override
    public double stomachCarbsMg(double[] x) {
        return x[QSTO1] + x[QSTO2];
    }

    /** Carbohydrate still in stomach and gut (g): Qsto1 + Qsto2 + Qgut. */
    public double gutContentGrams(double[] x) {
        return (x[QSTO1] + x[QSTO2] + x[QGUT]) / MG_PER_GRAM;
    }

    /** Rate at which carbohydrate leaves the gut (g/min): kabs·Qgut (a fraction f of it appears in plasma as Ra). */
    public double gutAbsorptionGramsPerMinute(double[] x) {
        return kabs * x[QGUT] / MG_PER_GRAM;
    }

    /** Rate at which insulin leaves the subcutaneous depot into plasma (U/min): (ka1·Isc1 + ka2·Isc2)·BW/6000. */
    public double subcutaneousAbsorptionUnitsPerMinute(double[] x, double absorptionRateMultiplier) {
        return absorptionRateMultiplier * (ka1 * x[ISC1] + ka2 * x[ISC2]) / pmolPerKgPerUnit;
    }

    @Override
    public String toString() {
        return MODEL_ID + "/" + patient.name();
    }
}
