package org.vpsim.results.evidence;

import java.util.ArrayList;
import java.util.List;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.SummaryRow;

/**
 * One endpoint measured on one run of a study: the mean over the patients of each arm of the patients'
 * values (as the trials report arm means), and the effect of the treatment arm against the baseline arm.
 *
 * @param endpoint       the endpoint
 * @param baselineMean   mean over the baseline arm's patients (patients without a value left out); NaN when none
 * @param treatmentMean  the same for the treatment arm
 */
public record EndpointMeasurement(EvidenceSpec.Endpoint endpoint, double baselineMean, double treatmentMean) {

    /** treatment − baseline, in the endpoint's unit. */
    public double absoluteEffect() {
        return treatmentMean - baselineMean;
    }

    /** treatment / baseline − 1; NaN when the baseline is 0 (no relative effect is defined). */
    public double relativeEffect() {
        return baselineMean == 0 ? Double.NaN : treatmentMean / baselineMean - 1;
    }

    /** The effect as the spec expresses the published one. */
    public double effect() {
        return endpoint.published().effect() == EvidenceSpec.EffectType.RELATIVE ? relativeEffect() : absoluteEffect();
    }

    /**
     * Every endpoint of {@code spec} measured on the summary rows of one run.
     *
     * @throws IllegalArgumentException when a spec arm has no rows (names the arm and the arms present)
     */
    public static List<EndpointMeasurement> measure(EvidenceSpec spec, List<SummaryRow> rows) {
        List<SummaryRow> baseline = armRows(spec.baselineArm(), rows);
        List<SummaryRow> treatment = armRows(spec.treatmentArm(), rows);
        List<EndpointMeasurement> out = new ArrayList<>();
        for (EvidenceSpec.Endpoint e : spec.endpoints()) {
            SummaryColumns.Column c = SummaryColumns.byName(e.metric());
            out.add(new EndpointMeasurement(e, mean(c, baseline), mean(c, treatment)));
        }
        return out;
    }

    private static List<SummaryRow> armRows(String arm, List<SummaryRow> rows) {
        List<SummaryRow> a = rows.stream().filter(r -> r.arm().equals(arm)).toList();
        if (a.isEmpty()) {
            throw new IllegalArgumentException("the run has no results for arm '" + arm + "'; its arms: "
                    + rows.stream().map(SummaryRow::arm).distinct().toList());
        }
        return a;
    }

    private static double mean(SummaryColumns.Column c, List<SummaryRow> rows) {
        double sum = 0;
        int n = 0;
        for (SummaryRow r : rows) {
            Double v = c.of(r);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
