package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.vpsim.core.Event;
import org.vpsim.core.EventHandler;
import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.pump.control.Controller;
import org.vpsim.pump.control.ControllerDecision;
import org.vpsim.pump.control.ControllerObservation;
import org.vpsim.pump.control.InsulinCurveSpec;
import org.vpsim.pump.control.InsulinOnBoard;
import org.vpsim.pump.device.BolusRequest;
import org.vpsim.pump.device.DeliveryKind;
import org.vpsim.pump.device.FaultType;
import org.vpsim.pump.device.InsulinLedger;
import org.vpsim.pump.device.InsulinPump;
import org.vpsim.pump.device.PumpEvent;
import org.vpsim.pump.device.PumpSpec;
import org.vpsim.pump.sensor.CgmSensor;
import org.vpsim.pump.sensor.CgmSpec;
import org.vpsim.results.EventRow;
import org.vpsim.results.SummaryBuilder;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.Fault;
import org.vpsim.scenario.model.Scenario;

/**
 * One patient × one arm of a study, assembled on the kernel: the patient's ODE as the continuous
 * process; meals, CGM samples, controller decisions, pump strokes and output rows as events. A pure
 * function of (scenario, arm, patient, study seed) → rows: nothing is shared with other runs, so the
 * same call gives the same rows on any thread (and, later, on a Spark executor).
 *
 * <p>Order of events at one time (see {@link Priority}): meals and faults (INPUT), CGM sample
 * (OBSERVE), controller (DECIDE), pump (ACT), output row (RECORD). Output row k covers
 * [t_k, t_k + Δ): glucose, CGM, basal rate, IOB, reservoir and pump status at t_k; insulin delivered,
 * bolus and carbs summed over the interval.
 */
public final class PatientSimulation {

    /** What one patient × arm produced. */
    public record Result(String arm, String patient, List<TimeseriesRow> rows, List<EventRow> events,
                         SummaryRow summary, InsulinLedger ledger, double carbsEatenGrams,
                         double insulinIntoPatientUnits, long eventsRun) {
    }

    private record Tick(long timeMillis, int priority) implements Event {
    }

    private final Scenario scenario;
    private final Arm arm;
    private final PatientModel model;
    private final RandomStreams streams;
    private final long startEpochMillis;
    private final String patient;
    // Derived once: the scenario's accessors parse ISO text, far too slow for per-event use.
    private final int startMinuteOfDay;
    private final long durationMillis;
    private final double eatingRateGramsPerMinute;

    private final List<TimeseriesRow> rows = new ArrayList<>();
    private final List<EventRow> events = new ArrayList<>();

    private VirtualPatient body;
    private InsulinPump pump;
    private CgmSensor cgm;
    private Controller controller;
    private InsulinOnBoard bolusIob;
    private SummaryBuilder summary;

    private Double lastCgmMgDl;
    private long lastSampleMillis = -1;
    private Double lastSampleReading;
    private long lastCgmMillis;
    private long sensorDropoutUntilMillis = -1;
    private double carbsRemainingGrams;

    // The output row being accumulated: values at its start, counters at its start.
    private long rowStartMillis = -1;
    private double rowGlucose;
    private Double rowCgm;
    private double rowBasalRate;
    private double rowIob;
    private double rowReservoir;
    private String rowStatus;
    private double rowDeliveredAtStart;
    private double rowBolusAtStart;
    private double rowCarbsAtStart;
    private double deliveredToPatientUnits;

    private PatientSimulation(Scenario scenario, Arm arm, PatientModel model, RandomStreams streams) {
        this.scenario = scenario;
        this.arm = arm;
        this.model = model;
        this.streams = streams;
        this.startEpochMillis = scenario.startEpochMillis();
        this.patient = model.patientName();
        this.startMinuteOfDay = scenario.startMinuteOfDay();
        this.durationMillis = scenario.durationMillis();
        this.eatingRateGramsPerMinute = scenario.meals().eatingRateGramsPerMinute();
    }

    /** Simulates one patient in one arm of the scenario. */
    public static Result run(Scenario scenario, Arm arm, PatientModel model) {
        return new PatientSimulation(scenario, arm, model, new RandomStreams(scenario.seed())).run();
    }

    private Result run() {
        long duration = durationMillis;
        long clockOffset = SimTime.minutes(startMinuteOfDay);
        Simulation sim = new Simulation();
        body = VirtualPatient.atSteadyState(model);
        sim.addContinuousProcess(body);

        PumpSpec pumpSpec = ArmDevices.pumpSpec(arm.pump());
        pump = InsulinPump.builder(pumpSpec, ArmDevices.basalProfile(arm.pump(), model.therapy()), sim)
                .pumpErrorRandom(streams.stream(patient, StreamPurpose.PUMP_ERROR))
                .infusionSetRandom(streams.stream(patient, StreamPurpose.INFUSION_SET))
                .infusionSite((t, units) -> {
                    body.injectSubcutaneousInsulin(units);
                    deliveredToPatientUnits += units;
                })
                .absorptionListener((t, multiplier, bioavailability) -> body.setAbsorptionRateMultiplier(multiplier))
                .deliveryListener((t, nominal, kind) -> {
                    if (kind == DeliveryKind.BOLUS) {
                        bolusIob.record(t, nominal);
                    }
                })
                .eventListener(this::onPumpEvent)
                .clockOffsetMillis(clockOffset)
                .build();
        CgmSpec cgmSpec = ArmDevices.cgmSpec(arm.cgm());
        cgm = CgmSensor.forPatient(cgmSpec, streams, patient);
        controller = ArmDevices.controller(arm, model.therapy(), pumpSpec);
        bolusIob = InsulinOnBoard.forCurve(InsulinCurveSpec.rapidActingAdult().toCurve());
        summary = new SummaryBuilder(arm.name(), patient);

        // Meals and carb counting come from arm-independent streams: every arm sees the same meals.
        List<MealSchedule.Meal> meals = MealSchedule.expand(scenario.meals(), startMinuteOfDay, duration,
                streams.stream(patient, StreamPurpose.MEALS), streams.stream(patient, StreamPurpose.CARB_COUNTING));
        for (MealSchedule.Meal meal : meals) {
            sim.schedule(new Tick(meal.startMillis(), Priority.INPUT), (e, s) -> startMeal(meal, s));
            if (meal.announcedCarbsGrams() > 0) {
                sim.schedule(new Tick(meal.announceMillis(), Priority.DECIDE),
                        (e, s) -> decide(e.timeMillis(), meal.announcedCarbsGrams()));
            }
        }
        for (Fault f : scenario.faults()) {
            if ((!f.patients().isEmpty() && !f.patients().contains(patient))
                    || (!f.arms().isEmpty() && !f.arms().contains(arm.name()))) {
                continue;
            }
            long at = Math.round(f.atHours() * SimTime.MILLIS_PER_HOUR);
            if (at >= duration) {
                continue;
            }
            switch (f.type()) {
                case "occlusion" -> pump.scheduleFault(FaultType.OCCLUSION, at);
                case "leak" -> pump.scheduleFault(FaultType.LEAK, at);
                case "dislodgement" -> pump.scheduleFault(FaultType.DISLODGEMENT, at);
                case "sensor-dropout" -> {
                    long until = at + Math.round((f.durationHours() == null ? 1.0 : f.durationHours())
                            * SimTime.MILLIS_PER_HOUR);
                    sim.schedule(new Tick(at, Priority.INPUT), (e, s) -> {
                        sensorDropoutUntilMillis = until;
                        event(e.timeMillis(), "FAULT_SENSOR_DROPOUT", "no CGM readings until +"
                                + (until - at) / 60_000 + " min", null, null, null);
                    });
                }
                default -> throw new IllegalArgumentException("faults: unknown type " + f.type());
            }
        }

        long sampleInterval = cgmSpec.sampleIntervalMillis();
        scheduleRepeating(sim, 0, sampleInterval, duration - 1, Priority.OBSERVE, this::sampleCgm);
        scheduleRepeating(sim, 0, sampleInterval, duration - 1, Priority.DECIDE, t -> decide(t, 0));
        long outInterval = SimTime.minutes(scenario.outputIntervalMinutes());
        scheduleRepeating(sim, 0, outInterval, duration, Priority.RECORD, this::record);

        pump.start();
        sim.runUntil(duration);

        InsulinLedger ledger = pump.ledger();
        double days = duration / (double) SimTime.MILLIS_PER_DAY;
        summary.addBasal(ledger.basalDeliveredUnits());
        summary.addBolus(ledger.bolusDeliveredUnits());
        summary.addInsulinDelivered(ledger.deliveredToPatientUnits());
        summary.addCarbs(body.cumulativeCarbsGrams());
        return new Result(arm.name(), patient, rows, events, summary.build(days), ledger,
                body.cumulativeCarbsGrams(), deliveredToPatientUnits, sim.eventsRun());
    }

    /** Schedules {@code action} at start, start+every, … up to {@code last}, one pending event at a time. */
    private static void scheduleRepeating(Simulation sim, long start, long every, long last, int priority,
                                          LongConsumer action) {
        if (start <= last) {
            sim.schedule(new Tick(start, priority), new Repeating(every, last, action));
        }
    }

    /** Runs the action, then schedules itself again {@code every} ms later (one handler for the whole series). */
    private record Repeating(long every, long last, LongConsumer action) implements EventHandler<Tick> {
        @Override
        public void handle(Tick e, Simulation s) {
            action.accept(e.timeMillis());
            long next = e.timeMillis() + every;
            if (next <= last) {
                s.schedule(new Tick(next, e.priority()), this);
            }
        }
    }

    // ------------------------------------------------------------------ meals

    private void startMeal(MealSchedule.Meal meal, Simulation sim) {
        event(meal.startMillis(), "MEAL", meal.announcedCarbsGrams() > 0
                ? "announced " + meal.announcedCarbsGrams() + " g" : "unannounced", null, null, meal.carbsGrams());
        carbsRemainingGrams += meal.carbsGrams();
        eatOneMinute(meal.startMillis(), sim);
    }

    /**
     * Eating as simglucose does it: each whole minute the patient eats min(rate, what is left) grams,
     * held constant over that minute, so D̄ bookkeeping matches the reference model.
     */
    private void eatOneMinute(long now, Simulation sim) {
        double rate = Math.min(eatingRateGramsPerMinute, carbsRemainingGrams);
        if (rate <= 1e-12) {
            carbsRemainingGrams = 0;
            body.setCarbIntakeGramsPerMinute(0);
            return;
        }
        body.setCarbIntakeGramsPerMinute(rate);
        carbsRemainingGrams -= rate;
        long next = now + SimTime.MILLIS_PER_MINUTE;
        if (next <= durationMillis) {
            sim.schedule(new Tick(next, Priority.INPUT), (e, s) -> eatOneMinute(e.timeMillis(), s));
        }
    }

    // ------------------------------------------------------------------ sensor and controller

    private void sampleCgm(long now) {
        Double reading = cgm.sample(now, body.interstitialGlucoseMgDl());
        if (now < sensorDropoutUntilMillis) {
            reading = null;
        }
        if (reading != null) {
            lastCgmMgDl = reading;
            lastCgmMillis = now;
            summary.addCgmGlucose(reading);
        }
        lastSampleMillis = now;
        lastSampleReading = reading;
    }

    private void decide(long now, double announcedCarbs) {
        double timeOfDay = ((now / 60_000.0) + startMinuteOfDay) % 1440.0;
        ControllerObservation obs = new ControllerObservation(now, timeOfDay, lastCgmMgDl,
                lastCgmMgDl == null ? null : now - lastCgmMillis, announcedCarbs, bolusIob.unitsAt(now),
                pump.currentBasalUnitsPerHour(), pump.status().name());
        ControllerDecision d;
        try {
            d = controller.decide(obs);
        } catch (RuntimeException ex) {
            throw new IllegalStateException("controller of arm '" + arm.name() + "' failed for " + patient
                    + " at +" + now / 60_000 + " min: " + ex.getMessage(), ex);
        }
        boolean acted = false;
        if (d.suspend()) {
            acted |= pump.suspend(d.reason());
        }
        if (d.resume()) {
            acted |= pump.resume();
        }
        if (d.tempBasal() != null) {
            acted |= pump.setTempBasalAbsolute(d.tempBasal().unitsPerHour(), d.tempBasal().durationMillis());
        }
        if (d.bolusUnits() > 0) {
            pump.requestBolus(BolusRequest.normal(d.bolusUnits()));
            acted = true;
        }
        if (acted || announcedCarbs > 0) {
            event(now, "CONTROLLER_COMMAND", d.reason(), d.bolusUnits() > 0 ? d.bolusUnits() : null, null,
                    announcedCarbs > 0 ? announcedCarbs : null);
        }
    }

    // ------------------------------------------------------------------ output

    private void record(long now) {
        // One snapshot of the running totals closes the previous row and opens the next.
        InsulinLedger l = pump.ledger();
        double carbsEaten = body.cumulativeCarbsGrams();
        if (rowStartMillis >= 0) {
            double delivered = l.deliveredToPatientUnits() - rowDeliveredAtStart;
            double bolus = l.bolusDeliveredUnits() - rowBolusAtStart;
            double carbs = carbsEaten - rowCarbsAtStart;
            TimeseriesRow row = new TimeseriesRow(patient, startEpochMillis + rowStartMillis, rowGlucose, rowCgm,
                    clean(delivered), rowBasalRate, clean(bolus), clean(carbs), rowIob, rowReservoir, rowStatus);
            rows.add(row);
            summary.addPlasmaGlucose(rowGlucose);
        }
        if (now >= durationMillis) {
            return;
        }
        rowStartMillis = now;
        // The UVA/Padova guard stops Gp only once it is negative, so in profound hypoglycaemia the
        // state can undershoot zero by integration rounding (~1e-7 mg/dL); report it as 0.
        rowGlucose = Math.max(0.0, body.plasmaGlucoseMgDl());
        rowCgm = lastSampleMillis == now ? lastSampleReading : null;
        rowBasalRate = pump.currentBasalUnitsPerHour();
        rowIob = bolusIob.unitsAt(now);
        rowReservoir = l.reservoirUnits();
        rowStatus = pump.status().name();
        rowDeliveredAtStart = l.deliveredToPatientUnits();
        rowBolusAtStart = l.bolusDeliveredUnits();
        rowCarbsAtStart = carbsEaten;
    }

    /** Differences of running totals carry rounding noise around zero; report it as zero. */
    private static double clean(double v) {
        return Math.abs(v) < 1e-9 ? 0.0 : v;
    }

    private void onPumpEvent(PumpEvent e) {
        event(e.timeMillis(), e.type().name(), e.detail(), e.requestedUnits(), e.deliveredUnits(), null);
    }

    private void event(long timeMillis, String type, String detail, Double requested, Double delivered, Double carbs) {
        events.add(new EventRow(arm.name(), patient, startEpochMillis + timeMillis, type, detail, requested,
                delivered, carbs));
    }
}
