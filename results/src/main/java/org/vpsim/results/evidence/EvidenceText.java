package org.vpsim.results.evidence;

import java.util.List;
import java.util.Locale;

/**
 * Text renderings of study endpoints: the table {@code vpsim run} prints at the end of a study, and the
 * numbers as the evidence page and the report write them (one formatting, so they agree).
 */
public final class EvidenceText {

    private EvidenceText() {
    }

    /** The endpoints of one run: per arm, the measured effect and the published one. */
    public static String runTable(EvidenceSpec spec, List<EndpointMeasurement> measured) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nstudy endpoints (%s); effect = %s against %s:%n", spec.trial(),
                spec.treatmentArm(), spec.baselineArm()));
        sb.append(String.format(Locale.ROOT, "%-42s %-20s %12s %12s %16s %16s%n", "endpoint", "unit",
                spec.baselineArm(), spec.treatmentArm(), "effect", "published"));
        for (EndpointMeasurement m : measured) {
            EvidenceSpec.Endpoint e = m.endpoint();
            sb.append(String.format(Locale.ROOT, "%-42s %-20s %12s %12s %16s %16s%n", clip(e.label(), 42),
                    clip(e.unit(), 20), number(m.baselineMean()), number(m.treatmentMean()), effect(e, m.effect()),
                    published(e)));
        }
        sb.append("(means over each arm's patients; the published effect is the trial's; `vpsim evidence` runs the "
                + "study over its seeds and gives the verdict)").append(System.lineSeparator());
        return sb.toString();
    }

    /**
     * The published effect as printed: "-31.0 %" (relative) or "+12.0 %-points" (absolute), or the direction alone
     * where no magnitude is published.
     */
    public static String published(EvidenceSpec.Endpoint e) {
        if (e.published().value() == null) {
            return e.direction() == EvidenceSpec.Direction.DECREASE ? "lower (direction only)" : "higher (direction only)";
        }
        return effect(e, e.published().value());
    }

    /** An effect in the endpoint's terms: relative as a signed percentage, absolute in the unit. */
    public static String effect(EvidenceSpec.Endpoint e, double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (e.published().effect() == EvidenceSpec.EffectType.RELATIVE) {
            return signed(value * 100, 1) + " %";
        }
        String unit = e.unit().equals("%") ? " points" : e.unit().isEmpty() ? "" : " " + e.unit();
        return signed(value, decimals(value)) + unit;
    }

    /** A value with as many decimals as its size warrants (3 significant digits for values from 1 to 999). */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%." + decimals(value) + "f", value);
    }

    static String signed(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (s.matches("-0\\.?0*")) {
            s = s.substring(1);
        }
        return s.startsWith("-") ? s : "+" + s;
    }

    static int decimals(double value) {
        double a = Math.abs(value);
        return a >= 100 ? 0 : a >= 10 ? 1 : 2;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
