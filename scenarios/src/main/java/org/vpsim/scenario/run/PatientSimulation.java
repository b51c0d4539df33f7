package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.Settings;
import org.vpsim.controller.Therapy;
import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.pump.control.InsulinCurveSpec;
import org.vpsim.pump.control.InsulinOnBoard;
import org.vpsim.pump.device.BasalProfile;
import org.vpsim.pump.device.InsulinLedger;
import org.vpsim.pump.device.InsulinPump;
import org.vpsim.pump.device.PumpSpec;
import org.vpsim.pump.pen.PenSpec;
import org.vpsim.pump.sensor.CgmSensor;
import org.vpsim.pump.sensor.CgmSpec;
import org.vpsim.results.EventRow;
import org.vpsim.results.SummaryBuilder;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.FaultRates;
import org.vpsim.scenario.model.InsulinCurveSettings;
import org.vpsim.scenario.model.PenSettings;
import org.vpsim.scenario.model.Scenario;

/**
 * One patient × one arm of a study, assembled on the kernel: the patient's ODE as the continuous
 * process; meals ({@link MealDriver}), faults ({@link FaultInjector}), CGM samples ({@link CgmChannel}),
 * controller decisions ({@link ControllerLoop}), pump strokes and output rows ({@link RowRecorder})
 * as events. A pure function of (scenario, arm, patient, replicate, study seed) → rows: nothing is shared with
 * other runs, so the same call gives the same rows on any thread. The replicate selects the random streams
 * ({@link RandomStreams#RandomStreams(long, int)}); replicate 0 is the study without replicates.
 *
 * <p>Order of events at one time (see {@link Priority}): meals, announcements and faults (INPUT), CGM
 * sample (OBSERVE), controller (DECIDE), pump (ACT), output row (RECORD).
 *
 * <p>A controller failure stops this patient × arm: the result then carries the failure and no rows.
 *
 * <p>Rows leave the simulation as they are made, through a {@link RowSink} ({@link #run(Scenario, Arm,
 * PatientModel, StudyContext, RowSink)}): a study hands them to a bounded spool, so memory does not grow with
 * the study's length. The other entry points collect them into the result's lists, for callers that want
 * them at hand (tests, one patient at a time).
 */
public final class PatientSimulation {

    /**
     * What one patient × arm produced; {@code failure} is null when it ran to the end. {@code ledger} is the
     * pump's (null on a pen arm), {@code pens} the pens' accounts (null on a pump arm). {@code rows} and
     * {@code events} are empty when the rows went to a {@link RowSink}.
     */
    public record Result(String arm, String patient, int replicate, List<TimeseriesRow> rows, List<EventRow> events,
                         SummaryRow summary, InsulinLedger ledger, double carbsEatenGrams,
                         double insulinIntoPatientUnits, long eventsRun, ControllerFailure failure,
                         PenAccounts pens) {
        public boolean failed() {
            return failure != null;
        }
    }

    /**
     * Where the rows of one patient × arm go as they are made, in time order within each kind. After a
     * controller failure the time-series rows already handed over are not part of the run (the caller drops
     * them; see {@link Result#failed()}); the events are, up to and including {@code CONTROLLER_FAILURE}.
     */
    public interface RowSink {
        void timeseries(TimeseriesRow row);

        void event(EventRow row);

        /** A sink handing time-series rows to {@code timeseries} and events to {@code events}. */
        static RowSink of(java.util.function.Consumer<TimeseriesRow> timeseries,
                          java.util.function.Consumer<EventRow> events) {
            return new RowSink() {
                @Override
                public void timeseries(TimeseriesRow row) {
                    timeseries.accept(row);
                }

                @Override
                public void event(EventRow row) {
                    events.accept(row);
                }
            };
        }
    }

    private final Scenario scenario;
    private final Arm arm;
    private final PatientModel model;
    private final StudyContext context;
    private final RandomStreams streams;
    private final String patient;
    private final int replicate;
    private double deliveredToPatientUnits;

    private PatientSimulation(Scenario scenario, Arm arm, PatientModel model, int replicate, StudyContext context) {
        this.scenario = scenario;
        this.arm = arm;
        this.model = model;
        this.context = context;
        this.replicate = replicate;
        this.streams = new RandomStreams(scenario.seed(), replicate);
        this.patient = model.patientName();
    }

    /** Simulates one patient in one arm with the built-in controllers. */
    public static Result run(Scenario scenario, Arm arm, PatientModel model) {
        return run(scenario, arm, model, StudyContext.builtIn());
    }

    /** Simulates one patient in one arm of the scenario (replicate 0); the result holds the rows. */
    public static Result run(Scenario scenario, Arm arm, PatientModel model, StudyContext context) {
        return run(scenario, arm, model, 0, context);
    }

    /**
     * Simulates one Monte Carlo replicate of one patient in one arm of the scenario; the result holds the rows.
     *
     * @param replicate 0 … {@code cohort.replicates} − 1
     */
    public static Result run(Scenario scenario, Arm arm, PatientModel model, int replicate, StudyContext context) {
        List<TimeseriesRow> rows = new ArrayList<>();
        List<EventRow> events = new ArrayList<>();
        Result r = run(scenario, arm, model, replicate, context, RowSink.of(rows::add, events::add));
        return new Result(r.arm(), r.patient(), r.replicate(), r.failed() ? List.of() : rows, events, r.summary(),
                r.ledger(), r.carbsEatenGrams(), r.insulinIntoPatientUnits(), r.eventsRun(), r.failure(), r.pens());
    }

    /**
     * Simulates one patient in one arm of the scenario, handing each row to {@code sink} as it is made; the
     * result's row lists are empty.
     */
    public static Result run(Scenario scenario, Arm arm, PatientModel model, StudyContext context, RowSink sink) {
        return run(scenario, arm, model, 0, context, sink);
    }

    /**
     * Simulates one Monte Carlo replicate of one patient in one arm, handing each row to {@code sink} as it is
     * made; the result's row lists are empty.
     */
    public static Result run(Scenario scenario, Arm arm, PatientModel model, int replicate, StudyContext context,
                             RowSink sink) {
        return new PatientSimulation(scenario, arm, model, replicate, context).run(sink);
    }

    private Result run(RowSink sink) {
        // Derived once: the scenario's accessors parse ISO text, far too slow for per-event use.
        long duration = scenario.durationMillis();
        int startMinuteOfDay = scenario.startMinuteOfDay();
        long startEpochMillis = scenario.startEpochMillis();
        Simulation sim = new Simulation();
        TherapySettings therapySettings = context.therapyOf(scenario, model);
        EventLog events = new EventLog(arm.name(), patient, replicate, startEpochMillis, sink::event);
        ControllerLoop[] loop = new ControllerLoop[1];
        long[] severeEvents = new long[1];
        VirtualPatient body;
        Therapy therapy;
        PumpLimits limits;
        TherapyDevice device;
        InsulinPump pump = null;
        PenTherapy pens = null;
        InsulinOnBoard bolusIob;
        if (arm.onPens()) {
            PenSettings p = arm.pens();
            PenSpec rapidPen = ArmDevices.rapidPen(p);
            PenSpec longActingPen = ArmDevices.longActingPen(p);
            double dailyDose = ArmDevices.dailyLongActingUnits(p, therapySettings);
            // The regimen has been running: the last long-acting dose was this long before the start.
            int sinceLastDose = Math.floorMod(startMinuteOfDay - p.injectionMinuteOfDay(), 1440);
            body = VirtualPatient.onLongActingInsulin(model, ArmDevices.longActingInsulin(p), dailyDose, sinceLastDose);
            therapy = ArmDevices.therapy(BasalProfile.flat(dailyDose / 24.0), therapySettings,
                    InsulinCurveSettings.defaults());
            bolusIob = InsulinOnBoard.forCurve(InsulinCurveSpec.curveOf(therapy.insulinCurve()));
            limits = ArmDevices.penLimits(rapidPen, longActingPen);
            PenTherapy.Behaviour behaviour = new PenTherapy.Behaviour(p.missedInjectionProbability(),
                    p.lateInjectionProbability(), Math.round(p.lateInjectionMinutes() * 60_000.0),
                    p.forgottenLongActingProbability());
            pens = new PenTherapy(sim, body, events, rapidPen, longActingPen, ArmDevices.rapidVariability(p),
                    ArmDevices.longActingVariability(p), streams.stream(patient, StreamPurpose.INJECTION_SITE),
                    dailyDose, SimTime.minutes(sinceLastDose == 0 ? 1440 : 1440 - sinceLastDose), duration, behaviour,
                    streams.stream(patient, StreamPurpose.INJECTION_BEHAVIOUR));
            pens.onInjection((t, units, route) -> loop[0].onInjection(t, units, route));
            device = pens;
            sim.addContinuousProcess(body);
        } else {
            body = VirtualPatient.atSteadyState(model);
            sim.addContinuousProcess(body);
            PumpSpec pumpSpec = ArmDevices.pumpSpec(arm.pump(), "legacy".equals(scenario.deviceCalibration()));
            BasalProfile profile = ArmDevices.basalProfile(arm.pump(), therapySettings);
            therapy = ArmDevices.therapy(profile, therapySettings, arm.pump().insulinCurve());
            // The pump's wizard IOB follows the therapy's insulin action curve (bolus strokes, nominal).
            bolusIob = InsulinOnBoard.forCurve(InsulinCurveSpec.curveOf(therapy.insulinCurve()));
            VirtualPatient pumpBody = body;
            pump = InsulinPump.builder(pumpSpec, profile, sim)
                    .pumpErrorRandom(streams.stream(patient, StreamPurpose.PUMP_ERROR))
                    .infusionSetRandom(streams.stream(patient, StreamPurpose.INFUSION_SET))
                    .infusionSite((t, units) -> {
                        pumpBody.injectSubcutaneousInsulin(units);
                        deliveredToPatientUnits += units;
                    })
                    .absorptionListener((t, multiplier, bioavailability) ->
                            pumpBody.setAbsorptionRateMultiplier(multiplier))
                    .deliveryListener((t, nominal, kind) -> loop[0].onDelivery(t, nominal, kind))
                    .eventListener(e -> {
                        events.add(e.timeMillis(), e.type().name(), e.detail(), e.requestedUnits(), e.deliveredUnits(),
                                null);
                        loop[0].onPumpEvent(e);
                    })
                    .clockOffsetMillis(SimTime.minutes(startMinuteOfDay))
                    .setChangeBehaviour(FaultInjector.setChangeBehaviour(FaultInjector.ratesFor(scenario, arm.name()),
                            streams, patient))
                    .build();
            limits = ArmDevices.pumpLimits(pumpSpec);
            device = new PumpTherapy(pump);
        }
        CgmSpec cgmSpec = ArmDevices.cgmSpec(arm.cgm());
        CgmChannel cgm = new CgmChannel(CgmSensor.forPatient(cgmSpec, streams, patient), body);
        RowRecorder recorder = new RowRecorder(arm.name(), patient, replicate, startEpochMillis, duration, body, device,
                cgm, bolusIob, sink::timeseries);

        Controller controller = null;
        try {
            controller = context.controllers().create(arm.controller(), context.scenarioFolder(),
                    context.stderrLog(arm.name(), patient, replicate));
            loop[0] = new ControllerLoop(controller, device, cgm, bolusIob, events, arm.name(), patient,
                    startMinuteOfDay, duration);
            loop[0].start(new ControllerStart(patient, arm.name(), scenario.startDateTime().toInstant().toString(),
                    "UTC", startMinuteOfDay, cgmSpec.sampleIntervalMillis() / 60_000.0,
                    new Settings(arm.controller().settings()), therapy,
                    limits));

            // Meals and carb counting come from arm-independent streams: every arm sees the same meals.
            List<MealSchedule.Meal> meals = MealSchedule.expand(scenario.meals(), startMinuteOfDay, duration,
                    streams.stream(patient, StreamPurpose.MEALS), streams.stream(patient, StreamPurpose.CARB_COUNTING));
            MealDriver mealDriver = new MealDriver(sim, body, events, scenario.meals().eatingRateGramsPerMinute(),
                    duration);
            VariabilityDriver variability = VariabilityDriver.start(
                    scenario.variability().parametersFor(therapySettings.ageYears()), sim, body,
                    streams, patient, startMinuteOfDay, duration);
            if (variability != null) {
                mealDriver.onMealStart(variability::onMealStart);
            }
            PersonDriver person = PersonDriver.of(scenario.person(), therapySettings, ArmDevices.DEFAULT_TARGET_MG_DL,
                    sim, body, cgm, mealDriver, events, device, bolusIob, streams, patient, startMinuteOfDay);
            FaultRates faultRates = FaultInjector.ratesFor(scenario, arm.name());
            MealDriver.Announcements entered = FaultInjector.mealFaults(faultRates, streams, patient, sim, events,
                    loop[0]::announce);
            mealDriver.schedule(meals, person == null ? entered : person.between(entered));
            FaultInjector.schedule(scenario, arm.name(), patient, duration, sim, pump, cgm, events);
            FaultInjector.scheduleCgmFaults(faultRates, streams, patient, duration, sim, cgm, events);
            ManualTherapyDriver.schedule(arm.manualTherapy(), duration, sim, pump, events);
            CgmAlertMonitor alerts = arm.alerts() == null ? null : new CgmAlertMonitor(arm.alerts(), events,
                    person == null ? (t, type, reading) -> { } : person::onAlert);
            ExerciseDriver.schedule(scenario.exercise(), startMinuteOfDay, duration, sim, body, events);
            cgm.scheduleSensorChanges(sim, events, duration);

            long sampleInterval = cgmSpec.sampleIntervalMillis();
            Ticks.repeating(sim, 0, sampleInterval, duration - 1, Priority.OBSERVE, t -> {
                Double reading = cgm.sample(t);
                if (reading != null) {
                    recorder.onCgmReading(t, reading);
                }
                if (alerts != null) {
                    alerts.onReading(t, reading);
                }
                if (person != null) {
                    person.afterSample(t, reading);
                }
            });
            Ticks.repeating(sim, 0, sampleInterval, duration - 1, Priority.DECIDE, loop[0]::onSample);
            Ticks.repeating(sim, 0, SimTime.minutes(scenario.outputIntervalMinutes()), duration, Priority.RECORD,
                    recorder::record);

            device.start();
            sim.runUntil(duration);
            severeEvents[0] = person == null ? 0 : person.severeEpisodes();
        } catch (RuntimeException e) {
            ControllerFailure f;
            if (e instanceof ControllerFailure failure) {
                f = failure;
            } else if (controller == null || loop[0] == null) {
                // The controller could not even be created or started: that too is its failure.
                f = new ControllerFailure(arm.name(), patient, 0,
                        e.getMessage() == null ? "it could not be started" : e.getMessage(), e);
            } else {
                throw e;
            }
            events.add(sim.nowMillis(), "CONTROLLER_FAILURE", f.getMessage(), null, null, null);
            return new Result(arm.name(), patient, replicate, List.of(), List.of(), null, ledgerOf(pump),
                    body.cumulativeCarbsGrams(), intoPatient(device), sim.eventsRun(), f, accountsOf(pens));
        } finally {
            if (controller != null) {
                closeQuietly(controller);
            }
        }
        InsulinLedger ledger = ledgerOf(pump);
        double days = duration / (double) SimTime.MILLIS_PER_DAY;
        SummaryBuilder summary = recorder.summaryWithTotals();
        if (scenario.person().enabled()) {
            // The person's rescue carbs, as the metrics layer counts them from the events.
            summary.addRescueCarbs(events.rescueCarbsGrams());
            summary.addSevereHypoEvents(severeEvents[0]);
        }
        return new Result(arm.name(), patient, replicate, List.of(), List.of(),
                summary.build(days), ledger, body.cumulativeCarbsGrams(),
                intoPatient(device), sim.eventsRun(), null, accountsOf(pens));
    }

    private static InsulinLedger ledgerOf(InsulinPump pump) {
        return pump == null ? null : pump.ledger();
    }

    private static PenAccounts accountsOf(PenTherapy pens) {
        return pens == null ? null : pens.accounts();
    }

    /** Pump: what the infusion site passed to the body; pens: the doses injected. */
    private double intoPatient(TherapyDevice device) {
        return device instanceof PenTherapy p ? p.deliveredToPatientUnits() : deliveredToPatientUnits;
    }

    private static void closeQuietly(Controller controller) {
        try {
            controller.close();
        } catch (RuntimeException ignored) {
            // Closing a failed controller may fail again; the first failure is the one reported.
        }
    }
}
