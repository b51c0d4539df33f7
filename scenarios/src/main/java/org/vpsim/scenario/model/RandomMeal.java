package org.vpsim.scenario.model;

/**
 * A meal slot drawn each day from the patient's MEALS stream: eaten with {@code probability}; its
 * start time is normal around {@code meanTime} with SD {@code timeSdMinutes}, truncated to
 * [{@code earliestTime}, {@code latestTime}] (default ±3 SD); its size is normal with mean {@code meanCarbsGrams} and SD {@code sdCarbsGrams},
 * truncated to [{@code minCarbsGrams}, {@code maxCarbsGrams}] and rounded to whole grams. This is the
 * shape of the randomized meal scenarios used with simglucose (Xie 2018) and in Camerlingo et al.
 * 2021; the defaults of the built-in study are stated there.
 */
public record RandomMeal(
        @Field(doc = "Name of the meal slot (for reading the events).", required = true, pattern = "[\\s\\S]*\\S[\\s\\S]*",
                patternWords = "a non-blank text", example = "\"breakfast\"")
        String name,
        @Field(doc = "Probability that the meal is eaten on a given day.", min = 0, max = 1, example = "0.95")
        double probability,
        @Field(doc = "Mean clock time of the meal start.", required = true, pattern = TimeOfDay.PATTERN,
                patternWords = TimeOfDay.WORDS, example = "\"12:00\"")
        String meanTime,
        @Field(doc = "Standard deviation of the meal start time.", unit = "min", min = 0, max = 240, example = "60")
        double timeSdMinutes,
        @Field(doc = "Earliest start (the normal draw is truncated here); at most meanTime. Absent: meanTime − 3 SD"
                + " (not before 00:00).", pattern = TimeOfDay.PATTERN, patternWords = TimeOfDay.WORDS, example = "\"10:00\"")
        String earliestTime,
        @Field(doc = "Latest start; at least meanTime. Absent: meanTime + 3 SD (not after 23:59).",
                pattern = TimeOfDay.PATTERN, patternWords = TimeOfDay.WORDS, example = "\"14:00\"")
        String latestTime,
        @Field(doc = "Mean carbohydrate of the meal.", unit = "g", min = 0, minExclusive = true, max = 500, example = "70")
        double meanCarbsGrams,
        @Field(doc = "Standard deviation of the carbohydrate of the meal.", unit = "g", min = 0, max = 200, example = "10")
        double sdCarbsGrams,
        @Field(doc = "Smallest meal drawn (the normal draw is truncated here).", unit = "g", dflt = "1", min = 0,
                minExclusive = true, max = 500, example = "5")
        Double minCarbsGrams,
        @Field(doc = "Largest meal drawn; at least minCarbsGrams.", unit = "g", dflt = "300", min = 0, minExclusive = true,
                max = 500, example = "150")
        Double maxCarbsGrams,
        @Field(doc = "Whether the controller is told about the meal.", dflt = "true", example = "false")
        Boolean announced) {
    public RandomMeal {
        minCarbsGrams = minCarbsGrams == null ? 1.0 : minCarbsGrams;
        maxCarbsGrams = maxCarbsGrams == null ? 300.0 : maxCarbsGrams;
        announced = announced == null ? Boolean.TRUE : announced;
        Problems p = new Problems();
        FieldRules.checkRecord(RandomMeal.class, p, name, probability, meanTime, timeSdMinutes, earliestTime, latestTime,
                meanCarbsGrams, sdCarbsGrams, minCarbsGrams, maxCarbsGrams, announced);
        int mean = TimeOfDay.orMinusOne(meanTime);
        if (mean >= 0 && earliestTime != null && TimeOfDay.orMinusOne(earliestTime) > mean) {
            p.add("earliestTime", earliestTime, "a time at or before meanTime " + meanTime, "");
        }
        if (mean >= 0 && latestTime != null && TimeOfDay.orMinusOne(latestTime) >= 0
                && TimeOfDay.orMinusOne(latestTime) < mean) {
            p.add("latestTime", latestTime, "a time at or after meanTime " + meanTime, "");
        }
        if (maxCarbsGrams < minCarbsGrams) {
            p.add("maxCarbsGrams", maxCarbsGrams, "at least minCarbsGrams " + FieldRules.fmt(minCarbsGrams) + " g", "");
        }
        p.throwIfAny();
    }

    public int meanMinuteOfDay() {
        return TimeOfDay.minutesOfDay("meanTime", meanTime);
    }

    /** Earliest start (minutes of day; may be negative for "the evening before" is not supported). */
    public double earliestMinuteOfDay() {
        return earliestTime != null ? TimeOfDay.minutesOfDay("earliestTime", earliestTime)
                : Math.max(0, meanMinuteOfDay() - 3 * timeSdMinutes);
    }

    public double latestMinuteOfDay() {
        return latestTime != null ? TimeOfDay.minutesOfDay("latestTime", latestTime)
                : Math.min(1439, meanMinuteOfDay() + 3 * timeSdMinutes);
    }
}
