package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.vpsim.core.SimTime;
import org.vpsim.scenario.model.FixedMeal;
import org.vpsim.scenario.model.MealPlan;
import org.vpsim.scenario.model.RandomMeal;

/**
 * Expands a {@link MealPlan} into the concrete meals of one patient. Randomness comes only from the
 * patient's MEALS stream (and CARB_COUNTING stream for announced-carb errors), consumed in a fixed
 * pattern — per day, per slot, always the same number of draws whether or not the meal is eaten — so
 * the meals of a patient do not depend on the arm, on other patients or on thread scheduling.
 */
public final class MealSchedule {
    /** A concrete meal: when eating starts, grams eaten, grams announced to the controller (0 = unannounced). */
    public record Meal(long startMillis, double carbsGrams, double announcedCarbsGrams, long announceMillis) {
    }

    private MealSchedule() {
    }

    /**
     * @param startMinuteOfDay clock minute at which the scenario starts
     * @param durationMillis   scenario length
     */
    public static List<Meal> expand(MealPlan plan, int startMinuteOfDay, long durationMillis,
                                    UniformRandomProvider mealStream, UniformRandomProvider carbCountStream) {
        ZigguratSampler.NormalizedGaussian mealGauss = ZigguratSampler.NormalizedGaussian.of(mealStream);
        ZigguratSampler.NormalizedGaussian countGauss = ZigguratSampler.NormalizedGaussian.of(carbCountStream);
        long startOfDay0 = -SimTime.minutes(startMinuteOfDay);
        int days = (int) ((durationMillis + SimTime.minutes(startMinuteOfDay)) / SimTime.MILLIS_PER_DAY) + 1;
        List<Meal> meals = new ArrayList<>();
        double countSd = plan.carbCountErrorSdPercent() / 100.0;
        long offset = SimTime.minutes(plan.bolusOffsetMinutes());
        for (int day = 0; day < days; day++) {
            long dayStart = startOfDay0 + day * SimTime.MILLIS_PER_DAY;
            for (FixedMeal f : plan.fixed()) {
                long t = dayStart + SimTime.minutes(f.minuteOfDay());
                double counted = countedCarbs(f.carbsGrams(), countSd, countGauss);
                add(meals, t, f.carbsGrams(), f.announced() ? counted : 0, offset, durationMillis);
            }
            for (RandomMeal r : plan.random()) {
                // Always three draws (eaten?, time, size) so later slots keep their random numbers.
                boolean eaten = mealStream.nextDouble() < r.probability();
                double minute = truncated(r.meanMinuteOfDay(), r.timeSdMinutes(), r.earliestMinuteOfDay(),
                        r.latestMinuteOfDay(), mealGauss);
                double grams = Math.rint(truncated(r.meanCarbsGrams(), r.sdCarbsGrams(), r.minCarbsGrams(),
                        r.maxCarbsGrams(), mealGauss));
                double counted = countedCarbs(grams, countSd, countGauss);
                if (eaten && grams > 0) {
                    long t = dayStart + SimTime.minutes(Math.round(minute));
                    add(meals, t, grams, r.announced() ? counted : 0, offset, durationMillis);
                }
            }
        }
        meals.sort(Comparator.comparingLong(Meal::startMillis));
        return mergeOverlaps(meals, plan.eatingRateGramsPerMinute());
    }

    private static double countedCarbs(double grams, double sd, ZigguratSampler.NormalizedGaussian g) {
        double z = g.sample(); // drawn even when sd = 0, so the stream position does not depend on sd
        if (sd == 0) {
            return grams;
        }
        return Math.max(0, Math.rint(grams * (1 + sd * Math.max(-3, Math.min(3, z)))));
    }

    /** Normal(mean, sd) truncated to [lo, hi] by rejection (bounded tries, then clamped). */
    private static double truncated(double mean, double sd, double lo, double hi,
                                    ZigguratSampler.NormalizedGaussian g) {
        for (int i = 0; i < 64; i++) {
            double x = mean + sd * g.sample();
            if (x >= lo && x <= hi) {
                return x;
            }
        }
        return Math.max(lo, Math.min(hi, mean));
    }

    private static void add(List<Meal> meals, long t, double grams, double announced, long offset, long duration) {
        if (t >= 0 && t < duration) {
            long announce = Math.max(0, Math.min(duration - 1, t + offset));
            meals.add(new Meal(t, grams, announced, announce));
        }
    }

    /**
     * Meals that would start while the previous one is still being eaten are merged into it (the
     * patient keeps eating), so carbohydrate is conserved and intake is one piecewise-constant signal.
     */
    private static List<Meal> mergeOverlaps(List<Meal> sorted, double gramsPerMinute) {
        if (sorted.size() < 2) {
            return sorted;
        }
        List<Meal> out = new ArrayList<>();
        Meal cur = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Meal next = sorted.get(i);
            if (next.startMillis() < cur.startMillis() + eatingMillis(cur.carbsGrams(), gramsPerMinute)) {
                cur = new Meal(cur.startMillis(), cur.carbsGrams() + next.carbsGrams(),
                        cur.announcedCarbsGrams() + next.announcedCarbsGrams(), cur.announceMillis());
            } else {
                out.add(cur);
                cur = next;
            }
        }
        out.add(cur);
        return Collections.unmodifiableList(out);
    }

    /** Eating takes whole minutes at the plan's rate, the last minute possibly partial. */
    static long eatingMillis(double grams, double gramsPerMinute) {
        return SimTime.minutes((long) Math.ceil(grams / gramsPerMinute - 1e-9));
    }
}
