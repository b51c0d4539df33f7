package org.vpsim.patient.uva;

/**
 * Parameters of one UVA/Padova 2008 virtual patient, with the symbols of Dalla Man 2007 and units in the
 * names ("PerMin" = 1/min; "MgPerKgMin" = mg/kg/min; "PerPmolL" = per pmol/L of insulin).
 * The figures come from simglucose 0.2.11 {@code params/vpatient_params.csv}.
 *
 * @param bodyWeightKg          BW (kg)
 * @param kmaxPerMin            kmax, maximal gastric emptying rate
 * @param kminPerMin            kmin, minimal gastric emptying rate
 * @param b                     b, fraction of the meal at which emptying falls to (kmax+kmin)/2 (dimensionless, in (0,1))
 * @param d                     d, fraction at which it rises back (dimensionless, &gt; 0)
 * @param kabsPerMin            kabs, intestinal absorption rate
 * @param f                     f, fraction of intestinal absorption that appears in plasma (dimensionless)
 * @param kp1MgPerKgMin         kp1, extrapolated endogenous glucose production at zero glucose and insulin
 * @param kp2PerMin             kp2, liver glucose effectiveness
 * @param kp3MgPerKgMinPerPmolL kp3, insulin action on the liver
 * @param fsncMgPerKgMin        Fsnc, insulin-independent glucose utilisation
 * @param ke1PerMin             ke1, renal glomerular filtration rate
 * @param ke2MgPerKg            ke2, renal threshold of glucose
 * @param k1PerMin              k1, plasma to tissue glucose transfer
 * @param k2PerMin              k2, tissue to plasma glucose transfer
 * @param vm0MgPerKgMin         Vm0, insulin-independent Michaelis–Menten Vmax
 * @param vmxMgPerKgMinPerPmolL Vmx, insulin dependence of Vmax
 * @param km0MgPerKg            Km0, Michaelis–Menten constant
 * @param m1PerMin              m1, liver to plasma insulin transfer
 * @param m2PerMin              m2, plasma to liver insulin transfer
 * @param m4PerMin              m4, peripheral insulin degradation
 * @param m30PerMin             m30, hepatic insulin extraction
 * @param viLPerKg              Vi, insulin distribution volume (L/kg)
 * @param ibPmolPerL            Ib, basal plasma insulin (pmol/L)
 * @param p2uPerMin             p2U, rate of insulin action on peripheral glucose utilisation
 * @param kiPerMin              ki, delay between insulin signal and action on the liver
 * @param ka1PerMin             ka1, absorption from the first subcutaneous compartment
 * @param ka2PerMin             ka2, absorption from the second subcutaneous compartment
 * @param kdPerMin              kd, transfer between the subcutaneous compartments
 * @param kscPerMin             ksc, plasma to interstitial glucose transfer
 * @param vgDlPerKg             Vg, glucose distribution volume (dL/kg)
 * @param u2ssPmolPerKgMin      u2ss, steady-state basal insulin infusion (pmol/kg/min)
 */
public record UvaPadovaParameters(
        double bodyWeightKg, double kmaxPerMin, double kminPerMin, double b, double d, double kabsPerMin,
        double f, double kp1MgPerKgMin, double kp2PerMin, double kp3MgPerKgMinPerPmolL, double fsncMgPerKgMin,
        double ke1PerMin, double ke2MgPerKg, double k1PerMin, double k2PerMin, double vm0MgPerKgMin,
        double vmxMgPerKgMinPerPmolL, double km0MgPerKg, double m1PerMin, double m2PerMin, double m4PerMin,
        double m30PerMin, double viLPerKg, double ibPmolPerL, double p2uPerMin, double kiPerMin,
        double ka1PerMin, double ka2PerMin, double kdPerMin, double kscPerMin, double vgDlPerKg,
        double u2ssPmolPerKgMin) {

    public UvaPadovaParameters {
        positive("bodyWeightKg", bodyWeightKg);
        positive("kmaxPerMin", kmaxPerMin);
        nonNegative("kminPerMin", kminPerMin);
        if (!(b > 0 && b < 1)) {
            throw new IllegalArgumentException("b: " + b + " is not in (0, 1)");
        }
        positive("d", d);
        positive("kabsPerMin", kabsPerMin);
        nonNegative("f", f);
        nonNegative("kp1MgPerKgMin", kp1MgPerKgMin);
        nonNegative("kp2PerMin", kp2PerMin);
        nonNegative("kp3MgPerKgMinPerPmolL", kp3MgPerKgMinPerPmolL);
        nonNegative("fsncMgPerKgMin", fsncMgPerKgMin);
        nonNegative("ke1PerMin", ke1PerMin);
        nonNegative("ke2MgPerKg", ke2MgPerKg);
        nonNegative("k1PerMin", k1PerMin);
        nonNegative("k2PerMin", k2PerMin);
        nonNegative("vm0MgPerKgMin", vm0MgPerKgMin);
        nonNegative("vmxMgPerKgMinPerPmolL", vmxMgPerKgMinPerPmolL);
        positive("km0MgPerKg", km0MgPerKg);
        nonNegative("m1PerMin", m1PerMin);
        nonNegative("m2PerMin", m2PerMin);
        nonNegative("m4PerMin", m4PerMin);
        nonNegative("m30PerMin", m30PerMin);
        positive("viLPerKg", viLPerKg);
        nonNegative("ibPmolPerL", ibPmolPerL);
        nonNegative("p2uPerMin", p2uPerMin);
        nonNegative("kiPerMin", kiPerMin);
        nonNegative("ka1PerMin", ka1PerMin);
        nonNegative("ka2PerMin", ka2PerMin);
        nonNegative("kdPerMin", kdPerMin);
        nonNegative("kscPerMin", kscPerMin);
        positive("vgDlPerKg", vgDlPerKg);
        nonNegative("u2ssPmolPerKgMin", u2ssPmolPerKgMin);
    }

    /** Basal insulin that holds x0 steady: u2ss·BW/6000 U/min (simglucose 0.2.11 {@code T1DPatient.model}). */
    public double basalInsulinUnitsPerMinute() {
        return u2ssPmolPerKgMin * bodyWeightKg / UvaPadova2008Model.PMOL_PER_UNIT;
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }

    private static void nonNegative(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not finite");
        }
        if (value < 0) {
            throw new IllegalArgumentException(field + ": " + value + " is negative");
        }
    }
}
