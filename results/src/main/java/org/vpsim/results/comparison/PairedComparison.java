package org.vpsim.results.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.SummaryRow;

/**
 * Pairs the patients (each Monte Carlo replicate of a patient with the same replicate of that patient) of a
 * baseline arm and a candidate arm and reports, for every metric, the paired
 * differences (candidate − baseline) with their mean, t-based 95 % CI, the Wilcoxon signed-rank test
 * and the paired t-test (both from Commons Statistics, two-sided). Common random numbers make the
 * pairing meaningful: the same patient sees the same meals and sensor noise in both arms.
 *
 * @param baselineArm   baseline arm name
 * @param candidateArm  candidate arm name
 * @param patients      paired patients, each once (a patient in several replicates is named once)
 * @param pairs         paired rows: patients × replicates (equal to the number of patients without replicates)
 * @param metrics       one entry per {@link SummaryColumns} column, in catalogue order
 */
public record PairedComparison(String baselineArm, String candidateArm, List<String> patients, int pairs,
                               List<MetricDifference> metrics) {

    /**
     * Compares two arms.
     *
     * @throws IllegalArgumentException when the arms do not hold the same patients (named)
     */
    public static PairedComparison of(String baselineArm, List<SummaryRow> baseline, String candidateArm,
                                      List<SummaryRow> candidate) {
        Map<String, SummaryRow> base = byPatient(baseline);
        Map<String, SummaryRow> cand = byPatient(candidate);
        List<String> onlyBase = base.keySet().stream().filter(p -> !cand.containsKey(p)).toList();
        List<String> onlyCand = cand.keySet().stream().filter(p -> !base.containsKey(p)).toList();
        if (!onlyBase.isEmpty() || !onlyCand.isEmpty()) {
            throw new IllegalArgumentException("the arms do not hold the same patients: only in baseline '"
                    + baselineArm + "': " + readable(onlyBase) + "; only in candidate '" + candidateArm + "': "
                    + readable(onlyCand));
        }
        if (base.isEmpty()) {
            throw new IllegalArgumentException("arm '" + baselineArm + "' has no patients");
        }
        List<MetricDifference> out = new ArrayList<>();
        for (SummaryColumns.Column c : SummaryColumns.all()) {
            List<double[]> pairs = new ArrayList<>();
            for (String p : base.keySet()) {
                Double b = c.of(base.get(p));
                Double k = c.of(cand.get(p));
                if (b != null && k != null) {
                    pairs.add(new double[] {b, k});
                }
            }
            out.add(difference(c.name(), pairs));
        }
        List<String> patients = base.values().stream().map(SummaryRow::patient).distinct().toList();
        return new PairedComparison(baselineArm, candidateArm, patients, base.size(), out);
    }

    /** The entry of one metric. */
    public MetricDifference metric(String name) {
        for (MetricDifference m : metrics) {
            if (m.metric().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(SummaryColumns.byName(name).name() + " not compared");
    }

    private static MetricDifference difference(String name, List<double[]> pairs) {
        int n = pairs.size();
        double[] b = new double[n];
        double[] k = new double[n];
        double[] d = new double[n];
        int nonZero = 0;
        for (int i = 0; i < n; i++) {
            b[i] = pairs.get(i)[0];
            k[i] = pairs.get(i)[1];
            d[i] = k[i] - b[i];
            if (d[i] != 0) {
                nonZero++;
            }
        }
        double wilcoxon = Double.NaN;
        double t = Double.NaN;
        if (nonZero > 0 && n >= 2) {
            try {
                wilcoxon = WilcoxonSignedRankTest.withDefaults().test(d).getPValue();
            } catch (IllegalArgumentException e) {
                wilcoxon = Double.NaN; // undefined for this sample (e.g. every difference tied at zero)
            }
            try {
                t = TTest.withDefaults().pairedTest(k, b).getPValue();
            } catch (IllegalArgumentException e) {
                t = Double.NaN;
            }
        }
        return new MetricDifference(name, n, SampleSummary.of(b).mean(), SampleSummary.of(k).mean(),
                SampleSummary.of(d), nonZero, wilcoxon, t);
    }

    /** Rows by patient and replicate ({@code patient} for replicate 0, {@code patient replicate r} otherwise). */
    private static Map<String, SummaryRow> byPatient(List<SummaryRow> rows) {
        Map<String, SummaryRow> m = new LinkedHashMap<>();
        for (SummaryRow r : rows) {
            String key = r.replicate() == 0 ? r.patient() : r.patient() + " replicate " + r.replicate();
            if (m.put(key, r) != null) {
                throw new IllegalArgumentException("patient " + key + " appears twice in arm " + r.arm());
            }
        }
        return m;
    }

    private static String readable(List<String> keys) {
        return keys.size() <= 10 ? keys.toString() : keys.subList(0, 10) + " and " + (keys.size() - 10) + " more";
    }
}
