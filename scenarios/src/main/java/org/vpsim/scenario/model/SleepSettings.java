package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The person's night ({@code person.sleep}): between bedtime and wake time the person does not look at the CGM, so
 * lows are not treated and highs not corrected by themselves. They wake when a CGM alert wakes them (a probability per
 * alert sounding) or when hypoglycaemia wakes them (a probability per episode, once plasma glucose falls below a
 * level); once woken they act as by day for {@code awakeMinutes}. Meals in the sleep window are bolused as by day (a
 * person who eats is up).
 *
 * <p>Sources: the sleep windows follow the National Sleep Foundation's recommended durations (Hirshkowitz et al.
 * 2015, Sleep Health 1:40: school-age children 9-11 h, teenagers 8-10 h, adults 7-9 h), the clock times being
 * assumptions; waking to CGM alarms is from Buckingham et al. 2005 (Diabetes Technol Ther 7:440: children and
 * adolescents with type 1 diabetes, video-recorded at night, woke to 29 % of individual GlucoWatch alarms, 40 % of a
 * night's first); waking from hypoglycaemia itself from Schultes et al. 2007 (PLoS Med 4:e69: plasma glucose brought
 * to 2.2 mmol/L, 40 mg/dL, during stage-2 sleep woke 1 of 16 people with type 1 diabetes and 10 of 16 controls) and
 * Banarer &amp; Cryer 2003 (Diabetes 52:1195: sleep reduces the adrenaline response and awakening at 45 mg/dL steps
 * in type 1 diabetes).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SleepSettings(
        @Field(doc = "Clock time the person falls asleep. Absent: by age group (children under 13 21:00, adolescents"
                + " 22:00, adults 23:00: 10, 9 and 8 h to 07:00, within the National Sleep Foundation's ranges,"
                + " Hirshkowitz et al. 2015; the clock times are assumptions).", pattern = TimeOfDay.PATTERN,
                patternWords = TimeOfDay.WORDS, example = "\"23:00\"")
        String bedtime,
        @Field(doc = "Clock time the person wakes up.", dflt = "\"07:00\"", pattern = TimeOfDay.PATTERN,
                patternWords = TimeOfDay.WORDS, example = "\"07:00\"")
        String wakeTime,
        @Field(doc = "Probability that one sounding of a CGM alert wakes the person (drawn per sounding; an alert that"
                + " is slept through sounds again after its repeat time). Buckingham et al. 2005: children and"
                + " adolescents woke to 29 % of individual nocturnal alarms.", dflt = "0.29", min = 0, max = 1,
                example = "0.29")
        Double alertWakeProbability,
        @Field(doc = "Plasma glucose below which hypoglycaemia itself can wake the person (Schultes et al. 2007 took"
                + " sleepers to 2.2 mmol/L, 40 mg/dL).", unit = "mg/dL", dflt = "40", min = 20, max = 70,
                example = "40")
        Double symptomWakeMgDl,
        @Field(doc = "Probability that a nocturnal low below symptomWakeMgDl wakes the person (drawn once per episode)."
                + " Schultes et al. 2007: 1 of 16 people with type 1 diabetes woke.", dflt = "0.06", min = 0, max = 1,
                example = "0.06")
        Double symptomWakeProbability,
        @Field(doc = "How long a woken person stays awake and acts on readings (treat, re-check after 15 min) before"
                + " sleeping again, if it is still the sleep window (an assumption).", unit = "min", dflt = "45",
                min = 5, max = 600, example = "45")
        Double awakeMinutes) {
    public SleepSettings {
        wakeTime = wakeTime == null ? "07:00" : wakeTime;
        alertWakeProbability = alertWakeProbability == null ? 0.29 : alertWakeProbability;
        symptomWakeMgDl = symptomWakeMgDl == null ? 40.0 : symptomWakeMgDl;
        symptomWakeProbability = symptomWakeProbability == null ? 0.06 : symptomWakeProbability;
        awakeMinutes = awakeMinutes == null ? 45.0 : awakeMinutes;
        Problems p = new Problems();
        FieldRules.checkRecord(SleepSettings.class, p, bedtime, wakeTime, alertWakeProbability, symptomWakeMgDl,
                symptomWakeProbability, awakeMinutes);
        if (bedtime != null && bedtime.equals(wakeTime)) {
            p.add("bedtime", bedtime, "a clock time other than wakeTime " + wakeTime, "e.g. \"23:00\" with \"07:00\"");
        }
        p.throwIfAny();
    }

    /** The defaults: a night by age group, woken by 29 % of alerts and 6 % of lows. */
    public static SleepSettings defaults() {
        return new SleepSettings(null, null, null, null, null, null);
    }

    /** Bedtime as minutes after midnight for a patient of {@code ageYears}. */
    public int bedtimeMinuteOfDay(double ageYears) {
        if (bedtime != null) {
            return TimeOfDay.minutesOfDay("bedtime", bedtime);
        }
        if (ageYears < 13) {
            return 21 * 60;
        }
        return ageYears < 20 ? 22 * 60 : 23 * 60;
    }

    /** Wake time as minutes after midnight. */
    public int wakeMinuteOfDay() {
        return TimeOfDay.minutesOfDay("wakeTime", wakeTime);
    }
}
