package org.vpsim.scenario.run;

import java.util.List;
import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.patient.VirtualPatient;

/**
 * Feeds the patient its meals and tells the controller loop what the person announces. Eating is as
 * simglucose does it: each whole minute the patient eats min(rate, what is left) grams, held constant
 * over that minute, so the D̄ bookkeeping of the UVA/Padova meal model matches the reference.
 */
final class MealDriver {
    /** Where announcements go (the controller loop). */
    interface Announcements {
        void announce(long timeMillis, double carbsGrams);
    }

    private final Simulation sim;
    private final VirtualPatient body;
    private final EventLog events;
    private final double eatingRateGramsPerMinute;
    private final long durationMillis;
    private double carbsRemainingGrams;
    // Fast carbohydrate (rescue, emergency) eaten at its own rate alongside the meal; 0 without a person.
    private double fastRemainingGrams;
    private double fastRateGramsPerMinute;
    private int pendingMinutes;
    private Runnable mealStartListener = () -> { };

    MealDriver(Simulation sim, VirtualPatient body, EventLog events, double eatingRateGramsPerMinute, long durationMillis) {
        this.sim = sim;
        this.body = body;
        this.events = events;
        this.eatingRateGramsPerMinute = eatingRateGramsPerMinute;
        this.durationMillis = durationMillis;
    }

    /** Schedules every meal start and every announcement. */
    void schedule(List<MealSchedule.Meal> meals, Announcements announcements) {
        for (MealSchedule.Meal meal : meals) {
            Ticks.once(sim, meal.startMillis(), Priority.INPUT, t -> startMeal(meal));
            if (meal.announcedCarbsGrams() > 0) {
                Ticks.once(sim, meal.announceMillis(), Priority.INPUT,
                        t -> announcements.announce(t, meal.announcedCarbsGrams()));
            }
        }
    }

    /** Called at every meal start (the physiology's per-meal absorption). */
    void onMealStart(Runnable listener) {
        mealStartListener = listener;
    }

    /** Fast carbohydrate eaten from now at {@code rateGramsPerMinute} (whole minutes), beside any meal. */
    void eatFast(long now, double grams, double rateGramsPerMinute) {
        fastRemainingGrams += grams;
        fastRateGramsPerMinute = rateGramsPerMinute;
        if (pendingMinutes == 0) {
            eatOneMinute(now);
        }
    }

    private void startMeal(MealSchedule.Meal meal) {
        mealStartListener.run();
        events.add(meal.startMillis(), "MEAL", meal.announcedCarbsGrams() > 0
                ? "announced " + meal.announcedCarbsGrams() + " g" : "unannounced", null, null, meal.carbsGrams());
        carbsRemainingGrams += meal.carbsGrams();
        eatOneMinute(meal.startMillis());
    }

    private void eatOneMinute(long now) {
        double rate = Math.min(eatingRateGramsPerMinute, carbsRemainingGrams);
        double fast = Math.min(fastRateGramsPerMinute, fastRemainingGrams);
        if (fast <= 1e-12) {
            fast = 0;
            fastRemainingGrams = 0;
        }
        if (rate <= 1e-12 && fast == 0) {
            carbsRemainingGrams = 0;
            body.setCarbIntakeGramsPerMinute(0);
            return;
        }
        if (rate <= 1e-12) {
            carbsRemainingGrams = 0;
            rate = 0;
        }
        body.setCarbIntakeGramsPerMinute(rate + fast);
        carbsRemainingGrams -= rate;
        fastRemainingGrams -= fast;
        long next = now + SimTime.MILLIS_PER_MINUTE;
        if (next <= durationMillis) {
            pendingMinutes++;
            Ticks.once(sim, next, Priority.INPUT, t -> {
                pendingMinutes--;
                eatOneMinute(t);
            });
        }
    }
}
