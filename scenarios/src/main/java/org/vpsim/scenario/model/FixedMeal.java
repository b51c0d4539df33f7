package org.vpsim.scenario.model;

/** A meal eaten every day at a clock time. {@code announced}: whether the controller is told (default true). */
public record FixedMeal(String time, double carbsGrams, Boolean announced) {
    public FixedMeal {
        TimeOfDay.minutesOfDay("time", time);
        Checks.positive("carbsGrams", carbsGrams, " g");
        Checks.inRange("carbsGrams", carbsGrams, 0, 500, " g");
        announced = announced == null ? Boolean.TRUE : announced;
    }

    public int minuteOfDay() {
        return TimeOfDay.minutesOfDay("time", time);
    }
}
