package org.vpsim.scenario.model;

import java.util.List;

/**
 * The meals of a scenario. Patients eat at {@code eatingRateGramsPerMinute} (5 g/min by default, as
 * simglucose does). {@code carbCountErrorSdPercent}: SD of the relative error of announced carbs
 * (drawn per meal from the CARB_COUNTING stream; 0 = perfect counting). {@code bolusOffsetMinutes}:
 * when the meal is announced relative to its start (negative = pre-bolus).
 */
public record MealPlan(List<FixedMeal> fixed, List<RandomMeal> random, Double eatingRateGramsPerMinute,
                       Double carbCountErrorSdPercent, Integer bolusOffsetMinutes) {
    public MealPlan {
        fixed = fixed == null ? List.of() : List.copyOf(fixed);
        random = random == null ? List.of() : List.copyOf(random);
        eatingRateGramsPerMinute = eatingRateGramsPerMinute == null ? 5.0 : eatingRateGramsPerMinute;
        Checks.inRange("eatingRateGramsPerMinute", eatingRateGramsPerMinute, 0.1, 100, " g/min");
        carbCountErrorSdPercent = carbCountErrorSdPercent == null ? 0.0 : carbCountErrorSdPercent;
        Checks.inRange("carbCountErrorSdPercent", carbCountErrorSdPercent, 0, 50, " %");
        bolusOffsetMinutes = bolusOffsetMinutes == null ? 0 : bolusOffsetMinutes;
        Checks.inRange("bolusOffsetMinutes", bolusOffsetMinutes, -60, 60, " min");
    }

    public static MealPlan none() {
        return new MealPlan(null, null, null, null, null);
    }
}
