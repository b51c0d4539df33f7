package org.vpsim.patient.bergman;

/**
 * One patient's parameters of the Bergman minimal model extended with subcutaneous insulin and oral glucose
 * absorption as in ReplayBG (Cappon G, Vettoretti M, Sparacino G, Del Favero S, Facchinetti A, "ReplayBG: a
 * digital twin-based methodology to identify a personalized model from type 1 diabetes data and simulate
 * glucose concentrations to assess alternative therapies", IEEE Trans Biomed Eng 2023;70(11):3227–3238),
 * whose glucose–insulin core is the minimal model of Bergman RN et al., Am J Physiol 1979;236:E667–E677.
 *
 * @param bodyWeightKg           BW (kg)
 * @param basalGlucoseMgDl       Gb, the glucose the model returns to at basal insulin (mg/dL)
 * @param basalInsulinMuPerKgMin u2ss, the basal infusion (mU/kg/min) that defines basal plasma insulin Ib
 * @param sgPerMin               SG, glucose effectiveness (1/min)
 * @param siMlPerMicroUMin       SI, insulin sensitivity (mL/µU/min)
 * @param p2PerMin               p2, rate of the remote insulin action X (1/min)
 * @param vgDlPerKg              VG, glucose distribution volume (dL/kg)
 * @param viLPerKg               VI, insulin distribution volume (L/kg)
 * @param kePerMin               ke, plasma insulin clearance (1/min)
 * @param kdPerMin               kd, subcutaneous compartment 1 → 2 (1/min)
 * @param ka2PerMin              ka2, subcutaneous compartment 2 → plasma (1/min)
 * @param kgriPerMin             kgri, grinding rate, stomach 1 → 2 (1/min)
 * @param kemptPerMin            kempt, gastric emptying, stomach 2 → gut (1/min)
 * @param kabsPerMin             kabs, intestinal absorption (1/min)
 * @param f                      fraction of absorbed carbohydrate appearing in plasma (–)
 * @param igTimeConstantMinutes  α, plasma-to-interstitial glucose time constant (min)
 */
public record BergmanParameters(double bodyWeightKg, double basalGlucoseMgDl, double basalInsulinMuPerKgMin,
                                double sgPerMin, double siMlPerMicroUMin, double p2PerMin, double vgDlPerKg,
                                double viLPerKg, double kePerMin, double kdPerMin, double ka2PerMin,
                                double kgriPerMin, double kemptPerMin, double kabsPerMin, double f,
                                double igTimeConstantMinutes) {

    /**
     * ReplayBG's default (prior-mode) parameter values (py_replay_bg {@code ModelParametersT1D}, single-meal:
     * VG 1.45 dL/kg, SG 0.025 /min, Gb 119.13 mg/dL, p2 0.012 /min, SI 10.35e-4/VG mL/µU/min, VI 0.126 L/kg,
     * ke 0.127, kd 0.026, ka2 0.014, kgri = kempt 0.18, kabs 0.012 /min, f 0.9, α 7 min) for a 70 kg patient
     * whose basal is 0.8 U/h: ReplayBG takes the basal from each patient's data, so the nominal basal is an
     * assumption of this project, chosen so that a TDI of twice the basal (38 U/day) is typical of a 70 kg adult.
     */
    public static final BergmanParameters NOMINAL = new BergmanParameters(70.0, 119.13, 0.8 * 1000 / 60 / 70.0,
            0.025, 10.35e-4 / 1.45, 0.012, 1.45, 0.126, 0.127, 0.026, 0.014, 0.18, 0.18, 0.012, 0.9, 7.0);

    public BergmanParameters {
        positive("BW", bodyWeightKg);
        positive("Gb", basalGlucoseMgDl);
        positive("u2ss", basalInsulinMuPerKgMin);
        positive("SG", sgPerMin);
        positive("SI", siMlPerMicroUMin);
        positive("p2", p2PerMin);
        positive("VG", vgDlPerKg);
        positive("VI", viLPerKg);
        positive("ke", kePerMin);
        positive("kd", kdPerMin);
        positive("ka2", ka2PerMin);
        positive("kgri", kgriPerMin);
        positive("kempt", kemptPerMin);
        positive("kabs", kabsPerMin);
        positive("f", f);
        positive("alpha", igTimeConstantMinutes);
    }

    /** Basal insulin (U/h): u2ss·BW·60/1000. */
    public double basalInsulinUnitsPerHour() {
        return basalInsulinMuPerKgMin * bodyWeightKg * 60 / 1000;
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }
}
