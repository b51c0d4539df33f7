package org.vpsim.patient.bergman;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.exercise.RoyParker2007;
import org.vpsim.patient.population.InterimTherapyRule;
import org.vpsim.patient.population.NamedCohort;
import org.vpsim.patient.population.Sha256;

/**
 * The Bergman minimal model with subcutaneous insulin and a meal subsystem, in the form ReplayBG uses (Cappon
 * et al., IEEE TBME 2023;70(11):3227–3238, model equations of §II-A), with the exercise terms of Roy &amp; Parker
 * 2007 ({@link RoyParker2007}). 14 states, time in minutes:
 * 0 G (mg/dL), 1 X (1/min), 2 Qsto1, 3 Qsto2, 4 Qgut (mg/kg), 5 Isc1, 6 Isc2, 7 Ip (mU/kg), 8 IG (mg/dL),
 * 9 PVO2max (%), 10 Gprod, 11 Gup (mg/kg/min), 12 Ie (µU/mL/min), 13 Ggly (mg/kg/min).
 * <pre>
 *   G'     = −(SG + X)·G + SG·Gb + Ra/VG + (Gprod − Ggly − Gup)/VG,   Ra = f·kabs·Qgut   (Bergman 1979; R&amp;P eq. (7))
 *   X'     = −p2·(X − SI·(Ip/VI − Ib)),     Ib = u2ss/(ke·VI)           (remote insulin action)
 *   Isc1'  = −kd·Isc1 + u/BW,  Isc2' = kd·Isc1 − ka2·Isc2,  Ip' = ka2·Isc2 − ke·Ip − Ie·VI   (R&amp;P eq. (5))
 *   Qsto1' = −kgri·Qsto1 + CHO/BW,  Qsto2' = kgri·Qsto1 − kempt·Qsto2,  Qgut' = kempt·Qsto2 − kabs·Qgut
 *   IG'    = −(IG − G)/α
 * </pre>
 * Left out of ReplayBG's form: the hypoglycaemia risk term ρ(G) that raises insulin action below Gb, the
 * insulin and meal input delays (τ, β) and ReplayBG's own exercise terms (replaced by Roy &amp; Parker's); the plain
 * minimal model keeps ρ = 1. Ip is kept in mU/kg, so Ip/VI is in mU/L = µU/mL, the unit SI and Ie are defined
 * against. At rest the exercise states are 0 and stay 0: the model is then the minimal model unchanged.
 */
public final class BergmanMinimalModel implements PatientModel {
    public static final String MODEL_ID = "bergman-minimal";
    public static final int DIMENSION = 9 + RoyParker2007.STATES;
    public static final int G = 0, X = 1, QSTO1 = 2, QSTO2 = 3, QGUT = 4, ISC1 = 5, ISC2 = 6, IP = 7, IG = 8;
    /** First of the {@link RoyParker2007} exercise states. */
    public static final int EXERCISE = 9;
    /** mU per U. */
    public static final double MU_PER_UNIT = 1000.0;
    /** pmol/L per mU/L of insulin. */
    public static final double PMOL_PER_MU = 6.0;
    public static final String SOURCE = "Bergman RN et al., Am J Physiol 1979;236:E667-E677 (minimal model); "
            + "subcutaneous insulin and meal subsystems and default parameters of ReplayBG (Cappon G et al., "
            + "IEEE Trans Biomed Eng 2023;70(11):3227-3238; py_replay_bg ModelParametersT1D)";

    private final String name;
    private final BergmanParameters p;
    private final TherapySettings therapy;
    private final double ib;
    private final double ipPerMu;
    private final double[] initialState;

    public BergmanMinimalModel(String name, BergmanParameters parameters, double ageYears) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: '" + name + "' is blank");
        }
        if (parameters == null) {
            throw new IllegalArgumentException("parameters: null for patient " + name);
        }
        this.name = name;
        this.p = parameters;
        ipPerMu = 1.0 / p.bodyWeightKg();
        // Steady state under u2ss: Isc1 = u2ss/kd, Isc2 = u2ss/ka2, Ip = u2ss/ke, X = 0, G = IG = Gb, empty gut.
        double u = p.basalInsulinMuPerKgMin();
        ib = u / p.kePerMin() / p.viLPerKg();
        initialState = new double[DIMENSION];
        initialState[G] = p.basalGlucoseMgDl();
        initialState[ISC1] = u / p.kdPerMin();
        initialState[ISC2] = u / p.ka2PerMin();
        initialState[IP] = u / p.kePerMin();
        initialState[IG] = p.basalGlucoseMgDl();
        therapy = InterimTherapyRule.settings(p.bodyWeightKg(), p.basalInsulinUnitsPerHour(), ageYears);
    }

    /** The built-in cohort: the nominal patient {@code nominal}. */
    public static PatientCohort standardCohort() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PatientCohort STANDARD = new NamedCohort(MODEL_ID, SOURCE,
                Sha256.hex(BergmanParameters.NOMINAL.toString().getBytes(StandardCharsets.UTF_8)),
                List.of(new NamedCohort.Member(new BergmanMinimalModel("nominal", BergmanParameters.NOMINAL,
                        Double.NaN), null)));
    }

    public BergmanParameters parameters() {
        return p;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public String patientName() {
        return name;
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

    /** The minimal model carries Roy &amp; Parker 2007's exercise terms. */
    @Override
    public boolean representsExercise() {
        return true;
    }

    /** Basal plasma insulin Ib (mU/L). */
    public double basalPlasmaInsulinMuPerL() {
        return ib;
    }

    @Override
    public void derivatives(double[] x, ModelInputs inputs, double[] dxdt) {
        system(inputs).computeDerivatives(0, x, dxdt);
    }

    @Override
    public OdeSystem system(ModelInputs in) {
        double choMgPerKgMin = in.carbIntakeGramsPerMinute() * 1000.0 / p.bodyWeightKg();
        double uMuPerKgMin = in.insulinInfusionUnitsPerMinute() * MU_PER_UNIT / p.bodyWeightKg();
        double mult = in.absorptionRateMultiplier();
        double kd = p.kdPerMin() * mult;
        double ka2 = p.ka2PerMin() * mult;
        double sg = p.sgPerMin();
        // Physiological variability (products with 1.0 at the published model): the insulin-sensitivity multiplier
        // scales SI; a meal's absorption multiplier scales kabs (as the UVA/Padova model scales its kabs); the
        // endogenous-glucose multiplier (dawn phenomenon) scales SG·Gb, the glucose production the minimal model
        // lumps into its glucose-effectiveness term (at X = 0 glucose settles at Gb times the multiplier) — an
        // approximation: the minimal model has no separate hepatic production to scale.
        double sgGb = sg * p.basalGlucoseMgDl() * in.endogenousGlucoseMultiplier();
        double si = p.siMlPerMicroUMin() * in.insulinSensitivityMultiplier();
        double p2 = p.p2PerMin();
        double inverseVi = 1.0 / p.viLPerKg();
        double ke = p.kePerMin();
        double kgri = p.kgriPerMin();
        double kempt = p.kemptPerMin();
        double kabs = p.kabsPerMin() * in.carbAbsorptionMultiplier();
        double fKabsOverVg = p.f() * kabs / p.vgDlPerKg();
        double inverseAlpha = 1.0 / p.igTimeConstantMinutes();
        double inverseVg = 1.0 / p.vgDlPerKg();
        double vi = p.viLPerKg();
        double u3 = in.exerciseIntensityPercent();
        boolean declining = in.glycogenolysisDeclining();
        return new OdeSystem() {
            @Override
            public int dimension() {
                return DIMENSION;
            }

            @Override
            public void computeDerivatives(double t, double[] x, double[] dxdt) {
                double g = x[G];
                double dg = -(sg + x[X]) * g + sgGb + fKabsOverVg * x[QGUT]
                        + RoyParker2007.netGlucoseFluxMgPerKgMin(x, EXERCISE) * inverseVg;
                // Same guard as the other models: glucose may not be driven below zero.
                dxdt[G] = g > 0 || dg > 0 ? dg : 0.0;
                dxdt[X] = -p2 * (x[X] - si * (x[IP] * inverseVi - ib));
                dxdt[QSTO1] = -kgri * x[QSTO1] + choMgPerKgMin;
                dxdt[QSTO2] = kgri * x[QSTO1] - kempt * x[QSTO2];
                dxdt[QGUT] = kempt * x[QSTO2] - kabs * x[QGUT];
                dxdt[ISC1] = -kd * x[ISC1] + uMuPerKgMin;
                dxdt[ISC2] = kd * x[ISC1] - ka2 * x[ISC2];
                // Exercise removes insulin from plasma (Roy & Parker eq. (5)); like glucose, plasma insulin may not be
                // driven below zero.
                double dIp = ka2 * x[ISC2] - ke * x[IP] - RoyParker2007.insulinRemovalMuPerLMin(x, EXERCISE) * vi;
                dxdt[IP] = x[IP] > 0 || dIp > 0 ? dIp : 0.0;
                dxdt[IG] = -(x[IG] - g) * inverseAlpha;
                RoyParker2007.derivatives(x, EXERCISE, u3, declining, dxdt);
            }
        };
    }

    @Override
    public double plasmaGlucoseMgDl(double[] x) {
        return x[G];
    }

    @Override
    public double interstitialGlucoseMgDl(double[] x) {
        return x[IG];
    }

    @Override
    public double plasmaInsulinPmolPerL(double[] x) {
        return x[IP] / p.viLPerKg() * PMOL_PER_MU;
    }

    @Override
    public void addSubcutaneousInsulin(double[] x, double insulinUnits) {
        x[ISC1] += insulinUnits * MU_PER_UNIT * ipPerMu;
    }

    /** Isc1 enters only linearly (−kd·Isc1 in Isc1', +kd·Isc1 in Isc2'). */
    @Override
    public boolean addSubcutaneousInsulinToDerivative(double[] x, ModelInputs inputs, double insulinUnits,
                                                      double[] dxdt) {
        double moved = insulinUnits * MU_PER_UNIT * ipPerMu * p.kdPerMin() * inputs.absorptionRateMultiplier();
        dxdt[ISC1] -= moved;
        dxdt[ISC2] += moved;
        return true;
    }

    @Override
    public double subcutaneousInsulinUnits(double[] x) {
        return (x[ISC1] + x[ISC2]) * p.bodyWeightKg() / MU_PER_UNIT;
    }

    @Override
    public void clearSubcutaneousInsulin(double[] x) {
        x[ISC1] = 0.0;
        x[ISC2] = 0.0;
    }

    /** Appearance adds to the plasma insulin balance: Ip' = ka2·Isc2 + Ra/BW − ke·Ip (Ra in mU/min, Ip in mU/kg). */
    @Override
    public void addPlasmaInsulinAppearance(double[] x, double[] dxdt, double insulinUnitsPerMinute) {
        dxdt[IP] += insulinUnitsPerMinute * MU_PER_UNIT * ipPerMu;
    }

    /** Rate of appearance of meal glucose in plasma, Ra = f·kabs·Qgut (mg/kg/min). */
    public double mealAppearanceMgPerKgMin(double[] x) {
        return p.f() * p.kabsPerMin() * x[QGUT];
    }

    @Override
    public String toString() {
        return MODEL_ID + "/" + name;
    }
}
