package org.vpsim.patient.bergman;

import static org.vpsim.patient.population.PatientJson.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.patient.population.AdultReference;
import org.vpsim.patient.population.Distributions;
import org.vpsim.patient.population.PatientJson;
import org.vpsim.patient.population.PopulationModel;

/**
 * Bergman minimal-model patients: sampled from ReplayBG's prior distributions, and read from / written to patient
 * files (fields BW, Gb, u2ss, SG, SI, p2, VG, VI, ke, kd, ka2, kgri, kempt, kabs, f, alpha, optional Age and group).
 *
 * <p>ReplayBG identifies each patient from data, Bayesian, with these priors on the free parameters (Cappon G et
 * al., IEEE Trans Biomed Eng 2023;70(11):3227–3238; py_replay_bg {@code model/logpriors_t1d.py},
 * {@code sample_from_prior_physical}), which we draw from, in this order, from the patient's own stream:
 * <ul>
 *   <li>SI·VG ~ Gamma(shape 3.3, scale 5e-4) (mL/µU/min · dL/kg), SI = that / VG;</li>
 *   <li>Gb ~ N(119.13, 7.11²) mg/dL truncated to [70, 180];</li>
 *   <li>SG ~ logN(−3.8, 0.5²) /min truncated to (0, 1);</li>
 *   <li>√p2 ~ N(0.11, 0.004²) (p2 in /min);</li>
 *   <li>ka2 ~ logN(−4.2875, 0.4274²), kd ~ logN(−3.5090, 0.6187²) /min, kd redrawn until kd &gt; ka2;</li>
 *   <li>kempt ~ logN(−1.9646, 0.7069²) /min, and kgri = kempt (ReplayBG's constraint);</li>
 *   <li>kabs ~ logN(−5.4591, 1.4396²) /min, redrawn until kabs &lt; kempt.</li>
 * </ul>
 * ReplayBG's fixed values complete the patient (VG 1.45 dL/kg, VI 0.126 L/kg, ke 0.127 /min, f 0.9, α 7 min;
 * py_replay_bg {@code ModelParametersT1D}). What ReplayBG takes from each patient's data we draw from elsewhere,
 * after the priors: body weight U(65, 95) kg (the Hovorka 2004 / Wilinska 2010 population's), and the basal infusion
 * u2ss, which only defines basal insulin Ib, from the published UVA/Padova adults' basal per kg (log-normal,
 * {@link AdultReference#LOG_BASAL_MU_PER_KG_MIN}). ReplayBG's meal delay β (U(0, 60) min) is not part of our form
 * of the model. Patients are adults (group {@code adults}), named {@code bergman#00001}…
 */
public final class BergmanPopulation implements PopulationModel {
    private static final BergmanPopulation INSTANCE = new BergmanPopulation();
    /** Redraws allowed for one truncated or constrained draw. */
    private static final int MAX_REDRAWS = 10_000;

    private BergmanPopulation() {
    }

    public static BergmanPopulation standard() {
        return INSTANCE;
    }

    @Override
    public String modelId() {
        return BergmanMinimalModel.MODEL_ID;
    }

    @Override
    public String distributionSource() {
        return "ReplayBG priors (Cappon G et al., IEEE Trans Biomed Eng 2023;70(11):3227-3238; py_replay_bg "
                + "model/logpriors_t1d.py): SI*VG ~ Gamma(3.3, 5e-4), Gb ~ N(119.13, 7.11^2) on [70, 180], "
                + "SG ~ logN(-3.8, 0.5^2), sqrt(p2) ~ N(0.11, 0.004^2), ka2 ~ logN(-4.2875, 0.4274^2), "
                + "kd ~ logN(-3.5090, 0.6187^2) with kd > ka2, kempt ~ logN(-1.9646, 0.7069^2) = kgri, "
                + "kabs ~ logN(-5.4591, 1.4396^2) with kabs < kempt; fixed VG 1.45, VI 0.126, ke 0.127, f 0.9, alpha 7; "
                + "BW ~ U(65, 95) kg (Hovorka/Wilinska); "
                + String.format(Locale.ROOT, "basal log(mU/kg/min) ~ N(%.3f, %.3f^2) of the published UVA/Padova adults",
                AdultReference.LOG_BASAL_MU_PER_KG_MIN.mean(), AdultReference.LOG_BASAL_MU_PER_KG_MIN.sd());
    }

    @Override
    public Candidate draw(UniformRandomProvider rng, int index) {
        BergmanParameters n = BergmanParameters.NOMINAL;
        double vg = n.vgDlPerKg();
        double siTimesVg = Distributions.gamma(rng, 3.3, 5e-4);
        double si = siTimesVg / vg;
        double gb = truncated(rng, "Gb", () -> 119.13 + 7.11 * Distributions.standardNormal(rng), 70, 180);
        double sg = truncated(rng, "SG", () -> logNormal(rng, -3.8, 0.5), 0, 1);
        double sqrtP2 = 0.11 + 0.004 * Distributions.standardNormal(rng);
        double p2 = sqrtP2 * sqrtP2;
        double ka2 = logNormal(rng, -4.2875, 0.4274);
        double kd = truncated(rng, "kd", () -> logNormal(rng, -3.5090, 0.6187), ka2, Double.POSITIVE_INFINITY);
        double kempt = logNormal(rng, -1.9646, 0.7069);
        double kabs = truncated(rng, "kabs", () -> logNormal(rng, -5.4591, 1.4396), 0, kempt);
        double bw = Distributions.uniform(rng, 65, 95);
        double u2ss = Math.exp(AdultReference.LOG_BASAL_MU_PER_KG_MIN.draw(rng));
        BergmanParameters p = new BergmanParameters(bw, gb, u2ss, sg, si, p2, vg, n.viLPerKg(), n.kePerMin(), kd, ka2,
                kempt, kempt, kabs, n.f(), n.igTimeConstantMinutes());
        BergmanMinimalModel model = new BergmanMinimalModel("bergman#" + String.format("%05d", index + 1), p, Double.NaN);
        return new Candidate(model, "adults", toJson(p, model));
    }

    private static double logNormal(UniformRandomProvider rng, double mu, double sigma) {
        return Math.exp(mu + sigma * Distributions.standardNormal(rng));
    }

    /** A draw redrawn until strictly inside (lo, hi) (Gb: [lo, hi]). */
    private static double truncated(UniformRandomProvider rng, String name, java.util.function.DoubleSupplier draw,
                                    double lo, double hi) {
        for (int i = 0; i < MAX_REDRAWS; i++) {
            double v = draw.getAsDouble();
            if (v > lo && v < hi) {
                return v;
            }
        }
        throw new IllegalArgumentException(name + ": no draw inside (" + lo + ", " + hi + ")");
    }

    static ObjectNode toJson(BergmanParameters p, BergmanMinimalModel model) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("BW", p.bodyWeightKg()).put("Gb", p.basalGlucoseMgDl()).put("u2ss", p.basalInsulinMuPerKgMin())
                .put("SG", p.sgPerMin()).put("SI", p.siMlPerMicroUMin()).put("p2", p.p2PerMin())
                .put("VG", p.vgDlPerKg()).put("VI", p.viLPerKg()).put("ke", p.kePerMin()).put("kd", p.kdPerMin())
                .put("ka2", p.ka2PerMin()).put("kgri", p.kgriPerMin()).put("kempt", p.kemptPerMin())
                .put("kabs", p.kabsPerMin()).put("f", p.f()).put("alpha", p.igTimeConstantMinutes());
        o.put("CR", model.therapy().carbRatioGramsPerUnit()).put("CF", model.therapy().correctionFactorMgDlPerUnit())
                .put("TDI", model.therapy().totalDailyInsulinUnits());
        return o;
    }

    @Override
    public Candidate read(JsonNode j, String where) {
        String name = PatientJson.name(j, where);
        BergmanParameters p = PatientJson.parameters(where, () -> new BergmanParameters(
                number(j, where, "BW"), number(j, where, "Gb"), number(j, where, "u2ss"), number(j, where, "SG"),
                number(j, where, "SI"), number(j, where, "p2"), number(j, where, "VG"), number(j, where, "VI"),
                number(j, where, "ke"), number(j, where, "kd"), number(j, where, "ka2"), number(j, where, "kgri"),
                number(j, where, "kempt"), number(j, where, "kabs"), number(j, where, "f"), number(j, where, "alpha")));
        double age = number(j, where, "Age", Double.NaN);
        return new Candidate(new BergmanMinimalModel(name, p, age), j.path("group").asText(null), null);
    }
}
