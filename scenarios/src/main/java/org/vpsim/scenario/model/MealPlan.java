package org.vpsim.scenario.model;

import java.util.List;

/** The meals of a scenario: the same for every arm, drawn per patient (common random numbers). */
public record MealPlan(
        @Field(doc = "Meals eaten every day at a fixed clock time.", dflt = "[]", maxItems = 24,
                example = "[{\"time\": \"07:00\", \"carbsGrams\": 50}]")
        List<FixedMeal> fixed,
        @Field(doc = "Meal slots drawn each day per patient (time, size, whether eaten).", dflt = "[]", maxItems = 24,
                example = "[{\"name\": \"lunch\", \"probability\": 0.95, \"meanTime\": \"12:00\", \"timeSdMinutes\": 60,"
                        + " \"meanCarbsGrams\": 70, \"sdCarbsGrams\": 10}]")
        List<RandomMeal> random,
        @Field(doc = "How fast carbohydrate is eaten: a meal of C grams lasts C / rate minutes (simglucose's 5 g/min).",
                unit = "g/min", dflt = "5", min = 0.1, max = 100, example = "5")
        Double eatingRateGramsPerMinute,
        @Field(doc = "Standard deviation of the relative error of announced carbs, drawn per meal (0: perfect"
                + " carb counting).", unit = "%", dflt = "0", min = 0, max = 50, example = "20")
        Double carbCountErrorSdPercent,
        @Field(doc = "When a meal is announced to the controller relative to its start: negative = before the meal"
                + " (pre-bolus), positive = after.", unit = "min", dflt = "0", min = -60, max = 60, example = "-15")
        Integer bolusOffsetMinutes) {
    public MealPlan {
        fixed = fixed == null ? List.of() : List.copyOf(fixed);
        random = random == null ? List.of() : List.copyOf(random);
        eatingRateGramsPerMinute = eatingRateGramsPerMinute == null ? 5.0 : eatingRateGramsPerMinute;
        carbCountErrorSdPercent = carbCountErrorSdPercent == null ? 0.0 : carbCountErrorSdPercent;
        bolusOffsetMinutes = bolusOffsetMinutes == null ? 0 : bolusOffsetMinutes;
        Problems p = new Problems();
        FieldRules.checkRecord(MealPlan.class, p, fixed, random, eatingRateGramsPerMinute, carbCountErrorSdPercent,
                bolusOffsetMinutes);
        p.throwIfAny();
    }

    public static MealPlan none() {
        return new MealPlan(null, null, null, null, null);
    }
}
