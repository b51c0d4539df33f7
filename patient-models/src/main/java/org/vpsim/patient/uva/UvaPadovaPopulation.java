package org.vpsim.patient.uva;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.patient.population.Distributions;
import org.vpsim.patient.population.PopulationModel;

/**
 * Virtual UVA/Padova 2008 patients sampled from a multivariate log-normal distribution fitted to the 30
 * published patients, <b>per age group</b> (10 adolescents, 10 adults, 10 children: the groups differ in body
 * weight, insulin needs and therapy by far more than the spread within them, so one pooled fit would make
 * implausible mixtures).
 *
 * <p>The fitted vector ({@link #FEATURES}, 30 components) holds the parameters that vary between published
 * patients, plus basal glucose Gb, basal endogenous production EGPb and the therapy figures CR, CF, TDI and age,
 * so that therapy is drawn jointly with the physiology it belongs to. Positive quantities are log-transformed; the
 * fractions b and d logit-transformed. Per group: the sample mean and covariance of the transformed vectors, the
 * covariance shrunk towards its diagonal, Σ = (1−λ)·S + λ·diag(S) with λ = {@value #SHRINKAGE} (10 patients cannot
 * give a full-rank 30×30 covariance; shrinkage keeps the published correlations while making Σ positive
 * definite). Draws use Commons Math's {@code MultivariateNormalDistribution} on the patient's keyed stream.
 * Constants shared by all published patients (f, Fsnc, ke1, ke2) are kept; m4 = 0.4·m2 as in every published
 * patient; Vm0, kp1, Ib and x0 follow from the steady state ({@link UvaPadovaSteadyState}).
 *
 * <p>Patient i belongs to group i mod 3 (adolescents, adults, children) and is named e.g. {@code adult#v00002}.
 */
public final class UvaPadovaPopulation implements PopulationModel {
    public static final double SHRINKAGE = 0.2;
    private static final String[] GROUPS = {"adolescents", "adults", "children"};
    private static final String[] PREFIXES = {"adolescent", "adult", "child"};

    private record Feature(String name, boolean logit, ToDoubleFunction<UvaPadovaPatient> value) {
    }

    /** The fitted components, in order. */
    static final List<Feature> FEATURES = List.of(
            new Feature("BW", false, p -> p.parameters().bodyWeightKg()),
            new Feature("Gb", false, UvaPadovaSteadyState::basalGlucoseMgDl),
            new Feature("EGPb", false, UvaPadovaSteadyState::basalEgpMgPerKgMin),
            new Feature("u2ss", false, p -> p.parameters().u2ssPmolPerKgMin()),
            new Feature("kabs", false, p -> p.parameters().kabsPerMin()),
            new Feature("kmax", false, p -> p.parameters().kmaxPerMin()),
            new Feature("kmin", false, p -> p.parameters().kminPerMin()),
            new Feature("b", true, p -> p.parameters().b()),
            new Feature("d", true, p -> p.parameters().d()),
            new Feature("kp2", false, p -> p.parameters().kp2PerMin()),
            new Feature("kp3", false, p -> p.parameters().kp3MgPerKgMinPerPmolL()),
            new Feature("k1", false, p -> p.parameters().k1PerMin()),
            new Feature("k2", false, p -> p.parameters().k2PerMin()),
            new Feature("Vmx", false, p -> p.parameters().vmxMgPerKgMinPerPmolL()),
            new Feature("Km0", false, p -> p.parameters().km0MgPerKg()),
            new Feature("m1", false, p -> p.parameters().m1PerMin()),
            new Feature("m2", false, p -> p.parameters().m2PerMin()),
            new Feature("m30", false, p -> p.parameters().m30PerMin()),
            new Feature("Vi", false, p -> p.parameters().viLPerKg()),
            new Feature("p2u", false, p -> p.parameters().p2uPerMin()),
            new Feature("ki", false, p -> p.parameters().kiPerMin()),
            new Feature("ka1", false, p -> p.parameters().ka1PerMin()),
            new Feature("ka2", false, p -> p.parameters().ka2PerMin()),
            new Feature("kd", false, p -> p.parameters().kdPerMin()),
            new Feature("ksc", false, p -> p.parameters().kscPerMin()),
            new Feature("Vg", false, p -> p.parameters().vgDlPerKg()),
            new Feature("CR", false, UvaPadovaPatient::carbRatioGramsPerUnit),
            new Feature("CF", false, UvaPadovaPatient::correctionFactorMgDlPerUnit),
            new Feature("TDI", false, UvaPadovaPatient::totalDailyInsulinUnits),
            new Feature("Age", false, UvaPadovaPatient::ageYears));

    /** The published patient whose shared constants (f, Fsnc, ke1, ke2) the draws keep. */
    private final UvaPadovaPatient template;
    private final double[][] means = new double[3][];
    private final double[][][] covariances = new double[3][][];

    private static final class Holder {
        static final UvaPadovaPopulation INSTANCE = new UvaPadovaPopulation(UvaPadovaCohort.standard());
    }

    public static UvaPadovaPopulation standard() {
        return Holder.INSTANCE;
    }

    private UvaPadovaPopulation(UvaPadovaCohort published) {
        template = published.patients().get(0);
        for (int g = 0; g < 3; g++) {
            List<double[]> rows = new ArrayList<>();
            for (UvaPadovaPatient p : published.patients()) {
                if (p.name().startsWith(PREFIXES[g] + "#")) {
                    rows.add(transform(p));
                }
            }
            int n = rows.size();
            int k = FEATURES.size();
            double[] mean = new double[k];
            for (double[] r : rows) {
                for (int j = 0; j < k; j++) {
                    mean[j] += r[j] / n;
                }
            }
            double[][] cov = new double[k][k];
            for (double[] r : rows) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        cov[i][j] += (r[i] - mean[i]) * (r[j] - mean[j]) / (n - 1);
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    if (i != j) {
                        cov[i][j] *= 1 - SHRINKAGE;
                    }
                }
            }
            means[g] = mean;
            covariances[g] = cov;
        }
    }

    static double[] transform(UvaPadovaPatient p) {
        double[] out = new double[FEATURES.size()];
        for (int j = 0; j < out.length; j++) {
            double v = FEATURES.get(j).value().applyAsDouble(p);
            out[j] = FEATURES.get(j).logit() ? Math.log(v / (1 - v)) : Math.log(v);
        }
        return out;
    }

    /** Group means of the transformed vector (for tests). */
    double[] mean(int group) {
        return means[group].clone();
    }

    @Override
    public String modelId() {
        return UvaPadova2008Model.MODEL_ID;
    }

    @Override
    public String distributionSource() {
        return "multivariate log-normal (logit-normal for b, d) fitted per age group to the 30 published "
                + "UVA/Padova 2008 patients (simglucose 0.2.11 vpatient_params.csv, Quest.csv), covariance shrunk "
                + "towards its diagonal with lambda = " + SHRINKAGE + "; Vm0, kp1, Ib, x0 from the steady state";
    }

    @Override
    public Candidate draw(UniformRandomProvider rng, int index) {
        int g = index % 3;
        double[] z = Distributions.multivariateNormal(rng, means[g], covariances[g]);
        double[] v = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            v[j] = FEATURES.get(j).logit() ? 1 / (1 + Math.exp(-z[j])) : Math.exp(z[j]);
        }
        UvaPadovaParameters t = template.parameters();
        // Order of FEATURES: BW Gb EGPb u2ss kabs kmax kmin b d kp2 kp3 k1 k2 Vmx Km0 m1 m2 m30 Vi p2u ki ka1 ka2 kd
        // ksc Vg CR CF TDI Age. Vm0, kp1 and Ib (placeholders 1 here) are replaced by the steady state.
        UvaPadovaParameters base = new UvaPadovaParameters(v[0], v[5], v[6], v[7], v[8], v[4], t.f(), 1.0, v[9],
                v[10], t.fsncMgPerKgMin(), t.ke1PerMin(), t.ke2MgPerKg(), v[11], v[12], 1.0, v[13], v[14], v[15],
                v[16], 0.4 * v[16], v[17], v[18], 1.0, v[19], v[20], v[21], v[22], v[23], v[24], v[25], v[3]);
        String name = PREFIXES[g] + "#v" + String.format("%05d", index + 1);
        UvaPadovaPatient p = UvaPadovaSteadyState.patient(name, base, v[1], v[2], v[26], v[27], v[29], v[28]);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        UvaPadovaCohort.patientToJson(p, json);
        return new Candidate(new UvaPadova2008Model(p), GROUPS[g], json);
    }

    @Override
    public Candidate read(JsonNode patient, String where) {
        UvaPadovaPatient p;
        try {
            p = UvaPadovaCohort.patientFromJson(patient, where);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        String group = patient.path("group").asText(null);
        if (group == null) {
            for (int g = 0; g < 3; g++) {
                if (p.name().startsWith(PREFIXES[g] + "#")) {
                    group = GROUPS[g];
                }
            }
        }
        return new Candidate(new UvaPadova2008Model(p), group, null);
    }
}
