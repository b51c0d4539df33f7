package org.vpsim.scenario.run;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.core.Priority;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.pump.device.SetChangeBehaviour;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.pump.device.FaultType;
import org.vpsim.pump.device.InsulinPump;
import org.vpsim.scenario.model.Fault;
import org.vpsim.scenario.model.FaultRates;
import org.vpsim.scenario.model.Scenario;

/**
 * Schedules the scenario's faults that concern this patient × arm on the pump and the sensor. Pump faults
 * (occlusion, leak, dislodgement) concern pump arms only: on a pen arm ({@code pump} null) they are skipped.
 *
 * <p>Faults drawn at rates ({@code faultRates}) come from the patient's THERAPY_FAULTS stream, one sub-stream per kind
 * ({@value #MEAL_STREAM} meals, {@value #BIAS_STREAM} CGM bias, {@value #DROPOUT_STREAM} CGM dropouts, and one per set
 * change keyed by its due minute), never from the arm, so arms with the same history meet the same faults: the
 * per-day faults are Poisson processes drawn in full before the run (exponential gaps), the per-meal ones take three
 * draws per bolus entered whatever happens, the per-set ones two draws per due set.
 */
final class FaultInjector {
    static final long MEAL_STREAM = 0;
    static final long BIAS_STREAM = 1;
    static final long DROPOUT_STREAM = 2;
    static final long SET_STREAM_BASE = 1_000;

    private FaultInjector() {
    }

    /** The fault rates that apply to {@code arm}, or null. */
    static FaultRates ratesFor(Scenario scenario, String arm) {
        FaultRates r = scenario.faultRates();
        return r != null && r.appliesTo(arm) ? r : null;
    }

    /** CGM bias episodes and dropout bursts at their daily rates over the study. */
    static void scheduleCgmFaults(FaultRates rates, RandomStreams streams, String patient, long durationMillis,
                                  Simulation sim, CgmChannel cgm, EventLog events) {
        if (rates == null) {
            return;
        }
        if (rates.cgmBiasRatePerDay() > 0) {
            UniformRandomProvider r = streams.stream(patient, StreamPurpose.THERAPY_FAULTS, BIAS_STREAM);
            long biasMillis = rates.cgmBiasMillis();
            for (long at = nextArrival(r, 0, rates.cgmBiasRatePerDay()); at < durationMillis;
                 at = nextArrival(r, at, rates.cgmBiasRatePerDay())) {
                double fraction = (r.nextDouble() < 0.5 ? -1 : 1) * rates.cgmBiasFraction();
                long start = at;
                Ticks.once(sim, start, Priority.INPUT, t -> {
                    cgm.biasUntil(t + biasMillis, fraction);
                    events.add(t, "FAULT_CGM_BIAS", String.format(Locale.ROOT, "CGM reads %+.0f %% for %.1f h",
                            fraction * 100, biasMillis / 3_600_000.0), null, null, null);
                });
            }
        }
        if (rates.cgmDropoutRatePerDay() > 0) {
            UniformRandomProvider r = streams.stream(patient, StreamPurpose.THERAPY_FAULTS, DROPOUT_STREAM);
            for (long at = nextArrival(r, 0, rates.cgmDropoutRatePerDay()); at < durationMillis;
                 at = nextArrival(r, at, rates.cgmDropoutRatePerDay())) {
                long length = Math.max(60_000L, Math.round(-Math.log1p(-r.nextDouble()) * rates.cgmDropoutMeanMillis()));
                Ticks.once(sim, at, Priority.INPUT, t -> {
                    cgm.dropOutUntil(t + length);
                    events.add(t, "FAULT_SENSOR_DROPOUT", "no CGM readings until +" + length / 60_000 + " min (drawn)",
                            null, null, null);
                });
            }
        }
    }

    /** The next arrival of a Poisson process of {@code perDay} after {@code fromMillis}. */
    private static long nextArrival(UniformRandomProvider r, long fromMillis, double perDay) {
        double days = -Math.log1p(-r.nextDouble()) / perDay;
        return days > 1e5 ? Long.MAX_VALUE : fromMillis + Math.max(1L, Math.round(days * 86_400_000.0));
    }

    /**
     * The boluses the person enters, with meal-bolus faults: some forgotten (FAULT_BOLUS_MISSED), some given twice
     * (FAULT_BOLUS_DOUBLED, the second 15-60 min after the first, straight to the controller). Without meal faults,
     * {@code next} itself.
     */
    static MealDriver.Announcements mealFaults(FaultRates rates, RandomStreams streams, String patient, Simulation sim,
                                               EventLog events, MealDriver.Announcements next) {
        if (rates == null || !rates.mealFaults()) {
            return next;
        }
        UniformRandomProvider r = streams.stream(patient, StreamPurpose.THERAPY_FAULTS, MEAL_STREAM);
        return (t, carbs) -> {
            double miss = r.nextDouble();
            double twice = r.nextDouble();
            double delay = r.nextDouble();
            if (miss < rates.missedMealBolus()) {
                events.add(t, "FAULT_BOLUS_MISSED", "bolus for " + String.format(Locale.ROOT, "%.1f", carbs)
                        + " g forgotten", null, null, carbs);
                return;
            }
            next.announce(t, carbs);
            if (twice < rates.doubledMealBolus()) {
                long again = t + Math.round((15 + 45 * delay)) * 60_000L;
                events.add(t, "FAULT_BOLUS_DOUBLED", "bolus for " + String.format(Locale.ROOT, "%.1f", carbs)
                        + " g to be given again " + (again - t) / 60_000 + " min later", null, null, carbs);
                Ticks.once(sim, again, Priority.INPUT, t2 -> next.announce(t2, carbs));
            }
        };
    }

    /** The user's set-change routine with forgotten set changes and reservoirs not refilled at their probabilities. */
    static SetChangeBehaviour setChangeBehaviour(FaultRates rates, RandomStreams streams, String patient) {
        if (rates == null || !rates.setChangeFaults()) {
            return SetChangeBehaviour.COMPLIANT;
        }
        return new SetChangeBehaviour() {
            @Override
            public long extraWearMillis(long dueMillis) {
                return draws(dueMillis)[0] < rates.forgottenSetChange() ? rates.forgottenSetChangeMillis() : 0;
            }

            @Override
            public boolean keepsReservoir(long changeMillis) {
                return draws(changeMillis)[1] < rates.reservoirNotRefilled();
            }

            /** Two draws keyed by the minute of the set change (same in every arm where the set is due then). */
            private double[] draws(long atMillis) {
                UniformRandomProvider r = streams.stream(patient, StreamPurpose.THERAPY_FAULTS,
                        SET_STREAM_BASE + atMillis / 60_000);
                return new double[] {r.nextDouble(), r.nextDouble()};
            }
        };
    }

    static void schedule(Scenario scenario, String arm, String patient, long durationMillis, Simulation sim,
                         InsulinPump pump, CgmChannel cgm, EventLog events) {
        for (Fault f : scenario.faults()) {
            if ((!f.patients().isEmpty() && !f.patients().contains(patient))
                    || (!f.arms().isEmpty() && !f.arms().contains(arm))) {
                continue;
            }
            long at = Math.round(f.atHours() * SimTime.MILLIS_PER_HOUR);
            if (at >= durationMillis) {
                continue;
            }
            switch (f.type()) {
                case "occlusion", "leak", "dislodgement" -> {
                    if (pump != null) {
                        pump.scheduleFault(switch (f.type()) {
                            case "occlusion" -> FaultType.OCCLUSION;
                            case "leak" -> FaultType.LEAK;
                            default -> FaultType.DISLODGEMENT;
                        }, at);
                    }
                }
                case "sensor-dropout" -> {
                    long until = at + Math.round((f.durationHours() == null ? 1.0 : f.durationHours())
                            * SimTime.MILLIS_PER_HOUR);
                    Ticks.once(sim, at, Priority.INPUT, t -> {
                        cgm.dropOutUntil(until);
                        events.add(t, "FAULT_SENSOR_DROPOUT", "no CGM readings until +" + (until - at) / 60_000
                                + " min", null, null, null);
                    });
                }
                default -> throw new IllegalArgumentException("faults: unknown type " + f.type());
            }
        }
    }
}
