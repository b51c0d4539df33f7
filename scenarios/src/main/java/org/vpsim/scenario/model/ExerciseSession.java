package org.vpsim.scenario.model;

import java.util.List;

/**
 * A session of physical exercise at a constant intensity, at a clock time on given days of the study (every day
 * when none are given). Its effect on glucose and insulin is the patient model's (the Bergman minimal model with
 * Roy &amp; Parker 2007's exercise terms); a model that does not represent exercise refuses the field.
 */
public record ExerciseSession(
        @Field(doc = "Clock time the session starts (in the offset of the scenario start).", required = true,
                pattern = TimeOfDay.PATTERN, patternWords = TimeOfDay.WORDS, example = "\"17:30\"")
        String time,
        @Field(doc = "How long the session lasts.", unit = "min", required = true, min = 0, minExclusive = true,
                max = ExerciseSession.MAX_DURATION_MINUTES, example = "45",
                hint = "Roy & Parker 2007 was identified on sessions of up to about 2 hours")
        double durationMinutes,
        @Field(doc = "Exercise intensity as a percentage of the patient's maximal oxygen uptake, as trials report it"
                + " (about 30 for brisk walking, 50-60 for moderate cycling or jogging, 75 and more for hard exercise)."
                + " Rest is 8 %; the model is driven by the intensity above rest"
                + " (Roy & Parker 2007's PVO2max).", unit = "% VO2max", required = true,
                min = ExerciseSession.REST_PERCENT_VO2MAX, minExclusive = true, max = 100, example = "50")
        double intensityPercentVo2max,
        @Field(doc = "Days of the study with the session, 1 being the day the study starts (calendar days in the"
                + " offset of the start); empty: every day.", dflt = "[]", maxItems = 3660, min = 1,
                max = Scenario.MAX_DAYS, example = "[1, 3, 5]")
        List<Integer> days) {
    /**
     * Oxygen uptake at rest as a percentage of VO2max: the resting PVO2max of Roy &amp; Parker 2007's exercise input
     * and of the OHSU exercise model built on it (Resalat et al., PLoS One 2019;14(7):e0217301, whose resting
     * target PVO2max is 8).
     */
    public static final double REST_PERCENT_VO2MAX = 8;

    /** Longest session accepted (min). */
    public static final double MAX_DURATION_MINUTES = 240;

    public ExerciseSession {
        days = days == null ? List.of() : List.copyOf(days.stream().map(d -> d == null ? 0 : d).toList());
        Problems p = new Problems();
        FieldRules.checkRecord(ExerciseSession.class, p, time, durationMinutes, intensityPercentVo2max, days);
        p.throwIfAny();
    }

    /** The model's exercise input: intensity above rest (% VO2max), Roy &amp; Parker 2007's u3. */
    public double intensityAboveRestPercent() {
        return intensityPercentVo2max - REST_PERCENT_VO2MAX;
    }

    /** Start, minutes after midnight. */
    public int minuteOfDay() {
        return TimeOfDay.minutesOfDay("time", time);
    }

    /** Whether the session happens on study day {@code day} (1-based). */
    public boolean on(int day) {
        return days.isEmpty() || days.contains(day);
    }
}
