package org.vpsim.results.comparison;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vpsim.results.GlucoseUnit;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.metrics.CvgaZone;

/**
 * Text, CSV and JSON renderings of per-arm statistics and of comparisons (what {@code vpsim metrics}
 * and {@code vpsim compare} print). Glucose-valued metrics are converted to the chosen unit and
 * renamed accordingly ({@code _mg_dl} → {@code _mmol_l}); everything else is as computed.
 */
public final class Formats {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Formats() {
    }

    /** The unit label of a column in the chosen glucose unit. */
    public static String unit(SummaryColumns.Column c, GlucoseUnit u) {
        return switch (c.kind()) {
            case GLUCOSE_MG_DL -> u.label();
            case PERCENT -> "%";
            case INDEX -> "";
            case COUNT -> "n";
            // ASPIRE reported the area in mg/dL·min; it stays in those units whatever the glucose unit.
            case AREA_MG_DL_MINUTES -> "mg/dL·min";
            case DAYS -> "d";
            case INSULIN_UNITS -> c.name().endsWith("daily_dose_u") ? "U/d" : "U";
            case CARBS_GRAMS -> "g";
        };
    }

    /** A value of a column in the chosen unit. */
    public static double convert(SummaryColumns.Column c, double value, GlucoseUnit u) {
        return c.kind() == SummaryColumns.Kind.GLUCOSE_MG_DL ? u.fromMgDl(value) : value;
    }

    // ------------------------------------------------------------------ metrics

    /** The per-arm table: one block per arm, one line per metric. */
    public static String metricsTable(List<ArmStatistics> arms, GlucoseUnit u) {
        StringBuilder sb = new StringBuilder();
        for (ArmStatistics a : arms) {
            sb.append(String.format(Locale.ROOT, "arm %s (%s)%n", a.arm(), a.sampleWords()));
            sb.append(String.format(Locale.ROOT, "  %-32s %-6s %4s %9s %9s %9s %9s %9s %20s%n", "metric", "unit", "n",
                    "mean", "sd", "median", "q1", "q3", "95% CI of mean"));
            for (SummaryColumns.Column c : SummaryColumns.all()) {
                SampleSummary s = a.get(c.name());
                if (s.n() == 0) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "  %-32s %-6s %4d %9s %9s %9s %9s %9s %20s%n", u.columnName(c.name()),
                        unit(c, u), s.n(), num(convert(c, s.mean(), u)), num(convert(c, s.sd(), u)),
                        num(convert(c, s.median(), u)), num(convert(c, s.q1(), u)), num(convert(c, s.q3(), u)),
                        "[" + num(convert(c, s.ciLow(), u)) + ", " + num(convert(c, s.ciHigh(), u)) + "]"));
            }
            sb.append("  CVGA zones (plasma): ").append(zones(a.cvgaPlasma())).append(System.lineSeparator());
            if (!a.cvgaCgm().isEmpty()) {
                sb.append("  CVGA zones (CGM):    ").append(zones(a.cvgaCgm())).append(System.lineSeparator());
            }
            sb.append(System.lineSeparator());
        }
        sb.append("(per-patient metrics aggregated over the arm's patients"
                + (arms.stream().anyMatch(a -> a.replicates() > 1) ? " and their replicates (n = patients × replicates)" : "")
                + "; CI is t-based; metrics without cgm_ are from plasma glucose)").append(System.lineSeparator());
        return sb.toString();
    }

    /** CSV: one line per arm × metric. */
    public static String metricsCsv(List<ArmStatistics> arms, GlucoseUnit u) {
        StringBuilder sb = new StringBuilder("arm,metric,unit,n,mean,sd,median,q1,q3,ci95_low,ci95_high\n");
        for (ArmStatistics a : arms) {
            for (SummaryColumns.Column c : SummaryColumns.all()) {
                SampleSummary s = a.get(c.name());
                sb.append(a.arm()).append(',').append(u.columnName(c.name())).append(',').append(unit(c, u))
                        .append(',').append(s.n());
                for (double v : new double[] {s.mean(), s.sd(), s.median(), s.q1(), s.q3(), s.ciLow(), s.ciHigh()}) {
                    sb.append(',').append(Double.isNaN(v) ? "" : raw(convert(c, v, u)));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** JSON: {units, arms: [{arm, patients, cvga_zones, metrics: {name: {unit, n, mean, …}}}]}. */
    public static String metricsJson(String runDirectory, List<ArmStatistics> arms, GlucoseUnit u) {
        ObjectNode root = JSON.createObjectNode();
        root.put("run", runDirectory);
        root.put("glucose_unit", u.label());
        ArrayNode out = root.putArray("arms");
        for (ArmStatistics a : arms) {
            ObjectNode arm = out.addObject();
            arm.put("arm", a.arm());
            arm.put("patients", a.patients());
            arm.put("replicates", a.replicates());
            ObjectNode z = arm.putObject("cvga_zones");
            a.cvgaPlasma().forEach((k, v) -> z.put(k.label(), v));
            ObjectNode zc = arm.putObject("cgm_cvga_zones");
            a.cvgaCgm().forEach((k, v) -> zc.put(k.label(), v));
            ObjectNode metrics = arm.putObject("metrics");
            for (SummaryColumns.Column c : SummaryColumns.all()) {
                SampleSummary s = a.get(c.name());
                ObjectNode m = metrics.putObject(u.columnName(c.name()));
                m.put("unit", unit(c, u));
                m.put("n", s.n());
                put(m, "mean", convert(c, s.mean(), u));
                put(m, "sd", convert(c, s.sd(), u));
                put(m, "median", convert(c, s.median(), u));
                put(m, "q1", convert(c, s.q1(), u));
                put(m, "q3", convert(c, s.q3(), u));
                put(m, "ci95_low", convert(c, s.ciLow(), u));
                put(m, "ci95_high", convert(c, s.ciHigh(), u));
            }
        }
        return write(root);
    }

    // ------------------------------------------------------------------ comparison

    /** The comparison as text: per arm pair, one line per metric with a difference, then the gates. */
    public static String comparisonTable(List<PairedComparison> comparisons, List<Gate.Outcome> gates,
                                         List<String> scenarioDifferences, GlucoseUnit u) {
        StringBuilder sb = new StringBuilder();
        if (!scenarioDifferences.isEmpty()) {
            sb.append("scenarios differ in more than therapy (allowed by --allow-different-scenarios):\n");
            scenarioDifferences.forEach(d -> sb.append("  ").append(d).append('\n'));
            sb.append('\n');
        }
        for (PairedComparison pc : comparisons) {
            long changed = pc.metrics().stream().filter(m -> m.nonZeroPairs() > 0).count();
            sb.append(String.format(Locale.ROOT, "%s → %s: %d paired patients%s, %d of %d metrics differ%n",
                    pc.baselineArm(), pc.candidateArm(), pc.patients().size(),
                    pc.pairs() == pc.patients().size() ? "" : " (" + pc.pairs() + " patient × replicate pairs)",
                    changed, pc.metrics().size()));
            if (changed > 0) {
                sb.append(String.format(Locale.ROOT, "  %-32s %-6s %9s %9s %9s %22s %9s %9s%n", "metric", "unit",
                        "baseline", "candidate", "diff", "95% CI of diff", "Wilcoxon", "paired t"));
            }
            for (MetricDifference m : pc.metrics()) {
                if (m.nonZeroPairs() == 0) {
                    continue;
                }
                SummaryColumns.Column c = SummaryColumns.byName(m.metric());
                SampleSummary d = m.difference();
                sb.append(String.format(Locale.ROOT, "  %-32s %-6s %9s %9s %9s %22s %9s %9s%n", u.columnName(c.name()),
                        unit(c, u), num(convert(c, m.baselineMean(), u)), num(convert(c, m.candidateMean(), u)),
                        signed(convert(c, d.mean(), u)),
                        "[" + signed(convert(c, d.ciLow(), u)) + ", " + signed(convert(c, d.ciHigh(), u)) + "]",
                        p(m.wilcoxonP()), p(m.pairedTP())));
            }
            sb.append('\n');
        }
        for (Gate.Outcome g : gates) {
            SummaryColumns.Column c = SummaryColumns.byName(g.gate().metric());
            sb.append(String.format(Locale.ROOT, "%s  %s (%s → %s): mean difference %s %s, 95%% CI [%s, %s]%n",
                    g.failed() ? "FAILED" : "passed", g.gate().text(), g.baselineArm(), g.candidateArm(),
                    signed(g.meanDifference()), c.kind() == SummaryColumns.Kind.GLUCOSE_MG_DL ? "mg/dL" : unit(c, u),
                    signed(g.ciLow()), signed(g.ciHigh())));
        }
        return sb.toString();
    }

    /** The comparison as JSON for CI systems. */
    public static String comparisonJson(String baseline, String candidate, List<PairedComparison> comparisons,
                                        List<Gate.Outcome> gates, List<String> scenarioDifferences, GlucoseUnit u) {
        ObjectNode root = JSON.createObjectNode();
        root.put("baseline", baseline);
        root.put("candidate", candidate);
        root.put("glucose_unit", u.label());
        root.put("passed", gates.stream().noneMatch(Gate.Outcome::failed));
        ArrayNode sd = root.putArray("scenario_differences");
        scenarioDifferences.forEach(sd::add);
        ArrayNode cs = root.putArray("comparisons");
        for (PairedComparison pc : comparisons) {
            ObjectNode o = cs.addObject();
            o.put("baseline_arm", pc.baselineArm());
            o.put("candidate_arm", pc.candidateArm());
            ArrayNode ps = o.putArray("patients");
            pc.patients().forEach(ps::add);
            o.put("pairs", pc.pairs());
            ObjectNode ms = o.putObject("metrics");
            for (MetricDifference m : pc.metrics()) {
                SummaryColumns.Column c = SummaryColumns.byName(m.metric());
                ObjectNode x = ms.putObject(u.columnName(c.name()));
                x.put("unit", unit(c, u));
                x.put("pairs", m.pairs());
                x.put("non_zero_pairs", m.nonZeroPairs());
                put(x, "baseline_mean", convert(c, m.baselineMean(), u));
                put(x, "candidate_mean", convert(c, m.candidateMean(), u));
                put(x, "mean_difference", convert(c, m.difference().mean(), u));
                put(x, "ci95_low", convert(c, m.difference().ciLow(), u));
                put(x, "ci95_high", convert(c, m.difference().ciHigh(), u));
                put(x, "median_difference", convert(c, m.difference().median(), u));
                put(x, "wilcoxon_p", m.wilcoxonP());
                put(x, "paired_t_p", m.pairedTP());
            }
        }
        ArrayNode gs = root.putArray("gates");
        for (Gate.Outcome g : gates) {
            ObjectNode o = gs.addObject();
            o.put("gate", g.gate().text());
            o.put("metric", g.gate().metric());
            o.put("baseline_arm", g.baselineArm());
            o.put("candidate_arm", g.candidateArm());
            put(o, "mean_difference", g.meanDifference());
            put(o, "ci95_low", g.ciLow());
            put(o, "ci95_high", g.ciHigh());
            o.put("failed", g.failed());
        }
        return write(root);
    }

    private static String zones(Map<CvgaZone, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (CvgaZone z : CvgaZone.values()) {
            Integer n = counts.get(z);
            if (n != null) {
                sb.append(sb.length() == 0 ? "" : ", ").append(z.label()).append(' ').append(n);
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static void put(ObjectNode o, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON rendering failed", e);
        }
    }

    /** Three significant decimals at most, or "–" for undefined. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
    }

    static String signed(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        String s = num(v);
        return v > 0 || (v == 0 && !s.startsWith("-")) ? "+" + s : s;
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "–" : v < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String raw(double v) {
        return Double.toString(v);
    }
}
