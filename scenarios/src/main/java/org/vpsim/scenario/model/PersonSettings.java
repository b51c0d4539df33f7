package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The simulated person who wears the pump (issue 16): treats lows, sometimes misses or delays a meal bolus, and does
 * not take a full bolus at a low reading; a companion treats severe hypoglycaemia. Every field is optional; a
 * missing one takes the default shown. Random choices come from the patient's own PERSON stream.
 *
 * <p>Sources of the defaults: 70 mg/dL is the level-1 hypoglycaemia threshold and 54 mg/dL level 2 (Battelino et
 * al. 2019, Diabetes Care 42:1593); 15-20 g rescues re-checked after 15 min are the "15-15 rule" (ADA Standards of
 * Care 2024 §6); the 0.3 g/kg cap is from the ISPAD 2018 Clinical Practice Consensus Guidelines (Abraham et al.,
 * Pediatr Diabetes 19 Suppl 27:178: about 10 g for a 30 kg child); missed boluses by age group follow Burdick et al.
 * 2004 (Pediatrics 113(3):e221) and Olinder et al. 2009 (Pediatr Diabetes 10:142), the figures being assumptions
 * within their reported ranges; the 3-hour correction wait is the insulin-stacking rule of pump education (e.g.
 * Walsh &amp; Roberts, Pumping Insulin). Figures marked "assumption" in the field docs have no published source.
 */
public record PersonSettings(
        @Field(doc = "false: no behaviour at all (meals bolused as announced, no rescue carbs, no emergency treatment),"
                + " the behaviour before issue 16.", dflt = "true", example = "false")
        Boolean enabled,
        @Field(doc = "The person eats rescue carbs when a CGM reading is below this (the level-1 hypoglycaemia"
                + " threshold, Battelino et al. 2019).", unit = "mg/dL", dflt = "70", min = 40, max = 150, example = "70")
        Double rescueThresholdMgDl,
        @Field(doc = "Smallest rescue (the \"15-15 rule\", ADA Standards of Care 2024).", unit = "g", dflt = "15",
                min = 1, max = 100, example = "15")
        Double rescueMinCarbsGrams,
        @Field(doc = "Largest rescue; each rescue is drawn uniformly between rescueMinCarbsGrams and this, then capped"
                + " at rescueCarbsGramsPerKg × body weight (at least 5 g). At least rescueMinCarbsGrams.", unit = "g",
                dflt = "20", min = 1, max = 100, example = "20")
        Double rescueMaxCarbsGrams,
        @Field(doc = "Weight-based cap of a rescue (ISPAD 2018: about 10 g for a 30 kg child; adults stay at 15-20 g).",
                unit = "g/kg", dflt = "0.3", min = 0.05, max = 2, example = "0.3")
        Double rescueCarbsGramsPerKg,
        @Field(doc = "Consecutive CGM readings below the threshold before the person treats (a single low reading is"
                + " looked at again; an assumption); a reading below 54 mg/dL (level 2) is treated at once.",
                dflt = "2", min = 1, max = 6, example = "2")
        Integer rescueConfirmReadings,
        @Field(doc = "A further rescue only after this long (re-check after 15 min).", unit = "min", dflt = "15",
                min = 1, max = 240, example = "15")
        Double rescueRepeatMinutes,
        @Field(doc = "How fast rescue carbs are taken (15 g/min: juice or tablets in a minute).", unit = "g/min",
                dflt = "15", min = 0, minExclusive = true, max = 1000, example = "15")
        Double rescueEatingRateGramsPerMinute,
        @Field(doc = "Probability that an announced meal gets no bolus at all. Absent: by age group (adolescents 0.15,"
                + " adults 0.05, children 0.03; Burdick et al. 2004, Olinder et al. 2009; assumptions within their"
                + " reported ranges).", min = 0, max = 1, example = "0.05")
        Double missedBolusProbability,
        @Field(doc = "Probability that a (not missed) meal bolus is taken late (an assumption).", dflt = "0.2", min = 0,
                max = 1, example = "0.2")
        Double delayedBolusProbability,
        @Field(doc = "A late bolus comes uniformly 10 min to this after the meal starts.", unit = "min", dflt = "45",
                min = 10, max = 240, example = "45")
        Double maxBolusDelayMinutes,
        @Field(doc = "At a CGM reading below this at meal time the person enters only lowReadingBolusFraction of the"
                + " meal's carbs; the bolus calculator's own negative correction below target applies on top.",
                unit = "mg/dL", dflt = "70", min = 40, max = 150, example = "70")
        Double lowReadingMgDl,
        @Field(doc = "The fraction of the meal's carbs entered at a low reading (an assumption).", dflt = "0.5", min = 0,
                max = 1, example = "0.5")
        Double lowReadingBolusFraction,
        @Field(doc = "A companion treats when plasma glucose has stayed below this for severeAfterMinutes without the"
                + " person treating (severe, level-3 hypoglycaemia with impaired cognition: the person can no longer"
                + " treat).", unit = "mg/dL", dflt = "40", min = 20, max = 70,
                example = "40")
        Double severeThresholdMgDl,
        @Field(doc = "The companion's treatment (oral or buccal glucose gel), repeated every rescueRepeatMinutes while"
                + " still below severeThresholdMgDl.", unit = "g", dflt = "20", min = 1, max = 100, example = "20")
        Double emergencyCarbsGrams,
        @Field(doc = "The person gives a correction bolus ((CGM − target) / correction factor, less insulin on board)"
                + " when a CGM reading is at or above this and highCorrectionWaitHours have passed since their last"
                + " bolus.", unit = "mg/dL", dflt = "250", min = 150, max = 1000, example = "250")
        Double highCorrectionMgDl,
        @Field(doc = "Least time since the last bolus before a correction bolus (the insulin-stacking rule of pump"
                + " education).", unit = "h", dflt = "3", min = 1, max = 24, example = "3")
        Double highCorrectionWaitHours,
        @Field(doc = "Hypoglycaemia awareness. impaired (a Gold score of 4 or more: Gold et al. 1994, Diabetes Care"
                + " 17:697; about 1 adult with type 1 diabetes in 5, Geddes et al. 2008, Diabet Med 25:501, with several"
                + " times the rate of severe hypoglycaemia): the person does not act on a low CGM reading by looking at"
                + " it, only after a CGM low alert (answered after alertResponseMinutes) or on symptoms, which come"
                + " late (symptomThresholdMgDl), are sometimes missed (missedSymptomsProbability) and are treated after"
                + " a delay (treatmentDelayMinutes). Absent: normal (the person acts on low readings as before).",
                values = {"normal", "impaired"}, example = "\"impaired\"")
        @JsonInclude(JsonInclude.Include.NON_NULL) String hypoAwareness,
        @Field(doc = "Impaired awareness: plasma glucose below which symptoms can be noticed. Absent: 45 mg/dL (an"
                + " assumption: symptoms start below the 54 mg/dL level-2 threshold, where the Clarke questionnaire,"
                + " Clarke et al. 1995 Diabetes Care 18:517, places reduced awareness).", unit = "mg/dL", min = 30,
                max = 70, example = "45")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double symptomThresholdMgDl,
        @Field(doc = "Impaired awareness: probability that an episode's symptoms go unnoticed (drawn once per"
                + " episode). Absent: 0.5 (an assumption).", min = 0, max = 1, example = "0.5")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double missedSymptomsProbability,
        @Field(doc = "Impaired awareness: mean delay from noticed symptoms to treatment (exponential). Absent: 15 min"
                + " (an assumption: neuroglycopenia slows the person).", unit = "min", min = 0, max = 240, example = "15")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double treatmentDelayMinutes,
        @Field(doc = "Mean time from a CGM alert to the person's check (exponential, from the PERSON stream). Absent:"
                + " 10 min (an assumption).", unit = "min", min = 0, max = 240, example = "10")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double alertResponseMinutes,
        @Field(doc = "What makes the person correct a high: reading (any CGM reading at or above highCorrectionMgDl,"
                + " as if always looking) or alert (only a CGM high alert, or a meal bolus). Absent: reading.",
                values = {"reading", "alert"}, example = "\"alert\"")
        @JsonInclude(JsonInclude.Include.NON_NULL) String highCorrectionTrigger,
        @Field(doc = "Unexplained high: when a CGM reading is still at or above highCorrectionMgDl and no lower than at"
                + " the person's last correction, given at least this long ago (and within highCorrectionWaitHours),"
                + " the person suspects the infusion set, changes it and corrects again (the pump-education rule:"
                + " a high not falling an hour after a correction means a set change; e.g. Walsh & Roberts, Pumping"
                + " Insulin). Pump arms only. Absent: the set is never suspected.", unit = "min", min = 30, max = 360,
                example = "60")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double suspectSetAfterMinutes,
        @Field(doc = "How long plasma glucose must stay below severeThresholdMgDl, with no rescue by the person in that"
                + " time, before the person counts as incapacitated and the companion treats (a severe, level-3 event:"
                + " \"requiring assistance\", International Hypoglycaemia Study Group 2017, Diabetes Care 40:155)."
                + " Glucose below 40 mg/dL is under the level at which cognition deteriorates (49 mg/dL, Mitrakou et al."
                + " 1991, Am J Physiol 260:E67), but brief insulin-induced nadirs near 30 mg/dL left consciousness intact"
                + " (Ann Emerg Med 1999, 33:291), and a person still treating their own low does not need assistance;"
                + " the 30 min are an assumption. 0: the companion treats at the first sample below the threshold (the"
                + " rule before).",
                unit = "min", dflt = "30", min = 0, max = 240, example = "30")
        Double severeAfterMinutes,
        @Field(doc = "The person's night: between bedtime and wake time lows are not treated and highs not corrected"
                + " unless a CGM alert or the low itself wakes the person (see the sleep object). Absent: the person is"
                + " awake at every hour, as before.", example = "{\"bedtime\": \"23:00\", \"wakeTime\": \"07:00\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) SleepSettings sleep) {
    public PersonSettings {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        rescueThresholdMgDl = or(rescueThresholdMgDl, 70.0);
        rescueMinCarbsGrams = or(rescueMinCarbsGrams, 15.0);
        rescueMaxCarbsGrams = or(rescueMaxCarbsGrams, 20.0);
        rescueCarbsGramsPerKg = or(rescueCarbsGramsPerKg, 0.3);
        rescueConfirmReadings = rescueConfirmReadings == null ? 2 : rescueConfirmReadings;
        rescueRepeatMinutes = or(rescueRepeatMinutes, 15.0);
        rescueEatingRateGramsPerMinute = or(rescueEatingRateGramsPerMinute, 15.0);
        delayedBolusProbability = or(delayedBolusProbability, 0.2);
        maxBolusDelayMinutes = or(maxBolusDelayMinutes, 45.0);
        lowReadingMgDl = or(lowReadingMgDl, 70.0);
        lowReadingBolusFraction = or(lowReadingBolusFraction, 0.5);
        severeThresholdMgDl = or(severeThresholdMgDl, 40.0);
        emergencyCarbsGrams = or(emergencyCarbsGrams, 20.0);
        highCorrectionMgDl = or(highCorrectionMgDl, 250.0);
        highCorrectionWaitHours = or(highCorrectionWaitHours, 3.0);
        severeAfterMinutes = or(severeAfterMinutes, 30.0);
        Problems p = new Problems();
        FieldRules.checkRecord(PersonSettings.class, p, enabled, rescueThresholdMgDl, rescueMinCarbsGrams,
                rescueMaxCarbsGrams, rescueCarbsGramsPerKg, rescueConfirmReadings, rescueRepeatMinutes,
                rescueEatingRateGramsPerMinute, missedBolusProbability, delayedBolusProbability, maxBolusDelayMinutes,
                lowReadingMgDl, lowReadingBolusFraction, severeThresholdMgDl, emergencyCarbsGrams, highCorrectionMgDl,
                highCorrectionWaitHours, hypoAwareness, symptomThresholdMgDl, missedSymptomsProbability,
                treatmentDelayMinutes, alertResponseMinutes, highCorrectionTrigger, suspectSetAfterMinutes,
                severeAfterMinutes, sleep);
        if (rescueMaxCarbsGrams < rescueMinCarbsGrams) {
            p.add("rescueMaxCarbsGrams", rescueMaxCarbsGrams, "at least rescueMinCarbsGrams "
                    + FieldRules.fmt(rescueMinCarbsGrams) + " g", "");
        }
        p.throwIfAny();
    }

    /** The person as before issue 14: normal awareness, corrections on readings, the set never suspected. */
    public PersonSettings(Boolean enabled, Double rescueThresholdMgDl, Double rescueMinCarbsGrams,
                          Double rescueMaxCarbsGrams, Double rescueCarbsGramsPerKg, Integer rescueConfirmReadings,
                          Double rescueRepeatMinutes, Double rescueEatingRateGramsPerMinute,
                          Double missedBolusProbability, Double delayedBolusProbability, Double maxBolusDelayMinutes,
                          Double lowReadingMgDl, Double lowReadingBolusFraction, Double severeThresholdMgDl,
                          Double emergencyCarbsGrams, Double highCorrectionMgDl, Double highCorrectionWaitHours) {
        this(enabled, rescueThresholdMgDl, rescueMinCarbsGrams, rescueMaxCarbsGrams, rescueCarbsGramsPerKg,
                rescueConfirmReadings, rescueRepeatMinutes, rescueEatingRateGramsPerMinute, missedBolusProbability,
                delayedBolusProbability, maxBolusDelayMinutes, lowReadingMgDl, lowReadingBolusFraction,
                severeThresholdMgDl, emergencyCarbsGrams, highCorrectionMgDl, highCorrectionWaitHours,
                null, null, null, null, null, null, null);
    }

    /** The person as before sleep and the sustained severe rule: the default severe rule, awake at every hour. */
    public PersonSettings(Boolean enabled, Double rescueThresholdMgDl, Double rescueMinCarbsGrams,
                          Double rescueMaxCarbsGrams, Double rescueCarbsGramsPerKg, Integer rescueConfirmReadings,
                          Double rescueRepeatMinutes, Double rescueEatingRateGramsPerMinute,
                          Double missedBolusProbability, Double delayedBolusProbability, Double maxBolusDelayMinutes,
                          Double lowReadingMgDl, Double lowReadingBolusFraction, Double severeThresholdMgDl,
                          Double emergencyCarbsGrams, Double highCorrectionMgDl, Double highCorrectionWaitHours,
                          String hypoAwareness, Double symptomThresholdMgDl, Double missedSymptomsProbability,
                          Double treatmentDelayMinutes, Double alertResponseMinutes, String highCorrectionTrigger,
                          Double suspectSetAfterMinutes) {
        this(enabled, rescueThresholdMgDl, rescueMinCarbsGrams, rescueMaxCarbsGrams, rescueCarbsGramsPerKg,
                rescueConfirmReadings, rescueRepeatMinutes, rescueEatingRateGramsPerMinute, missedBolusProbability,
                delayedBolusProbability, maxBolusDelayMinutes, lowReadingMgDl, lowReadingBolusFraction,
                severeThresholdMgDl, emergencyCarbsGrams, highCorrectionMgDl, highCorrectionWaitHours,
                hypoAwareness, symptomThresholdMgDl, missedSymptomsProbability, treatmentDelayMinutes,
                alertResponseMinutes, highCorrectionTrigger, suspectSetAfterMinutes, null, null);
    }

    /** A copy with {@code sleep} (null: awake at every hour). */
    public PersonSettings withSleep(SleepSettings sleep) {
        return new PersonSettings(enabled, rescueThresholdMgDl, rescueMinCarbsGrams, rescueMaxCarbsGrams,
                rescueCarbsGramsPerKg, rescueConfirmReadings, rescueRepeatMinutes, rescueEatingRateGramsPerMinute,
                missedBolusProbability, delayedBolusProbability, maxBolusDelayMinutes, lowReadingMgDl,
                lowReadingBolusFraction, severeThresholdMgDl, emergencyCarbsGrams, highCorrectionMgDl,
                highCorrectionWaitHours, hypoAwareness, symptomThresholdMgDl, missedSymptomsProbability,
                treatmentDelayMinutes, alertResponseMinutes, highCorrectionTrigger, suspectSetAfterMinutes,
                severeAfterMinutes, sleep);
    }

    /** The defaults (behaviour on). */
    public static PersonSettings defaults() {
        return new PersonSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** No behaviour: the person of earlier versions, who boluses every announced meal as announced. */
    public static PersonSettings off() {
        return new PersonSettings(false, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** The probability of missing a meal bolus for a patient of {@code ageYears}: the setting, or by age group. */
    public double missedBolusProbabilityAt(double ageYears) {
        if (missedBolusProbability != null) {
            return missedBolusProbability;
        }
        if (ageYears < 13) {
            return 0.03; // children: parents give or supervise the bolus
        }
        return ageYears < 20 ? 0.15 : 0.05;
    }

    /** True with impaired hypoglycaemia awareness: lows are acted on only after an alert or on (late) symptoms. */
    public boolean impairedAwareness() {
        return "impaired".equals(hypoAwareness);
    }

    /** Plasma glucose below which an impaired-awareness person can notice symptoms (mg/dL). */
    public double effectiveSymptomThresholdMgDl() {
        return or(symptomThresholdMgDl, 45.0);
    }

    /** Probability that an impaired-awareness person misses an episode's symptoms. */
    public double effectiveMissedSymptomsProbability() {
        return or(missedSymptomsProbability, 0.5);
    }

    /** Mean delay from noticed symptoms to treatment (min). */
    public double effectiveTreatmentDelayMinutes() {
        return or(treatmentDelayMinutes, 15.0);
    }

    /** Mean time from a CGM alert to the person's check (min). */
    public double effectiveAlertResponseMinutes() {
        return or(alertResponseMinutes, 10.0);
    }

    /** True when the person corrects highs only after a CGM high alert. */
    public boolean correctsHighsOnAlertOnly() {
        return "alert".equals(highCorrectionTrigger);
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
