package org.vpsim.results.evidence;

import java.util.List;
import java.util.Objects;

/**
 * What a built-in study is held against: the published trial, its two arms as the study names them, the
 * endpoints with their published effects, and the seeds the evidence is measured over. Read from a
 * {@code NAME.evidence.json} file next to the study's scenario by {@link EvidenceSpecReader}; the format is
 * documented in {@code docs/evidence.md}.
 *
 * @param study        the built-in scenario's name
 * @param trial        the trial mirrored, with its reference
 * @param baselineArm  the study arm that plays the trial's control arm
 * @param treatmentArm the study arm that plays the trial's intervention arm
 * @param endpoints    the endpoints, at least one
 * @param seeds        the study seeds the measured effect is averaged over, at least one, no repeats
 * @param note         what the study is and is not (population choice, differences from the trial); may be empty
 */
public record EvidenceSpec(String study, String trial, String baselineArm, String treatmentArm,
                           List<Endpoint> endpoints, List<Long> seeds, String note) {

    public EvidenceSpec {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(baselineArm, "baselineArm");
        Objects.requireNonNull(treatmentArm, "treatmentArm");
        endpoints = List.copyOf(endpoints);
        seeds = List.copyOf(seeds);
        note = note == null ? "" : note;
        if (baselineArm.equals(treatmentArm)) {
            throw new IllegalArgumentException("treatmentArm: '" + treatmentArm + "' is also the baselineArm");
        }
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("endpoints: at least one endpoint is needed");
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds: at least one seed is needed");
        }
        if (seeds.stream().distinct().count() != seeds.size()) {
            throw new IllegalArgumentException("seeds: " + seeds + " repeats a seed");
        }
    }

    /** How a published effect is expressed. */
    public enum EffectType {
        /** treatment / baseline − 1 (a fraction: −0.31 is 31 % lower). */
        RELATIVE,
        /** treatment − baseline, in the endpoint's unit. */
        ABSOLUTE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the trial found the therapy to do to the endpoint. */
    public enum Direction {
        DECREASE, INCREASE,
        /** No difference: |relative effect| ≤ 5 %, or |absolute effect| ≤ the endpoint's tolerance when given. */
        UNCHANGED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The published result of one endpoint.
     *
     * @param baseline  the control arm's value (in the endpoint's unit), or null when the paper gives none
     * @param treatment the intervention arm's value, or null
     * @param effect    how {@code value} is expressed
     * @param value     the published effect (relative: a fraction; absolute: in the unit), or null when no trial
     *                  measured it and the study is held to the direction alone
     */
    public record Published(Double baseline, Double treatment, EffectType effect, Double value) {
        public Published {
            Objects.requireNonNull(effect, "effect");
            if (value != null && !Double.isFinite(value)) {
                throw new IllegalArgumentException("value: " + value + " is not a finite number");
            }
            if (effect == EffectType.RELATIVE && value != null && value <= -1) {
                throw new IllegalArgumentException("value: a relative effect of " + value
                        + " would make the treatment arm's value zero or negative");
            }
        }
    }

    /**
     * One endpoint.
     *
     * @param metric    a metric of the summary catalogue ({@code vpsim metrics} names; plasma glucose unless {@code cgm_})
     * @param label     how the page names it
     * @param unit      its unit as the page prints it
     * @param published the published result
     * @param direction the published direction
     * @param tolerance for {@code unchanged} with an absolute effect: the largest |difference| (in the unit)
     *                  that still counts as unchanged; null: the 5 % relative rule
     * @param note      why our measure differs from the trial's, or why a miss is expected; may be empty
     */
    public record Endpoint(String metric, String label, String unit, Published published, Direction direction,
                           Double tolerance, String note) {
        public Endpoint {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(label, "label");
            unit = unit == null ? "" : unit;
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(direction, "direction");
            note = note == null ? "" : note;
            if (tolerance != null && !(tolerance >= 0 && Double.isFinite(tolerance))) {
                throw new IllegalArgumentException("tolerance: " + tolerance + " is not a non-negative number");
            }
            if (published.value() == null && direction == Direction.UNCHANGED) {
                throw new IllegalArgumentException("published.value: a published \"no difference\" needs its value"
                        + " (0 when the paper reports none)");
            }
            if (published.value() != null && (direction == Direction.DECREASE && !(published.value() < 0)
                    || direction == Direction.INCREASE && !(published.value() > 0))) {
                throw new IllegalArgumentException("direction: '" + direction.id() + "' does not fit the published "
                        + published.effect().id() + " effect " + published.value());
            }
        }
    }
}
