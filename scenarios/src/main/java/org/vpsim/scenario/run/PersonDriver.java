package org.vpsim.scenario.run;

import org.vpsim.core.Priority;
import org.vpsim.core.Simulation;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.pump.control.FixedDecimal;
import org.vpsim.pump.control.InsulinOnBoard;
import org.vpsim.results.comparison.RunMetrics;
import org.vpsim.scenario.model.PersonSettings;
import org.vpsim.scenario.person.Person;

/**
 * Puts the simulated {@link Person} in the loop: between the meal's announcement and the controller (missed, late
 * and reduced boluses), after each CGM sample (rescue carbs) and beside it (the companion's emergency treatment of
 * severe hypoglycaemia, judged on plasma glucose). Everything it does is logged as an event:
 * {@code BOLUS_MISSED}, {@code BOLUS_DELAYED}, {@code BOLUS_REDUCED}, {@code RESCUE_CARBS},
 * {@code PERSON_CORRECTION}, {@code SEVERE_HYPO_TREATMENT}, and with {@code person.sleep} {@code PERSON_WOKE} and
 * {@code ALERT_SLEPT_THROUGH}. Draws from the patient's PERSON sub-streams 0 (meals), 1 (rescues), 2 (alerts and
 * symptoms) and 3 (waking). Asleep, the person neither treats lows nor corrects highs until woken; meal boluses are
 * unchanged (a person who eats is up).
 */
final class PersonDriver {
    /** The sleeping person woke (an alert or the symptoms of a low). */
    static final String PERSON_WOKE = "PERSON_WOKE";
    private final Person person;
    private final Simulation sim;
    private final VirtualPatient body;
    private final CgmChannel cgm;
    private final MealDriver meals;
    private final EventLog events;
    private final double rescueRate;
    private TherapyDevice pump;
    private InsulinOnBoard bolusIob;
    private double targetMgDl;
    private double correctionFactor;

    private PersonDriver(Person person, Simulation sim, VirtualPatient body, CgmChannel cgm, MealDriver meals,
                         EventLog events) {
        this.person = person;
        this.sim = sim;
        this.body = body;
        this.cgm = cgm;
        this.meals = meals;
        this.events = events;
        this.rescueRate = person.settings().rescueEatingRateGramsPerMinute();
    }

    /** The person of this patient, or null when the scenario has none. */
    static PersonDriver of(PersonSettings settings, TherapySettings therapy, double targetMgDl, Simulation sim,
                           VirtualPatient body, CgmChannel cgm, MealDriver meals, EventLog events, TherapyDevice pump,
                           InsulinOnBoard bolusIob, RandomStreams streams, String patient, int startMinuteOfDay) {
        if (!settings.enabled()) {
            return null;
        }
        Person person = new Person(settings, therapy.ageYears(), therapy.bodyWeightKg(),
                streams.stream(patient, StreamPurpose.PERSON, 0), streams.stream(patient, StreamPurpose.PERSON, 1),
                streams.stream(patient, StreamPurpose.PERSON, 2),
                settings.sleep() == null ? null : streams.stream(patient, StreamPurpose.PERSON, 3), startMinuteOfDay);
        PersonDriver d = new PersonDriver(person, sim, body, cgm, meals, events);
        d.pump = pump;
        d.bolusIob = bolusIob;
        d.targetMgDl = targetMgDl;
        d.correctionFactor = therapy.correctionFactorMgDlPerUnit();
        return d;
    }

    /** Announcements as the person makes them: some missed, some late, less at a low reading. */
    MealDriver.Announcements between(MealDriver.Announcements controller) {
        return (t, carbs) -> {
            Person.BolusPlan plan = person.planMealBolus();
            if (plan.missed()) {
                events.add(t, "BOLUS_MISSED", "meal of " + fmt(carbs) + " g not bolused", null, null, carbs);
                return;
            }
            if (plan.delayMillis() > 0) {
                events.add(t, "BOLUS_DELAYED", "bolus for " + fmt(carbs) + " g taken " + plan.delayMillis() / 60_000
                        + " min late", null, null, carbs);
                Ticks.once(sim, t + plan.delayMillis(), Priority.INPUT, t2 -> enter(t2, carbs, controller));
            } else {
                enter(t, carbs, controller);
            }
        };
    }

    private void enter(long t, double carbs, MealDriver.Announcements controller) {
        Double reading = cgm.currentReading();
        double entered = person.carbsToEnter(carbs, reading);
        if (entered < carbs) {
            events.add(t, "BOLUS_REDUCED", "CGM " + fixed(reading, 0) + " mg/dL: entered " + fmt(entered) + " of "
                    + fmt(carbs) + " g", null, null, entered);
        }
        if (entered > 0) {
            person.bolusGiven(t);
            controller.announce(t, entered);
        }
    }

    /**
     * After the CGM sample at {@code t}: the person's correction of a high (unless highs are corrected only on alerts)
     * — or, when a correction has not worked, a set change for a suspected set — their rescue of a low reading (with
     * impaired awareness: of symptoms instead), and the companion's check of plasma glucose.
     */
    void afterSample(long t, Double reading) {
        double plasma = body.plasmaGlucoseMgDl();
        if (person.asleep(t)) {
            // Asleep: no look at the CGM; only the low itself may wake the person, who then treats at once.
            if (person.lowWakes(plasma)) {
                person.wake(t);
                String why = "woken by symptoms at plasma glucose " + fixed(plasma, 0) + " mg/dL";
                events.add(t, PERSON_WOKE, why, null, null, null);
                double rescue = person.rescueOnWaking(t, plasma);
                if (rescue > 0) {
                    rescue(t, rescue, why);
                }
            }
            companion(t, plasma);
            return;
        }
        if (!person.settings().correctsHighsOnAlertOnly()) {
            checkHigh(t, reading);
        }
        if (person.actsOnLowReadings()) {
            double rescue = person.rescueCarbs(t, reading);
            if (rescue > 0) {
                rescue(t, rescue, "CGM " + fixed(reading, 0) + " mg/dL");
            }
        } else {
            double rescue = person.rescueOnSymptoms(t, plasma);
            if (rescue > 0) {
                rescue(t, rescue, "symptoms at plasma glucose " + fixed(plasma, 0) + " mg/dL");
            }
        }
        companion(t, plasma);
    }

    /** The companion's check of plasma glucose: treats an incapacitated person (asleep or not). */
    private void companion(long t, double plasma) {
        double emergency = person.emergencyCarbs(t, plasma);
        if (emergency > 0) {
            events.add(t, "SEVERE_HYPO_TREATMENT", "plasma glucose " + fixed(plasma, 0)
                    + " mg/dL: companion gives " + fmt(emergency) + " g glucose gel",
                    null, null, emergency);
            meals.eatFast(t, emergency, rescueRate);
        }
        person.observePlasma(plasma);
    }

    /** A CGM alert sounded: the person looks after a drawn response time and acts on what the CGM shows then. */
    void onAlert(long t, String type, double readingMgDl) {
        if (person.asleep(t)) {
            if (!person.alertWakes()) {
                events.add(t, "ALERT_SLEPT_THROUGH", type + ": the person sleeps on", null, null, null);
                return;
            }
            person.wake(t);
            events.add(t, PERSON_WOKE, "woken by " + type, null, null, null);
        }
        long delay = person.alertResponseMillis();
        Ticks.once(sim, t + delay, Priority.INPUT, t2 -> answerAlert(t2, t, type));
    }

    private void answerAlert(long t, long alertMillis, String type) {
        Double reading = cgm.currentReading();
        events.add(t, "ALERT_RESPONSE", type + " of minute " + alertMillis / 60_000 + " answered after "
                + (t - alertMillis) / 60_000 + " min; CGM " + (reading == null ? "no reading"
                : fixed(reading, 0) + " mg/dL"), null, null, null);
        if (CgmAlertMonitor.HIGH.equals(type)) {
            checkHigh(t, reading);
        } else {
            double rescue = person.rescueOnAlert(t, reading, CgmAlertMonitor.PREDICTED_LOW.equals(type));
            if (rescue > 0) {
                rescue(t, rescue, "alert, CGM " + fixed(reading, 0) + " mg/dL");
            }
        }
    }

    /**
     * A high reading seen now: a set change and a full correction when the last correction has not worked and the
     * person suspects the set (pump arms), else the usual correction bolus when due.
     */
    private void checkHigh(long t, Double reading) {
        double increment = pump.bolusIncrementUnits();
        if (person.suspectsSet(t, reading) && pump.changeSet()) {
            double units = Math.min(pump.maxBolusUnits(), Math.floor(
                    Person.correctionAfterSetChange(reading, targetMgDl, correctionFactor) / increment + 1e-9) * increment);
            events.add(t, "PERSON_SET_CHANGE", "CGM " + fixed(reading, 0) + " mg/dL not falling since the last"
                    + " correction: set suspected and changed; correction " + fixed(units, 3) + " U ((CGM - "
                    + fixed(targetMgDl, 0) + ") / CF " + fixed(correctionFactor, 1) + ")", units, null, null);
            person.correctionGiven(t, reading);
            if (units > 0) {
                pump.bolus(units);
            }
            return;
        }
        double correction = person.highCorrectionUnits(t, reading, targetMgDl, correctionFactor, bolusIob.unitsAt(t));
        double units = Math.min(pump.maxBolusUnits(), Math.floor(correction / increment + 1e-9) * increment);
        if (units > 0) {
            person.correctionGiven(t, reading);
            events.add(t, "PERSON_CORRECTION", "CGM " + fixed(reading, 0) + " mg/dL: correction bolus "
                    + fixed(units, 3) + " U ((CGM - " + fixed(targetMgDl, 0) + ") / CF " + fixed(correctionFactor, 1)
                    + " less IOB " + fixed(bolusIob.unitsAt(t), 3) + " U)", units, null, null);
            pump.bolus(units);
        }
    }

    private void rescue(long t, double grams, String why) {
        events.add(t, RunMetrics.RESCUE_EVENT_TYPE, why + ": " + fmt(grams) + " g fast carbohydrate", null, null, grams);
        meals.eatFast(t, grams, rescueRate);
    }

    /** Severe hypoglycaemic events (companion-treated episodes) so far. */
    long severeEpisodes() {
        return person.severeEpisodes();
    }

    private static String fmt(double grams) {
        return fixed(grams, 1);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.Nf", v)} without Formatter (these messages are written at every rescue,
     * correction and changed meal bolus: 1 % of a default-study run's CPU went to parsing their patterns), "null" for
     * no value as the formatter writes it.
     */
    private static String fixed(Double v, int decimals) {
        return v == null ? "null" : FixedDecimal.format(v, decimals);
    }
}
