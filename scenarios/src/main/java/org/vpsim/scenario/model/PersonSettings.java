package org.vpsim.scenario.model;

/**
 * The simulated person who wears the pump (issue 16): treats lows, sometimes misses or delays a meal bolus, and does
 * not take a full bolus at a low reading; a companion treats severe hypoglycaemia. Every field is optional; a
 * missing one takes the default shown. Random choices come from the patient's own PERSON stream.
 *
 * @param enabled                   false: no behaviour at all (meals bolused as announced, no rescue carbs, no
 *                                  emergency treatment) — the behaviour before issue 16. Default true
 * @param rescueThresholdMgDl       the person eats rescue carbs when a CGM reading is below this (70 mg/dL: the
 *                                  level-1 hypoglycaemia threshold, Battelino et al. 2019, Diabetes Care 42:1593)
 * @param rescueMinCarbsGrams       smallest rescue (15 g: the "15-15 rule", ADA Standards of Care 2024 §6)
 * @param rescueMaxCarbsGrams       largest rescue (20 g); each rescue is drawn uniformly in [min, max], then capped
 *                                  at {@code rescueCarbsGramsPerKg} × body weight (at least 5 g)
 * @param rescueCarbsGramsPerKg     weight-based cap of a rescue (0.3 g/kg: ISPAD 2018 Clinical Practice Consensus
 *                                  Guidelines, Abraham et al., Pediatr Diabetes 19 Suppl 27:178 — about 10 g for a
 *                                  30 kg child; adults stay at 15-20 g)
 * @param rescueConfirmReadings     consecutive CGM readings below the threshold before the person treats (2: a
 *                                  single low reading is looked at again 5 min later — the person's judgement of
 *                                  sensor noise; an assumption); a reading below 54 mg/dL (level 2) is treated at
 *                                  once
 * @param rescueRepeatMinutes       a further rescue only after this long (15 min: re-check after 15 min)
 * @param rescueEatingRateGramsPerMinute how fast rescue carbs are taken (g/min; 15: juice or tablets in a minute)
 * @param missedBolusProbability    probability that an announced meal gets no bolus at all; null: by age group
 *                                  (adolescents 0.15, adults 0.05, children 0.03 — adolescents miss most boluses,
 *                                  Burdick et al. 2004, Pediatrics 113(3):e221; Olinder et al. 2009, Pediatr
 *                                  Diabetes 10:142; the figures are assumptions within their reported ranges)
 * @param delayedBolusProbability   probability that a (not missed) meal bolus is taken late (0.2: an assumption)
 * @param maxBolusDelayMinutes      a late bolus comes uniformly 10 min to this after the meal starts (45)
 * @param lowReadingMgDl            at a CGM reading below this at meal time the person enters only a fraction of
 *                                  the meal's carbs (70); the bolus calculator's own negative correction below
 *                                  target applies on top
 * @param lowReadingBolusFraction   that fraction (0.5: an assumption)
 * @param severeThresholdMgDl       the companion treats when plasma glucose is below this (40 mg/dL: severe,
 *                                  level-3 hypoglycaemia with impaired cognition; the person can no longer treat)
 * @param emergencyCarbsGrams       the companion's treatment: oral/buccal glucose gel, repeated every rescue
 *                                  interval while still below the threshold (20 g)
 * @param highCorrectionMgDl        the person gives a correction bolus (calculator arithmetic: (CGM − target)/CF
 *                                  less insulin on board) when a CGM reading is at or above this (250 mg/dL) ...
 * @param highCorrectionWaitHours   ... and at least this long after their last bolus (3 h: the insulin-stacking
 *                                  rule of pump education, e.g. Walsh &amp; Roberts, Pumping Insulin)
 */
public record PersonSettings(Boolean enabled, Double rescueThresholdMgDl, Double rescueMinCarbsGrams,
                             Double rescueMaxCarbsGrams, Double rescueCarbsGramsPerKg, Integer rescueConfirmReadings,
                             Double rescueRepeatMinutes,
                             Double rescueEatingRateGramsPerMinute, Double missedBolusProbability,
                             Double delayedBolusProbability, Double maxBolusDelayMinutes,
                             Double lowReadingMgDl, Double lowReadingBolusFraction, Double severeThresholdMgDl,
                             Double emergencyCarbsGrams, Double highCorrectionMgDl, Double highCorrectionWaitHours) {
    public PersonSettings {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        rescueThresholdMgDl = Checks.inRange("rescueThresholdMgDl", or(rescueThresholdMgDl, 70.0), 40, 150, " mg/dL");
        rescueMinCarbsGrams = Checks.inRange("rescueMinCarbsGrams", or(rescueMinCarbsGrams, 15.0), 1, 100, " g");
        rescueMaxCarbsGrams = Checks.inRange("rescueMaxCarbsGrams", or(rescueMaxCarbsGrams, 20.0),
                rescueMinCarbsGrams, 100, " g");
        rescueCarbsGramsPerKg = Checks.inRange("rescueCarbsGramsPerKg", or(rescueCarbsGramsPerKg, 0.3), 0.05, 2, " g/kg");
        rescueConfirmReadings = rescueConfirmReadings == null ? 2 : rescueConfirmReadings;
        Checks.inRange("rescueConfirmReadings", rescueConfirmReadings, 1, 6, "");
        rescueRepeatMinutes = Checks.inRange("rescueRepeatMinutes", or(rescueRepeatMinutes, 15.0), 1, 240, " min");
        rescueEatingRateGramsPerMinute = Checks.positive("rescueEatingRateGramsPerMinute",
                or(rescueEatingRateGramsPerMinute, 15.0), " g/min");
        if (missedBolusProbability != null) {
            Checks.probability("missedBolusProbability", missedBolusProbability);
        }
        delayedBolusProbability = Checks.probability("delayedBolusProbability", or(delayedBolusProbability, 0.2));
        maxBolusDelayMinutes = Checks.inRange("maxBolusDelayMinutes", or(maxBolusDelayMinutes, 45.0), 10, 240, " min");
        lowReadingMgDl = Checks.inRange("lowReadingMgDl", or(lowReadingMgDl, 70.0), 40, 150, " mg/dL");
        lowReadingBolusFraction = Checks.probability("lowReadingBolusFraction", or(lowReadingBolusFraction, 0.5));
        severeThresholdMgDl = Checks.inRange("severeThresholdMgDl", or(severeThresholdMgDl, 40.0), 20, 70, " mg/dL");
        emergencyCarbsGrams = Checks.inRange("emergencyCarbsGrams", or(emergencyCarbsGrams, 20.0), 1, 100, " g");
        highCorrectionMgDl = Checks.inRange("highCorrectionMgDl", or(highCorrectionMgDl, 250.0), 150, 1000, " mg/dL");
        highCorrectionWaitHours = Checks.inRange("highCorrectionWaitHours", or(highCorrectionWaitHours, 3.0), 1, 24, " h");
    }

    /** The defaults (behaviour on). */
    public static PersonSettings defaults() {
        return new PersonSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** No behaviour: the person of earlier versions, who boluses every announced meal as announced. */
    public static PersonSettings off() {
        return new PersonSettings(false, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
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

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
