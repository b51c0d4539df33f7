package org.vpsim.scenario.model;

/** A meal eaten every day at a clock time. */
public record FixedMeal(
        @Field(doc = "Clock time the meal starts.", required = true, pattern = TimeOfDay.PATTERN,
                patternWords = TimeOfDay.WORDS, example = "\"07:00\"")
        String time,
        @Field(doc = "Carbohydrate eaten.", unit = "g", min = 0, minExclusive = true, max = 500, example = "50")
        double carbsGrams,
        @Field(doc = "Whether the controller is told about the meal (a bolus calculator then doses for it).",
                dflt = "true", example = "false")
        Boolean announced) {
    public FixedMeal {
        announced = announced == null ? Boolean.TRUE : announced;
        Problems p = new Problems();
        FieldRules.checkRecord(FixedMeal.class, p, time, carbsGrams, announced);
        p.throwIfAny();
    }

    public int minuteOfDay() {
        return TimeOfDay.minutesOfDay("time", time);
    }
}
