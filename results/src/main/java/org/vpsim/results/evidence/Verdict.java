package org.vpsim.results.evidence;

/**
 * How a measured effect stands against the published one. For a published decrease or increase: the
 * direction is right when the measured effect has the published sign, and the magnitude is within a factor
 * of two when measured ÷ published lies in [0.5, 2]. For a published "no difference": the measured effect
 * is unchanged when |relative effect| ≤ {@value #UNCHANGED_RELATIVE} (5 %), or, when the endpoint gives a
 * tolerance, when |absolute effect| ≤ tolerance. Where no trial measured a magnitude (the spec's published value
 * is null), only the direction is judged.
 */
public enum Verdict {
    /** Direction right and magnitude within a factor of two. */
    REPRODUCED("direction right, magnitude within a factor of two"),
    /** Direction right where the published finding is a direction without a magnitude. */
    DIRECTION_RIGHT("direction right (no published magnitude)"),
    /** Direction right, magnitude outside a factor of two. */
    DIRECTION_ONLY("direction right, magnitude outside a factor of two"),
    /** The measured effect goes the other way (or is zero). */
    WRONG_DIRECTION("direction wrong"),
    /** Published no difference, and none measured. */
    UNCHANGED("unchanged, as published"),
    /** Published no difference, but the measured effect is larger than the rule allows. */
    CHANGED("changed where the trial found no difference"),
    /** The effect could not be measured (no values, or a relative effect on a zero baseline). */
    NOT_MEASURED("not measured");

    /** The relative effect still counted as "no difference". */
    public static final double UNCHANGED_RELATIVE = 0.05;

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** The verdict in words, as the evidence page prints it. */
    public String words() {
        return words;
    }

    /** True for the verdicts that count as reproducing the published finding. */
    public boolean reproduced() {
        return this == REPRODUCED || this == UNCHANGED || this == DIRECTION_RIGHT;
    }

    /**
     * Judges one endpoint.
     *
     * @param endpoint         the endpoint and its published effect
     * @param measuredEffect   the measured effect as the spec expresses it (relative or absolute)
     * @param measuredRelative the measured relative effect (for the 5 % rule)
     * @param measuredAbsolute the measured absolute effect (for a tolerance)
     */
    public static Verdict judge(EvidenceSpec.Endpoint endpoint, double measuredEffect, double measuredRelative,
                                double measuredAbsolute) {
        if (endpoint.direction() == EvidenceSpec.Direction.UNCHANGED) {
            if (endpoint.tolerance() != null) {
                if (!Double.isFinite(measuredAbsolute)) {
                    return NOT_MEASURED;
                }
                return Math.abs(measuredAbsolute) <= endpoint.tolerance() ? UNCHANGED : CHANGED;
            }
            if (!Double.isFinite(measuredRelative)) {
                return NOT_MEASURED;
            }
            return Math.abs(measuredRelative) <= UNCHANGED_RELATIVE ? UNCHANGED : CHANGED;
        }
        if (!Double.isFinite(measuredEffect)) {
            return NOT_MEASURED;
        }
        if (endpoint.published().value() == null) {
            double sign = endpoint.direction() == EvidenceSpec.Direction.DECREASE ? -1 : 1;
            return measuredEffect * sign > 0 ? DIRECTION_RIGHT : WRONG_DIRECTION;
        }
        double published = endpoint.published().value();
        double ratio = measuredEffect / published;
        if (!(ratio > 0)) {
            return WRONG_DIRECTION;
        }
        return ratio >= 0.5 && ratio <= 2.0 ? REPRODUCED : DIRECTION_ONLY;
    }
}
