package org.vpsim.scenario.model;

/**
 * A meal slot drawn each day from the patient's MEALS stream: eaten with {@code probability}; its
 * start time is normal around {@code meanTime} with SD {@code timeSdMinutes}, truncated to
 * [{@code earliestTime}, {@code latestTime}] (default ±3 SD); its size is normal with mean {@code meanCarbsGrams} and SD {@code sdCarbsGrams},
 * truncated to [{@code minCarbsGrams}, {@code maxCarbsGrams}] and rounded to whole grams. This is the
 * shape of the randomized meal scenarios used with simglucose (Xie 2018) and in Camerlingo et al.
 * 2021; the defaults of the built-in study are stated there.
 */
public record RandomMeal(String name, double probability, String meanTime, double timeSdMinutes,
                         String earliestTime, String latestTime, double meanCarbsGrams, double sdCarbsGrams, Double minCarbsGrams,
                         Double maxCarbsGrams, Boolean announced) {
    public RandomMeal {
        Checks.nonBlank("name", name);
        Checks.probability("probability", probability);
        TimeOfDay.minutesOfDay("meanTime", meanTime);
        Checks.inRange("timeSdMinutes", timeSdMinutes, 0, 240, " min");
        int mean = TimeOfDay.minutesOfDay("meanTime", meanTime);
        if (earliestTime != null && TimeOfDay.minutesOfDay("earliestTime", earliestTime) > mean) {
            throw new IllegalArgumentException("earliestTime: '" + earliestTime + "' is after meanTime '" + meanTime + "'");
        }
        if (latestTime != null && TimeOfDay.minutesOfDay("latestTime", latestTime) < mean) {
            throw new IllegalArgumentException("latestTime: '" + latestTime + "' is before meanTime '" + meanTime + "'");
        }
        Checks.positive("meanCarbsGrams", meanCarbsGrams, " g");
        Checks.nonNegative("sdCarbsGrams", sdCarbsGrams, " g");
        minCarbsGrams = minCarbsGrams == null ? 1.0 : minCarbsGrams;
        maxCarbsGrams = maxCarbsGrams == null ? 300.0 : maxCarbsGrams;
        Checks.positive("minCarbsGrams", minCarbsGrams, " g");
        Checks.inRange("maxCarbsGrams", maxCarbsGrams, minCarbsGrams, 500, " g");
        announced = announced == null ? Boolean.TRUE : announced;
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
