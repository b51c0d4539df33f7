package org.vpsim.patient.population;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.patient.uva.UvaPadovaCohort;
import org.vpsim.patient.uva.UvaPadovaPatient;
import org.vpsim.patient.uva.UvaPadovaSteadyState;

/**
 * What a sampled patient takes from the 10 published UVA/Padova adults (Kovatchev et al., J Diabetes Sci Technol
 * 2009;3(1):44; the simglucose 0.2.11 table this project ships) when its own model leaves it free: the fasting
 * glucose its basal is titrated to (Hovorka 2004, whose steady state can sit at any glucose) and the basal infusion
 * that defines basal insulin (the Bergman minimal model, whose dynamics only see insulin above or below it).
 * Computed from that table, so each figure lives in one place: fasting glucose Gb = Gpb/Vg, mean 142.8, SD 6.3
 * mg/dL; basal u2ss·BW/6000 U/min per kg, log-normal.
 *
 * <p>Why the fasting glucose: a sampled Hovorka patient used to be held at 100 mg/dL, 40 mg/dL below the fasting
 * glucose of the UVA/Padova patients it is compared with; its titrated meal bolus may bring the nadir to fasting −
 * 20 mg/dL, so it lived 10 mg/dL above the hypoglycaemia threshold. Holding the models' sampled adults at the same
 * fasting glucose makes "would another model agree?" a comparison of physiology, not of the titration target.
 */
public final class AdultReference {
    private static final List<UvaPadovaPatient> ADULTS = UvaPadovaCohort.standard().patients().stream()
            .filter(p -> p.name().startsWith("adult#")).toList();

    /** Fasting plasma glucose (mg/dL): N(mean, SD²) of the adults' Gb. */
    public static final NormalFit FASTING_GLUCOSE_MG_DL = fit(UvaPadovaSteadyState::basalGlucoseMgDl);

    /** log of the basal insulin per kg (mU/kg/min, = u2ss/6 with u2ss in pmol/kg/min): N(mean, SD²) of the adults'. */
    public static final NormalFit LOG_BASAL_MU_PER_KG_MIN =
            fit(p -> Math.log(p.parameters().basalInsulinUnitsPerMinute() * 1000 / p.parameters().bodyWeightKg()));

    private AdultReference() {
    }

    /**
     * A normal distribution fitted by mean and sample SD.
     *
     * @param mean mean
     * @param sd   sample SD
     */
    public record NormalFit(double mean, double sd) {
        public NormalFit {
            if (!Double.isFinite(mean) || !(sd >= 0) || Double.isInfinite(sd)) {
                throw new IllegalArgumentException("N(" + mean + ", " + sd + "²) is not a distribution");
            }
        }

        /** One draw, truncated to mean ± 3 SD by redrawing (a reference value, not a tail to explore). */
        public double draw(UniformRandomProvider rng) {
            while (true) {
                double z = Distributions.standardNormal(rng);
                if (Math.abs(z) <= 3) {
                    return mean + sd * z;
                }
            }
        }
    }

    private static NormalFit fit(ToDoubleFunction<UvaPadovaPatient> f) {
        double sum = 0;
        for (UvaPadovaPatient p : ADULTS) {
            sum += f.applyAsDouble(p);
        }
        double mean = sum / ADULTS.size();
        double ss = 0;
        for (UvaPadovaPatient p : ADULTS) {
            double d = f.applyAsDouble(p) - mean;
            ss += d * d;
        }
        return new NormalFit(mean, Math.sqrt(ss / (ADULTS.size() - 1)));
    }
}
