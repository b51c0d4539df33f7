package org.vpsim.results.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A study's evidence: its spec and the endpoints measured on one run per seed, with each endpoint's effect
 * summarised over the seeds and judged against the published one.
 *
 * @param spec         the spec
 * @param description  the study's scenario description (what a regulator reads first)
 * @param patients     patients per arm
 * @param days         simulated days per patient
 * @param runs         one run per seed, in the order run
 */
public record StudyEvidence(EvidenceSpec spec, String description, int patients, double days, List<SeedRun> runs) {

    /** The endpoints measured on the run with one seed. */
    public record SeedRun(long seed, List<EndpointMeasurement> measurements) {
        public SeedRun {
            measurements = List.copyOf(measurements);
        }
    }

    /**
     * One endpoint over the seeds.
     *
     * @param endpoint      the endpoint
     * @param seeds         seeds it was measured on
     * @param baselineMean  the baseline arm's value, mean over seeds
     * @param treatmentMean the treatment arm's value, mean over seeds
     * @param effectMean    the effect (as the spec expresses it), mean over seeds
     * @param effectSd      its sample SD over seeds (0 with one seed)
     * @param effectMin     its smallest value over seeds
     * @param effectMax     its largest
     * @param verdict       the mean effect judged against the published one
     */
    public record EndpointEvidence(EvidenceSpec.Endpoint endpoint, int seeds, double baselineMean,
                                   double treatmentMean, double effectMean, double effectSd, double effectMin,
                                   double effectMax, Verdict verdict) {
    }

    public StudyEvidence {
        Objects.requireNonNull(spec, "spec");
        description = description == null ? "" : description;
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs: at least one seed's run is needed");
        }
    }

    /** Each endpoint of the spec over the seeds, in the spec's order. */
    public List<EndpointEvidence> endpoints() {
        List<EndpointEvidence> out = new ArrayList<>();
        for (int i = 0; i < spec.endpoints().size(); i++) {
            EvidenceSpec.Endpoint e = spec.endpoints().get(i);
            int k = runs.size();
            double[] effect = new double[k];
            double base = 0, treat = 0, rel = 0, abs = 0;
            for (int j = 0; j < k; j++) {
                EndpointMeasurement m = runs.get(j).measurements().get(i);
                effect[j] = m.effect();
                base += m.baselineMean();
                treat += m.treatmentMean();
                rel += m.relativeEffect();
                abs += m.absoluteEffect();
            }
            double mean = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double v : effect) {
                mean += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            mean /= k;
            double ss = 0;
            for (double v : effect) {
                ss += (v - mean) * (v - mean);
            }
            double sd = k > 1 ? Math.sqrt(ss / (k - 1)) : 0.0;
            out.add(new EndpointEvidence(e, k, base / k, treat / k, mean, sd, min, max,
                    Verdict.judge(e, mean, rel / k, abs / k)));
        }
        return out;
    }
}
