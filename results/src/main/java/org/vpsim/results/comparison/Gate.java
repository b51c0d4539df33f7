package org.vpsim.results.comparison;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vpsim.results.SummaryColumns;

/**
 * A regression gate such as {@code tbr_below_70_pct > +0.5}: it fails when the mean paired difference
 * candidate − baseline of the metric satisfies the condition (for percent metrics the threshold is in
 * percentage points; otherwise in the metric's own unit).
 *
 * @param text      the gate as written
 * @param metric    a summary column name
 * @param operator  one of {@code >, >=, <, <=}
 * @param threshold the threshold of the difference
 */
public record Gate(String text, String metric, String operator, double threshold) {

    private static final Pattern SYNTAX =
            Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*(>=|<=|>|<)\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*");

    /**
     * Parses a gate.
     *
     * @throws IllegalArgumentException naming what is wrong (syntax, unknown metric)
     */
    public static Gate parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--fail-if '" + text + "' is not of the form METRIC OP NUMBER, "
                    + "e.g. \"tbr_below_70_pct > +0.5\" (OP is >, >=, < or <=)");
        }
        String metric = m.group(1).toLowerCase(Locale.ROOT);
        try {
            SummaryColumns.byName(metric);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-if '" + text + "': " + e.getMessage());
        }
        return new Gate(text.trim(), metric, m.group(2), Double.parseDouble(m.group(3)));
    }

    /** True when the gate fails for this mean difference (NaN, i.e. no pairs, never fails). */
    public boolean failsFor(double meanDifference) {
        return switch (operator) {
            case ">" -> meanDifference > threshold;
            case ">=" -> meanDifference >= threshold;
            case "<" -> meanDifference < threshold;
            case "<=" -> meanDifference <= threshold;
            default -> throw new IllegalStateException(operator);
        };
    }

    /** The outcome of this gate on one comparison. */
    public Outcome evaluate(PairedComparison comparison) {
        MetricDifference d = comparison.metric(metric);
        return new Outcome(this, comparison.baselineArm(), comparison.candidateArm(), d.meanDifference(),
                d.difference().ciLow(), d.difference().ciHigh(), failsFor(d.meanDifference()));
    }

    /** A gate evaluated on one arm pair. */
    public record Outcome(Gate gate, String baselineArm, String candidateArm, double meanDifference,
                          double ciLow, double ciHigh, boolean failed) {
    }
}
