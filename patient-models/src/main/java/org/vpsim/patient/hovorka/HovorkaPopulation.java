package org.vpsim.patient.hovorka;

import static org.vpsim.patient.population.PatientJson.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.population.Distributions;
import org.vpsim.patient.population.AdultReference;
import org.vpsim.patient.population.PatientJson;
import org.vpsim.patient.population.PopulationModel;

/**
 * Virtual Hovorka 2004 patients drawn from the published population distributions, each parameter independently:
 * <ul>
 *   <li>Hovorka 2004 Table 1 (mean ± SD, normal): EGP0 0.0161 ± 0.0039, F01 0.0097 ± 0.0022 mmol/kg/min;
 *       k12 0.0649 ± 0.0282, ka1 0.0055 ± 0.0056, ka2 0.0683 ± 0.0507, ka3 0.0304 ± 0.0235 /min;
 *       S_IT 51.2e-4 ± 32.09e-4, S_ID 8.2e-4 ± 7.84e-4 /min per mU/L; S_IE 520e-4 ± 306.2e-4 per mU/L;</li>
 *   <li>Wilinska 2010 Table 1: ke ~ N(0.14, 0.035²) /min; VI ~ N(0.12, 0.012²) L/kg; exp(VG) ~ N(1.16, 0.23²)
 *       (VG in L/kg); 1/t_max,I ~ N(0.018, 0.0045²) /min; 1/t_max,G ~ logN(−3.689, 0.25²) /min;
 *       AG ~ U(0.7, 1.2); BW ~ U(65, 95) kg; k_a,int 0.073 /min.</li>
 *   <li>exp(VG) is truncated at VG ≥ 0.08 L/kg (see {@link #MIN_EXP_VG}).</li>
 * </ul>
 * Normal draws are truncated to positive values by redrawing ("truncating negatives"). Each patient is held at a
 * fasting glucose drawn last (so the parameters above do not depend on it) from the published UVA/Padova adults'
 * ({@link AdultReference#FASTING_GLUCOSE_MG_DL}, mean 142.8 mg/dL): Hovorka 2004 defines no basal glucose per
 * subject (its nominal 0.4202 U/h is the basal at 100 mg/dL, kept for the {@code nominal} patient), and holding
 * sampled patients at 100 mg/dL left them 10 mg/dL above the hypoglycaemia threshold after a titrated meal bolus.
 * A draw without a steady state there (EGP0 ≤ F01c + F_R) is rejected by the generator. Patients are adults (group
 * {@code adults}), named {@code hovorka#00001}…; Hovorka 2004 gives no ages.
 *
 * <p>Checked against independent implementations of this population (the Python Monte-Carlo generator indexed as
 * {@code generate_monte_carlo_patients}, same 17 distributions and figures; LoopInsighT1's {@code Cambridge.ts} and
 * McGill's {@code artificial-pancreas-simulator} for the nominal values and equations). Those draw plain normals
 * (negative values possible) where we redraw negatives.
 */
public final class HovorkaPopulation implements PopulationModel {
    private static final HovorkaPopulation INSTANCE = new HovorkaPopulation();
    /**
     * exp(VG) ~ N(1.16, 0.23²) puts a quarter of its mass below 1 (VG &lt; 0); we truncate it at VG ≥ 0.08 L/kg,
     * half the nominal 0.16 and about twice the plasma volume, below which a glucose space is not physiological.
     * This bound is ours, not Wilinska's.
     */
    static final double MIN_EXP_VG = Math.exp(0.08);

    private HovorkaPopulation() {
    }

    public static HovorkaPopulation standard() {
        return INSTANCE;
    }

    @Override
    public String modelId() {
        return Hovorka2004Model.MODEL_ID;
    }

    @Override
    public String distributionSource() {
        return "Hovorka R et al., Physiol Meas 2004;25:905-920, Table 1 (EGP0, F01, k12, ka1-3, S_IT, S_ID, S_IE); "
                + "Wilinska ME et al., J Diabetes Sci Technol 2010;4(1):132-144, Table 1 (ke, VI, VG, t_max,I, "
                + "t_max,G, AG, BW); normal draws truncated to positive values by redrawing; exp(VG) truncated at VG >= 0.08 L/kg (ours); "
                + String.format(java.util.Locale.ROOT, "fasting glucose N(%.1f, %.1f^2) mg/dL of the published UVA/Padova adults (ours)",
                AdultReference.FASTING_GLUCOSE_MG_DL.mean(), AdultReference.FASTING_GLUCOSE_MG_DL.sd());
    }

    @Override
    public Candidate draw(UniformRandomProvider rng, int index) {
        double bw = Distributions.uniform(rng, 65, 95);
        double egp0 = Distributions.positiveNormal(rng, "EGP0", 0.0161, 0.0039);
        double f01 = Distributions.positiveNormal(rng, "F01", 0.0097, 0.0022);
        double k12 = Distributions.positiveNormal(rng, "k12", 0.0649, 0.0282);
        double ka1 = Distributions.positiveNormal(rng, "ka1", 0.0055, 0.0056);
        double ka2 = Distributions.positiveNormal(rng, "ka2", 0.0683, 0.0507);
        double ka3 = Distributions.positiveNormal(rng, "ka3", 0.0304, 0.0235);
        double sit = Distributions.positiveNormal(rng, "SIT", 51.2e-4, 32.09e-4);
        double sid = Distributions.positiveNormal(rng, "SID", 8.2e-4, 7.84e-4);
        double sie = Distributions.positiveNormal(rng, "SIE", 520e-4, 306.2e-4);
        double ke = Distributions.positiveNormal(rng, "ke", 0.14, 0.035);
        double vi = Distributions.positiveNormal(rng, "VI", 0.12, 0.012);
        // N(1.16, 0.23²) truncated to exp(VG) > MIN_EXP_VG: a positive normal shifted by the bound.
        double expVg = MIN_EXP_VG + Distributions.positiveNormal(rng, "exp(VG)", 1.16 - MIN_EXP_VG, 0.23);
        double vg = Math.log(expVg);
        double tmaxI = 1 / Distributions.positiveNormal(rng, "1/tmaxI", 0.018, 0.0045);
        double tmaxG = 1 / Math.exp(-3.689 + 0.25 * Distributions.standardNormal(rng));
        double ag = Distributions.uniform(rng, 0.7, 1.2);
        // Drawn last, so every parameter above is the draw it was before the fasting glucose was drawn.
        double gb = AdultReference.FASTING_GLUCOSE_MG_DL.draw(rng);
        HovorkaParameters p = new HovorkaParameters(bw, egp0, f01, k12, ka1, ka2, ka3, sit, sid, sie, ke, vi, vg,
                tmaxI, tmaxG, ag, HovorkaParameters.NOMINAL.kaIntPerMin());
        HovorkaPatient patient = new HovorkaPatient("hovorka#" + String.format("%05d", index + 1), p, gb,
                Double.NaN);
        Hovorka2004Model model = new Hovorka2004Model(patient);
        return new Candidate(model, "adults", toJson(patient, model.therapy()));
    }

    static ObjectNode toJson(HovorkaPatient patient, TherapySettings therapy) {
        HovorkaParameters p = patient.parameters();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("BW", p.bodyWeightKg()).put("EGP0", p.egp0MmolPerKgMin()).put("F01", p.f01MmolPerKgMin())
                .put("k12", p.k12PerMin()).put("ka1", p.ka1PerMin()).put("ka2", p.ka2PerMin())
                .put("ka3", p.ka3PerMin()).put("SIT", p.sitPerMinPerMuPerL()).put("SID", p.sidPerMinPerMuPerL())
                .put("SIE", p.siePerMuPerL()).put("ke", p.kePerMin()).put("VI", p.viLPerKg()).put("VG", p.vgLPerKg())
                .put("tmaxI", p.tmaxIMinutes()).put("tmaxG", p.tmaxGMinutes()).put("AG", p.carbBioavailability())
                .put("kaInt", p.kaIntPerMin()).put("Gb", patient.basalGlucoseMgDl());
        if (!Double.isNaN(patient.ageYears())) {
            o.put("Age", patient.ageYears());
        }
        o.put("CR", therapy.carbRatioGramsPerUnit()).put("CF", therapy.correctionFactorMgDlPerUnit())
                .put("TDI", therapy.totalDailyInsulinUnits());
        return o;
    }

    @Override
    public Candidate read(JsonNode j, String where) {
        String name = PatientJson.name(j, where);
        HovorkaParameters p = PatientJson.parameters(where, () -> new HovorkaParameters(
                number(j, where, "BW"), number(j, where, "EGP0"), number(j, where, "F01"), number(j, where, "k12"),
                number(j, where, "ka1"), number(j, where, "ka2"), number(j, where, "ka3"), number(j, where, "SIT"),
                number(j, where, "SID"), number(j, where, "SIE"), number(j, where, "ke"), number(j, where, "VI"),
                number(j, where, "VG"), number(j, where, "tmaxI"), number(j, where, "tmaxG"), number(j, where, "AG"),
                number(j, where, "kaInt")));
        double gb = number(j, where, "Gb", HovorkaPatient.DEFAULT_BASAL_GLUCOSE_MG_DL);
        double age = number(j, where, "Age", Double.NaN);
        HovorkaPatient patient = new HovorkaPatient(name, p, gb, age);
        return new Candidate(new Hovorka2004Model(patient), j.path("group").asText(null), null);
    }
}
