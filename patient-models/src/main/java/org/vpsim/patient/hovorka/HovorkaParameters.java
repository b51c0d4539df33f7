package org.vpsim.patient.hovorka;

/**
 * One patient's parameters of the Hovorka 2004 model (Hovorka R et al., "Nonlinear model predictive control
 * of glucose concentration in subjects with type 1 diabetes", Physiol Meas 2004;25:905–920, Table 1 and
 * eqs. (1)–(11); the interstitial compartment of Wilinska ME et al., J Diabetes Sci Technol 2010;4(1):132–144).
 *
 * @param bodyWeightKg        BW (kg)
 * @param egp0MmolPerKgMin    EGP0, endogenous glucose production extrapolated to zero insulin (mmol/kg/min)
 * @param f01MmolPerKgMin     F01, non-insulin-dependent glucose flux (mmol/kg/min)
 * @param k12PerMin           k12, transfer rate from the non-accessible to the accessible compartment (1/min)
 * @param ka1PerMin           ka1, deactivation rate of insulin action on distribution/transport (1/min)
 * @param ka2PerMin           ka2, deactivation rate of insulin action on disposal (1/min)
 * @param ka3PerMin           ka3, deactivation rate of insulin action on EGP (1/min)
 * @param sitPerMinPerMuPerL  S_IT = kb1/ka1, insulin sensitivity of distribution/transport (1/min per mU/L)
 * @param sidPerMinPerMuPerL  S_ID = kb2/ka2, insulin sensitivity of disposal (1/min per mU/L)
 * @param siePerMuPerL        S_IE = kb3/ka3, insulin sensitivity of EGP (per mU/L)
 * @param kePerMin            ke, insulin elimination from plasma (1/min)
 * @param viLPerKg            VI, insulin distribution volume (L/kg)
 * @param vgLPerKg            VG, glucose distribution volume (L/kg)
 * @param tmaxIMinutes        t_max,I, time-to-maximum of subcutaneous insulin absorption (min)
 * @param tmaxGMinutes        t_max,G, time-to-maximum of carbohydrate absorption (min)
 * @param carbBioavailability AG, carbohydrate bioavailability (dimensionless, 0–1.5)
 * @param kaIntPerMin         k_a,int, plasma-to-interstitial glucose transfer rate (1/min), Wilinska 2010
 */
public record HovorkaParameters(double bodyWeightKg, double egp0MmolPerKgMin, double f01MmolPerKgMin,
                                double k12PerMin, double ka1PerMin, double ka2PerMin, double ka3PerMin,
                                double sitPerMinPerMuPerL, double sidPerMinPerMuPerL, double siePerMuPerL,
                                double kePerMin, double viLPerKg, double vgLPerKg, double tmaxIMinutes,
                                double tmaxGMinutes, double carbBioavailability, double kaIntPerMin) {

    /**
     * The nominal patient of Hovorka 2004 Table 1 (75 kg; k12 0.066, ka1 0.006, ka2 0.06, ka3 0.03 /min;
     * S_IT 51.2e-4, S_ID 8.2e-4 /min per mU/L, S_IE 520e-4 per mU/L; EGP0 0.0161, F01 0.0097 mmol/kg/min;
     * VG 0.16, VI 0.12 L/kg; ke 0.138 /min; t_max,I 55 min; t_max,G 40 min; AG 0.8) with Wilinska 2010's
     * k_a,int 0.073 /min. The 16 model values agree with three independent implementations (LoopInsighT1
     * {@code Cambridge.ts}; McGill {@code artificial-pancreas-simulator} {@code patient2.m}; the Boiroux/DTU-derived
     * Python {@code hovorka_parameters}). k_a,int is not confirmed: McGill's transcription of Wilinska 2010's mean
     * patient uses a plasma-to-interstitial time constant exp(2.372) = 10.7 min (0.093 /min), ours is 13.7 min.
     */
    public static final HovorkaParameters NOMINAL = new HovorkaParameters(75.0, 0.0161, 0.0097, 0.066, 0.006,
            0.06, 0.03, 51.2e-4, 8.2e-4, 520e-4, 0.138, 0.12, 0.16, 55.0, 40.0, 0.8, 0.073);

    public HovorkaParameters {
        positive("BW", bodyWeightKg);
        positive("EGP0", egp0MmolPerKgMin);
        positive("F01", f01MmolPerKgMin);
        positive("k12", k12PerMin);
        positive("ka1", ka1PerMin);
        positive("ka2", ka2PerMin);
        positive("ka3", ka3PerMin);
        positive("SIT", sitPerMinPerMuPerL);
        positive("SID", sidPerMinPerMuPerL);
        positive("SIE", siePerMuPerL);
        positive("ke", kePerMin);
        positive("VI", viLPerKg);
        positive("VG", vgLPerKg);
        positive("tmaxI", tmaxIMinutes);
        positive("tmaxG", tmaxGMinutes);
        positive("AG", carbBioavailability);
        positive("kaInt", kaIntPerMin);
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }
}
