package org.vpsim.pump.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.core.EventHandler;
import org.vpsim.core.Priority;
import org.vpsim.core.Series;
import org.vpsim.core.SeriesHandler;
import org.vpsim.core.Simulation;
import org.vpsim.pump.device.PumpTick.Kind;

/**
 * A durable syringe insulin pump (MiniMed 7xx-like) driving one simulated patient through the
 * {@link InfusionSite} port. One pump per patient; confined to its {@link Simulation}'s thread.
 *
 * <h2>Delivery</h2>
 * Basal is a pulse train: programmed insulin accumulates continuously at the rate in effect, and a
 * motor stroke fires each time the accumulated amount reaches one pulse, so spacing = pulse/rate
 * (1 U/h: one 0.025 U stroke every 90 s). A rate change (profile segment, temp basal, suspend)
 * accumulates up to the change and re-plans the next stroke without losing the accumulated fraction:
 * the pending train is cancelled and a new one started.
 * Boluses are whole numbers of strokes at the bolus speed (1.5 U/min: one stroke per second), or
 * spread evenly over the duration for the extended part. The basal train and each bolus are one kernel
 * {@link Series} each (one queue entry, no event object per stroke, and a bolus's 1-second strokes skip the
 * queue while they come first), ordered exactly as strokes that each schedule the next after they ran.
 * Each stroke displaces a volume drawn by {@link StrokeVolumeModel}; the reservoir is debited by what the
 * stroke actually displaced.
 *
 * <h2>Infusion set</h2>
 * Each displaced volume goes, in this order: dislodged set: all lost; occluded set: held in the line
 * until the backlog reaches the alarm threshold, then OCCLUDED (no delivery until set change); leak:
 * {@link PumpSpec#leakFraction()} lost; wear: a bioavailability share lost; the rest enters the
 * patient. At set change the old line and its occlusion backlog are discarded and counted as lost
 * (a modelled choice: the user replaces tubing and cannula, so the pressurised insulin never reaches
 * the patient), and the new line is primed (tubing prime + cannula fill) from the reservoir.
 * The set in place at {@link #start()} is taken as already primed (before the scenario began).
 *
 * <h2>Events</h2>
 * Pump events run at {@link Priority#ACT}; faults and scheduled set/reservoir changes at
 * {@link Priority#INPUT}.
 */
public final class InsulinPump {
    private static final double EPS = 1e-9;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private static final long WEAR_TICK_MILLIS = 3_600_000L;

    private final PumpSpec spec;
    private final BasalProfile profile;
    private final Simulation sim;
    private final InfusionSite site;
    private final PumpEventListener listener;
    private final AbsorptionListener absorptionListener;
    private final DeliveryListener deliveryListener;
    private final StrokeVolumeModel motor;
    private final UniformRandomProvider occlusionThresholdRng;
    private double occlusionThresholdUnits;
    private final InfusionSet set;
    private final InsulinAccounts accounts;
    private final UniformRandomProvider infusionSetRng;
    private final long clockOffsetMillis;
    private final long initialSetAgeMillis;
    private final SetChangeBehaviour setChangeBehaviour;

    private boolean started;
    // status flags
    private boolean suspended;
    private boolean occlusionAlarmed;
    private boolean empty;
    private boolean lowReservoirAlarmed;
    private double lastRateMultiplier = Double.NaN;
    // basal pulse train
    private double basalAccumulatedUnits;
    private long basalAccumulatedAtMillis;
    private double basalRateInEffectUnitsPerHour;
    /** The pending basal stroke train, or null while the rate is 0 (cancelled at every re-plan). */
    private Series basalTrain;
    // temp basal
    private boolean tempActive;
    private double tempPercent = Double.NaN; // NaN for absolute temp basal
    private double tempAbsoluteUnitsPerHour;
    private long tempEndMillis;
    private long tempGeneration;
    private long suspendGeneration;
    // boluses
    private final List<ActiveBolus> boluses = new ArrayList<>(2);
    private long nextBolusId = 1;

    /** One handler object for all of the pump's events (a method reference per schedule would allocate). */
    private final EventHandler<PumpTick> tickHandler = this::onTick;
    /** One handler for every basal train. */
    private final SeriesHandler basalStroke = this::onBasalPulse;
    /** The nominal stroke volume (U), read per stroke. */
    private final double pulseUnits;

    private InsulinPump(Builder b) {
        this.spec = b.spec;
        this.pulseUnits = b.spec.pulseUnits();
        this.sim = b.simulation;
        this.site = Objects.requireNonNull(b.infusionSite, "infusionSite");
        this.listener = b.eventListener;
        this.absorptionListener = b.absorptionListener;
        this.deliveryListener = b.deliveryListener;
        UniformRandomProvider pumpRng = Objects.requireNonNull(b.pumpErrorRandom, "pumpErrorRandom");
        UniformRandomProvider strokeRng = pumpRng;
        if (pumpRng instanceof JumpableUniformRandomProvider jumpable) {
            // The strokes keep the stream from its start (jump() returns a copy at the current position); the
            // occlusion thresholds draw from the same stream far ahead, so they never shift the strokes.
            strokeRng = jumpable.jump();
        }
        this.motor = new StrokeVolumeModel(spec, strokeRng);
        this.occlusionThresholdRng = pumpRng;
        this.occlusionThresholdUnits = spec.occlusionAlarmThresholdUnits();
        this.infusionSetRng = Objects.requireNonNull(b.infusionSetRandom, "infusionSetRandom");
        this.set = new InfusionSet(spec);
        this.clockOffsetMillis = b.clockOffsetMillis;
        this.profile = roundProfile(b.basalProfile, spec);
        if (b.initialReservoirUnits < 0 || b.initialReservoirUnits > spec.reservoirCapacityUnits() + EPS) {
            throw new IllegalArgumentException("initialReservoirUnits: " + b.initialReservoirUnits
                    + " is outside 0-" + spec.reservoirCapacityUnits() + " U");
        }
        if (b.initialSetAgeMillis < 0) {
            throw new IllegalArgumentException("initialSetAgeMillis: " + b.initialSetAgeMillis + " is negative");
        }
        this.initialSetAgeMillis = b.initialSetAgeMillis;
        this.setChangeBehaviour = b.setChangeBehaviour;
        this.accounts = new InsulinAccounts(b.initialReservoirUnits);
    }

    /** Pumps round each programmed rate to the basal increment (nearest) and refuse rates above max basal. */
    private static BasalProfile roundProfile(BasalProfile profile, PumpSpec spec) {
        Objects.requireNonNull(profile, "basalProfile");
        List<BasalSegment> rounded = new ArrayList<>();
        for (int i = 0; i < profile.segments().size(); i++) {
            BasalSegment s = profile.segments().get(i);
            double r = roundNearest(s.basalUnitsPerHour(), spec.basalIncrementUnitsPerHour());
            if (r > spec.maxBasalUnitsPerHour() + EPS) {
                throw new IllegalArgumentException("basalProfile.segments[" + i + "].basalUnitsPerHour: "
                        + s.basalUnitsPerHour() + " exceeds maxBasalUnitsPerHour " + spec.maxBasalUnitsPerHour());
            }
            rounded.add(new BasalSegment(s.startMinuteOfDay(), r));
        }
        return new BasalProfile(rounded);
    }

    private static double roundNearest(double value, double increment) {
        return Math.rint(value / increment) * increment;
    }

    private static double roundDown(double value, double increment) {
        return Math.floor(value / increment + 1e-9) * increment;
    }

    /** Starts a builder; the pump error and infusion-set random streams and the site are required. */
    public static Builder builder(PumpSpec spec, BasalProfile basalProfile, Simulation simulation) {
        return new Builder(spec, basalProfile, simulation);
    }

    // ------------------------------------------------------------------------------------------ life cycle

    /** Starts delivery at the simulation's current time. Call once. */
    public void start() {
        if (started) {
            throw new IllegalStateException("pump already started");
        }
        started = true;
        long now = sim.nowMillis();
        basalAccumulatedAtMillis = now;
        empty = accounts.reservoirUnits() <= EPS;
        lowReservoirAlarmed = false;
        scheduleProfileBoundary(now);
        beginSet(now - initialSetAgeMillis, now);
        checkReservoirAlarms(now);
        replanBasal(now);
    }

    // ------------------------------------------------------------------------------------------ read-outs

    public PumpSpec spec() {
        return spec;
    }

    /** The profile as programmed into the pump (rates rounded to the basal increment). */
    public BasalProfile basalProfile() {
        return profile;
    }

    public double reservoirUnits() {
        return accounts.reservoirUnits();
    }

    public PumpStatus status() {
        if (empty) {
            return PumpStatus.EMPTY;
        }
        if (occlusionAlarmed) {
            return PumpStatus.OCCLUDED;
        }
        return suspended ? PumpStatus.SUSPENDED : PumpStatus.RUNNING;
    }

    /** Basal rate being delivered now (U/h): profile or temp basal when RUNNING, otherwise 0. */
    public double currentBasalUnitsPerHour() {
        return status() == PumpStatus.RUNNING ? programmedBasalUnitsPerHour() : 0.0;
    }

    /** Basal rate programmed now (profile or temp basal), whatever the status (U/h). */
    public double programmedBasalUnitsPerHour() {
        long now = sim.nowMillis();
        if (tempActive && now < tempEndMillis) {
            return tempRate(now);
        }
        return profile.rateAt(now + clockOffsetMillis);
    }

    /** Rate of the basal profile at the current clock time (U/h), ignoring temp basals. */
    public double scheduledBasalUnitsPerHour() {
        return profile.rateAt(sim.nowMillis() + clockOffsetMillis);
    }

    public boolean tempBasalActive() {
        return tempActive;
    }

    /** True while a bolus (any part) is being delivered. */
    public boolean bolusInProgress() {
        return !boluses.isEmpty();
    }

    /** Age of the current infusion set (ms). */
    public long setAgeMillis() {
        return set.ageMillis(sim.nowMillis());
    }

    /** Snapshot of the cumulative insulin accounting. */
    public InsulinLedger ledger() {
        return accounts.snapshot();
    }

    // ------------------------------------------------------------------------------------------ boluses

    /**
     * Programs a bolus now. The amount is rounded down to the bolus increment; it is refused (with a
     * BOLUS_REFUSED event) above max bolus, when it rounds to 0, when the pump is not RUNNING, when
     * an immediate part would overlap another bolus's immediate part, or an extended part another
     * extended part.
     */
    public BolusResult requestBolus(BolusRequest request) {
        Objects.requireNonNull(request, "request");
        requireStarted();
        long now = sim.nowMillis();
        double programmed = roundDown(request.units(), spec.bolusIncrementUnits());
        String refusal = null;
        if (request.units() > spec.maxBolusUnits() + EPS) {
            refusal = request.units() + " U exceeds max bolus " + spec.maxBolusUnits() + " U";
        } else if (programmed < spec.pulseUnits() - EPS) {
            refusal = request.units() + " U rounds to 0 at increment " + spec.bolusIncrementUnits() + " U";
        } else if (status() != PumpStatus.RUNNING) {
            refusal = "pump is " + status();
        } else if (request.durationMillis() > spec.maxExtendedBolusHours() * MILLIS_PER_HOUR) {
            refusal = "duration " + request.durationMillis() / 60_000.0 + " min exceeds max "
                    + spec.maxExtendedBolusHours() + " h";
        }
        int totalStrokes = (int) Math.round(programmed / spec.pulseUnits());
        int immediate = (int) Math.round(totalStrokes * request.immediateFraction());
        int extended = totalStrokes - immediate;
        if (refusal == null) {
            for (ActiveBolus b : boluses) {
                if (immediate > 0 && b.inImmediatePhase()) {
                    refusal = "bolus " + b.id + " in progress";
                } else if (extended > 0 && b.hasExtendedPart()) {
                    refusal = "extended bolus " + b.id + " in progress";
                }
            }
        }
        if (refusal != null) {
            emit(now, PumpEventType.BOLUS_REFUSED, request.type() + ": " + refusal, request.units(), 0.0);
            return BolusResult.refused(refusal);
        }
        ActiveBolus b = new ActiveBolus(nextBolusId++, request.type(), programmed, immediate, extended, now,
                spec.bolusStrokeSpacingMillis(request.speed()), request.durationMillis());
        boluses.add(b);
        String detail = request.type() + (request.type() == BolusType.NORMAL ? ""
                : " immediate " + immediate * spec.pulseUnits() + " U, extended " + extended * spec.pulseUnits()
                        + " U over " + request.durationMillis() / 60_000.0 + " min")
                + (Math.abs(programmed - request.units()) > EPS ? " (rounded from " + request.units() + " U)" : "");
        emit(now, PumpEventType.BOLUS_REQUESTED, detail.trim(), programmed, null);
        if (boluses.contains(b)) { // not cancelled by whoever heard of the request
            b.strokes = sim.scheduleSeries(b.strokeTime(0), Priority.ACT, (t, s) -> onBolusStroke(b, t));
        }
        return new BolusResult(true, b.id, programmed, "");
    }

    // ------------------------------------------------------------------------------------------ temp basal

    /** Temp basal as a percentage of the profile (follows profile changes), rounded down to the increment. */
    public boolean setTempBasalPercent(double percent, long durationMillis) {
        requireStarted();
        long now = sim.nowMillis();
        String refusal = checkTempDuration(durationMillis);
        if (refusal == null && !(percent >= 0 && percent <= spec.maxTempBasalPercent())) {
            refusal = "percent " + percent + " is outside 0-" + spec.maxTempBasalPercent();
        }
        if (refusal == null && profile.maxRate() * percent / 100.0 > spec.maxBasalUnitsPerHour() + EPS) {
            refusal = percent + " % of the profile exceeds max basal " + spec.maxBasalUnitsPerHour() + " U/h";
        }
        if (refusal != null) {
            emit(now, PumpEventType.TEMP_BASAL_REFUSED, refusal, null, null);
            return false;
        }
        startTemp(now, percent, 0.0, durationMillis,
                percent + " % for " + durationMillis / 60_000.0 + " min");
        return true;
    }

    /** Temp basal at an absolute rate (rounded to the nearest basal increment). */
    public boolean setTempBasalAbsolute(double basalUnitsPerHour, long durationMillis) {
        requireStarted();
        long now = sim.nowMillis();
        String refusal = checkTempDuration(durationMillis);
        double rate = roundNearest(basalUnitsPerHour, spec.basalIncrementUnitsPerHour());
        if (refusal == null && !(basalUnitsPerHour >= 0 && rate <= spec.maxBasalUnitsPerHour() + EPS)) {
            refusal = basalUnitsPerHour + " U/h is outside 0-" + spec.maxBasalUnitsPerHour() + " U/h";
        }
        if (refusal != null) {
            emit(now, PumpEventType.TEMP_BASAL_REFUSED, refusal, null, null);
            return false;
        }
        startTemp(now, Double.NaN, rate, durationMillis, rate + " U/h for " + durationMillis / 60_000.0 + " min");
        return true;
    }

    /** Ends the temp basal now (no-op without one). */
    public void cancelTempBasal() {
        requireStarted();
        if (tempActive) {
            endTemp(sim.nowMillis(), "cancelled");
        }
    }

    private String checkTempDuration(long durationMillis) {
        if (durationMillis <= 0 || durationMillis > 24 * 3_600_000L) {
            return "duration " + durationMillis + " ms is outside (0, 24 h]";
        }
        return null;
    }

    private void startTemp(long now, double percent, double absolute, long durationMillis, String detail) {
        accumulateBasal(now);
        tempActive = true;
        tempPercent = percent;
        tempAbsoluteUnitsPerHour = absolute;
        tempEndMillis = now + durationMillis;
        tempGeneration++;
        emit(now, PumpEventType.TEMP_BASAL, detail, null, null);
        sim.schedule(new PumpTick(tempEndMillis, Priority.ACT, Kind.TEMP_END, tempGeneration, null, 0), tickHandler);
        replanBasal(now);
    }

    private void endTemp(long now, String why) {
        accumulateBasal(now);
        tempActive = false;
        tempGeneration++;
        emit(now, PumpEventType.TEMP_BASAL_ENDED, why, null, null);
        replanBasal(now);
    }

    private double tempRate(long now) {
        if (Double.isNaN(tempPercent)) {
            return tempAbsoluteUnitsPerHour;
        }
        return roundDown(profile.rateAt(now + clockOffsetMillis) * tempPercent / 100.0,
                spec.basalIncrementUnitsPerHour());
    }

    // ------------------------------------------------------------------------------------------ suspend

    /** Suspends all delivery (basal stops, boluses in progress are cancelled). Returns false if already suspended. */
    public boolean suspend(String reason) {
        requireStarted();
        if (suspended) {
            return false;
        }
        long now = sim.nowMillis();
        suspended = true;
        suspendGeneration++;
        emit(now, PumpEventType.SUSPEND, Objects.requireNonNullElse(reason, ""), null, null);
        haltDelivery(now, "suspended");
        scheduleSuspendReminder(now);
        return true;
    }

    /**
     * Suspends all delivery for {@code durationMillis} (the "suspend for ..." of pumps such as the t:slim X2 or the
     * MiniMed 780G's manual suspend with a set time): as {@link #suspend(String)}, then delivery resumes by itself
     * when the time is up (a RESUME event, detail "suspend time over") unless it was resumed earlier. Returns false,
     * changing nothing, if already suspended or the duration is not within (0, 24 h].
     */
    public boolean suspendFor(long durationMillis, String reason) {
        requireStarted();
        if (durationMillis <= 0 || durationMillis > 24 * 3_600_000L || suspended) {
            return false;
        }
        suspend(reason);
        sim.schedule(new PumpTick(sim.nowMillis() + durationMillis, Priority.ACT, Kind.SUSPEND_END, suspendGeneration,
                null, 0), tickHandler);
        return true;
    }

    /** Resumes after a suspend. Returns false if not suspended. */
    public boolean resume() {
        requireStarted();
        if (!suspended) {
            return false;
        }
        long now = sim.nowMillis();
        suspended = false;
        suspendGeneration++;
        emit(now, PumpEventType.RESUME, "", null, null);
        replanBasal(now);
        return true;
    }

    private void scheduleSuspendReminder(long now) {
        long at = now + Math.max(1L, Math.round(spec.suspendReminderMinutes() * 60_000.0));
        sim.schedule(new PumpTick(at, Priority.ACT, Kind.SUSPEND_REMINDER, suspendGeneration, null, 0), tickHandler);
    }

    // ------------------------------------------------------------------------------------------ set & reservoir

    /** Replaces tubing and cannula now: discards the old line (and any occlusion backlog), primes the new one. */
    public void changeSet() {
        requireStarted();
        long now = sim.nowMillis();
        double backlog = accounts.discardBacklog();
        boolean wasOccluded = occlusionAlarmed;
        occlusionAlarmed = false;
        double primeWanted = spec.primeUnits() + spec.fillCannulaUnits();
        double prime = accounts.drawPriming(primeWanted);
        emit(now, PumpEventType.SET_CHANGE, "age " + round2(set.ageMillis(now) / MILLIS_PER_HOUR) + " h"
                + (backlog > 0 ? ", discarded occlusion backlog " + round3(backlog) + " U" : "")
                + (wasOccluded ? ", occlusion cleared" : ""), primeWanted, prime);
        beginSet(now, now);
        checkReservoirAlarms(now);
        replanBasal(now);
    }

    /** Schedules {@link #changeSet()} at a time. */
    public void scheduleSetChange(long timeMillis) {
        sim.schedule(new PumpTick(timeMillis, Priority.INPUT, Kind.SET_CHANGE, 0, null, 0), tickHandler);
    }

    /**
     * Rewinds and loads a new reservoir filled with {@code fillUnits}; the insulin left in the old one
     * is discarded. Does not prime the tubing (call {@link #changeSet()} for that).
     */
    public void changeReservoir(double fillUnits) {
        requireStarted();
        if (!(fillUnits > 0 && fillUnits <= spec.reservoirCapacityUnits() + EPS)) {
            throw new IllegalArgumentException("fillUnits: " + fillUnits + " is outside (0, "
                    + spec.reservoirCapacityUnits() + "] U");
        }
        long now = sim.nowMillis();
        double old = accounts.refill(fillUnits);
        empty = false;
        lowReservoirAlarmed = false;
        emit(now, PumpEventType.RESERVOIR_CHANGE, "discarded " + round3(old) + " U", fillUnits, null);
        checkReservoirAlarms(now);
        replanBasal(now);
    }

    /** Schedules {@link #changeReservoir(double)} at a time. */
    public void scheduleReservoirChange(long timeMillis, double fillUnits) {
        if (!(fillUnits > 0 && fillUnits <= spec.reservoirCapacityUnits() + EPS)) {
            throw new IllegalArgumentException("fillUnits: " + fillUnits + " is outside (0, "
                    + spec.reservoirCapacityUnits() + "] U");
        }
        sim.schedule(new PumpTick(timeMillis, Priority.INPUT, Kind.RESERVOIR_CHANGE, 0, null, fillUnits), tickHandler);
    }

    /** Schedules an infusion-set fault at a time; it affects whatever set is in place then. */
    public void scheduleFault(FaultType type, long timeMillis) {
        Objects.requireNonNull(type, "type");
        sim.schedule(new PumpTick(timeMillis, Priority.INPUT, Kind.FAULT, -1, type, 0), tickHandler);
    }

    private void beginSet(long insertedAtMillis, long now) {
        set.insert(insertedAtMillis);
        long setGeneration = set.generation();
        long due = Math.max(now, insertedAtMillis + Math.round(spec.setWearHours() * MILLIS_PER_HOUR));
        sim.schedule(new PumpTick(due, Priority.ACT, Kind.SET_DUE, setGeneration, null, 0), tickHandler);
        sim.schedule(new PumpTick(now + WEAR_TICK_MILLIS, Priority.ACT, Kind.WEAR, setGeneration, null, 0),
                tickHandler);
        notifyAbsorption(now, true);
        drawRandomFaults(now);
    }

    /**
     * Exponential waiting times for each failure mode from the INFUSION_SET stream. Three uniforms are
     * drawn per set whatever the rates, so arms differing only in fault rates keep aligned streams.
     */
    private void drawRandomFaults(long now) {
        double[] rates = {spec.occlusionsPerDay(), spec.leaksPerDay(), spec.dislodgementsPerDay()};
        FaultType[] types = {FaultType.OCCLUSION, FaultType.LEAK, FaultType.DISLODGEMENT};
        for (int i = 0; i < 3; i++) {
            double u = infusionSetRng.nextDouble();
            if (rates[i] <= 0) {
                continue;
            }
            double waitDays = -Math.log1p(-u) / rates[i];
            if (waitDays < 1e6) {
                long at = now + Math.round(waitDays * 86_400_000.0);
                sim.schedule(new PumpTick(at, Priority.INPUT, Kind.FAULT, set.generation(), types[i], 0), tickHandler);
            }
        }
    }

    private void notifyAbsorption(long now, boolean force) {
        double m = set.absorptionRateMultiplier(now);
        if (force || Math.abs(m - lastRateMultiplier) > 1e-12) {
            lastRateMultiplier = m;
            absorptionListener.absorptionChanged(now, m, set.bioavailability(now));
        }
    }

    private void applyFault(long now, FaultType type, boolean scheduled) {
        if (set.fail(type)) {
            String origin = scheduled ? "scheduled" : "random";
            switch (type) {
                case OCCLUSION -> {
                    occlusionThresholdUnits = drawOcclusionThreshold();
                    emit(now, PumpEventType.FAULT_OCCLUSION, origin, null, null);
                }
                case LEAK -> emit(now, PumpEventType.FAULT_LEAK, origin + ", fraction " + spec.leakFraction(),
                        null, null);
                case DISLODGEMENT -> emit(now, PumpEventType.FAULT_DISLODGEMENT, origin + "; undetectable by the pump",
                        null, null);
                default -> throw new AssertionError(type);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ events

    private void onTick(PumpTick e, Simulation s) {
        long now = e.timeMillis();
        switch (e.kind()) {
            case PROFILE_BOUNDARY -> {
                replanBasal(now);
                scheduleProfileBoundary(now);
            }
            case TEMP_END -> {
                if (tempActive && e.token() == tempGeneration) {
                    endTemp(now, "expired");
                }
            }
            case SUSPEND_REMINDER -> {
                if (suspended && e.token() == suspendGeneration) {
                    emit(now, PumpEventType.ALARM_SUSPEND_REMINDER,
                            "suspended", null, null);
                    scheduleSuspendReminder(now);
                }
            }
            case SUSPEND_END -> {
                if (suspended && e.token() == suspendGeneration) {
                    suspended = false;
                    suspendGeneration++;
                    emit(now, PumpEventType.RESUME, "suspend time over", null, null);
                    replanBasal(now);
                }
            }
            case LATE_SET_CHANGE -> {
                if (e.token() == set.generation()) {
                    autoChange();
                }
            }
            case SET_DUE -> {
                if (e.token() == set.generation()) {
                    long extra = spec.autoSetChange() ? setChangeBehaviour.extraWearMillis(now) : 0;
                    if (extra > 0) {
                        emit(now, PumpEventType.SET_CHANGE_FORGOTTEN, "set due at age "
                                + round2(set.ageMillis(now) / MILLIS_PER_HOUR) + " h left in for another "
                                + round2(extra / MILLIS_PER_HOUR) + " h", null, null);
                        sim.schedule(new PumpTick(now + extra, Priority.ACT, Kind.LATE_SET_CHANGE, set.generation(),
                                null, 0), tickHandler);
                    } else if (spec.autoSetChange()) {
                        autoChange();
                    } else {
                        emit(now, PumpEventType.ALARM_SET_CHANGE_DUE, "set age "
                                + round2(set.ageMillis(now) / MILLIS_PER_HOUR) + " h", null, null);
                    }
                }
            }
            case WEAR -> {
                if (e.token() == set.generation()) {
                    notifyAbsorption(now, false);
                    sim.schedule(new PumpTick(now + WEAR_TICK_MILLIS, Priority.ACT, Kind.WEAR, set.generation(),
                            null, 0), tickHandler);
                }
            }
            case FAULT -> {
                if (e.token() == -1 || e.token() == set.generation()) {
                    applyFault(now, e.fault(), e.token() == -1);
                }
            }
            case SET_CHANGE -> changeSet();
            case RESERVOIR_CHANGE -> changeReservoir(e.units());
            case AUTO_REFILL -> {
                if (empty) { // a new reservoir needs its tubing primed: both are changed
                    changeReservoir(spec.reservoirFillUnits());
                    changeSet();
                }
            }
            case AUTO_SET_CHANGE -> {
                if (e.token() == set.generation() && occlusionAlarmed) {
                    changeSet();
                }
            }
            default -> throw new AssertionError(e.kind());
        }
    }

    /** The automatic change a compliant user makes: new reservoir (if configured) and new set. */
    private void autoChange() {
        if (spec.changeReservoirWithSet()) {
            long now = sim.nowMillis();
            if (!empty && setChangeBehaviour.keepsReservoir(now)) {
                emit(now, PumpEventType.RESERVOIR_NOT_REFILLED, "old reservoir kept with "
                        + round3(accounts.reservoirUnits()) + " U", null, null);
            } else {
                changeReservoir(spec.reservoirFillUnits());
            }
        }
        changeSet();
    }

    private void scheduleProfileBoundary(long now) {
        long clock = now + clockOffsetMillis;
        long next = profile.nextBoundaryAfter(clock) - clockOffsetMillis;
        sim.schedule(new PumpTick(next, Priority.ACT, Kind.PROFILE_BOUNDARY, 0, null, 0), tickHandler);
    }

    // ------------------------------------------------------------------------------------------ basal train

    private void accumulateBasal(long now) {
        basalAccumulatedUnits += basalRateInEffectUnitsPerHour * (now - basalAccumulatedAtMillis) / MILLIS_PER_HOUR;
        basalAccumulatedAtMillis = now;
    }

    /** Accumulates at the old rate up to now, takes the rate now in effect, and plans the next stroke. */
    private void replanBasal(long now) {
        accumulateBasal(now);
        basalRateInEffectUnitsPerHour = currentBasalUnitsPerHour();
        if (basalTrain != null) {
            basalTrain.cancel();
            basalTrain = null;
        }
        if (basalRateInEffectUnitsPerHour > 0) {
            basalTrain = sim.scheduleSeries(now + basalWaitMillis(), Priority.ACT, basalStroke);
        }
    }

    /** Time until the accumulated basal reaches one pulse at the rate in effect (ms, rounded up). */
    private long basalWaitMillis() {
        double missing = pulseUnits - basalAccumulatedUnits;
        return missing <= 0 ? 0 : (long) Math.ceil(missing / basalRateInEffectUnitsPerHour * MILLIS_PER_HOUR);
    }

    /**
     * A basal stroke of the current train; returns the time of the next at the same rate. A halt during the
     * stroke re-plans, which cancels this train, so the kernel then ignores the time returned.
     */
    private long onBasalPulse(long now, Simulation s) {
        accumulateBasal(now);
        basalAccumulatedUnits = Math.max(0.0, basalAccumulatedUnits - pulseUnits);
        stroke(now, DeliveryKind.BASAL, null);
        return now + basalWaitMillis();
    }

    // ------------------------------------------------------------------------------------------ boluses

    /** A stroke of bolus {@code b} (its own series); returns the time of its next stroke or END. */
    private long onBolusStroke(ActiveBolus b, long now) {
        b.done++;
        boolean complete = b.done == b.totalStrokes();
        if (complete) {
            boluses.remove(b); // so that a halt caused by this last stroke does not report it cancelled
        }
        stroke(now, DeliveryKind.BOLUS, b); // may halt delivery and cancel the boluses in progress
        if (complete) {
            emit(now, PumpEventType.BOLUS_COMPLETED, b.type.toString(), b.programmedUnits, b.displacedUnits);
            return SeriesHandler.END;
        }
        return b.strokes.active() ? Math.max(now, b.strokeTime(b.done)) : SeriesHandler.END;
    }

    private void cancelBoluses(long now, String why) {
        for (ActiveBolus b : boluses) {
            if (b.strokes != null) {
                b.strokes.cancel();
            }
            emit(now, PumpEventType.BOLUS_CANCELLED, b.type + " " + why, b.programmedUnits, b.displacedUnits);
        }
        boluses.clear();
    }

    // ------------------------------------------------------------------------------------------ the stroke

    /**
     * One motor stroke: reservoir -> line -> site -> patient, with every share accounted for. A bolus
     * stroke's displaced volume is credited to its bolus before any alarm it causes can cancel it.
     */
    private void stroke(long now, DeliveryKind kind, ActiveBolus bolus) {
        if (status() != PumpStatus.RUNNING) {
            return;
        }
        double volume = accounts.drawStroke(motor.nextStrokeUnits(now), pulseUnits, kind);
        if (bolus != null) {
            bolus.displacedUnits += volume;
        }
        deliveryListener.delivered(now, pulseUnits, kind);
        double absorbed = set.route(now, volume, accounts);
        if (absorbed > 0) {
            site.infuse(now, absorbed);
        }
        if (set.occluded() && !occlusionAlarmed
                && accounts.heldInLineUnits() >= occlusionThresholdUnits - EPS) {
            raiseOcclusionAlarm(now);
        }
        checkReservoirAlarms(now);
    }

    /**
     * The missed volume at which this occlusion will alarm: fixed, or drawn from the triangular distribution on
     * [min, max] with mode {@link PumpSpec#occlusionAlarmThresholdUnits()} by inversion of one uniform draw.
     */
    private double drawOcclusionThreshold() {
        if (!spec.occlusionAlarmThresholdScatters()) {
            return spec.occlusionAlarmThresholdUnits();
        }
        double a = spec.occlusionAlarmThresholdMinUnits();
        double c = spec.occlusionAlarmThresholdUnits();
        double b = spec.occlusionAlarmThresholdMaxUnits();
        double u = occlusionThresholdRng.nextDouble();
        double split = (c - a) / (b - a);
        return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }

    /** The line pressure reached the detection threshold: the pump stops and alarms. */
    private void raiseOcclusionAlarm(long now) {
        occlusionAlarmed = true;
        double missed = accounts.heldInLineUnits();
        emit(now, PumpEventType.ALARM_OCCLUSION, "insulin flow blocked; missed " + round3(missed) + " U", null, missed);
        haltDelivery(now, "occlusion alarm");
        if (spec.autoSetChange()) {
            sim.schedule(new PumpTick(now + userResponseMillis(), Priority.ACT, Kind.AUTO_SET_CHANGE,
                    set.generation(), null, 0), tickHandler);
        }
    }

    private void checkReservoirAlarms(long now) {
        double reservoir = accounts.reservoirUnits();
        if (!lowReservoirAlarmed && reservoir < spec.lowReservoirAlertUnits() - EPS) {
            lowReservoirAlarmed = true;
            emit(now, PumpEventType.ALARM_LOW_RESERVOIR, round3(reservoir) + " U left", null, null);
        }
        if (!empty && reservoir <= EPS) {
            empty = true;
            emit(now, PumpEventType.ALARM_EMPTY_RESERVOIR, "no insulin", null, null);
            haltDelivery(now, "reservoir empty");
            if (spec.autoSetChange()) {
                sim.schedule(new PumpTick(now + userResponseMillis(), Priority.ACT, Kind.AUTO_REFILL, 0, null, 0),
                        tickHandler);
            }
        }
    }

    private long userResponseMillis() {
        return Math.round(spec.userResponseMinutes() * 60_000.0);
    }

    private void haltDelivery(long now, String why) {
        replanBasal(now);
        cancelBoluses(now, why);
    }

    private void emit(long now, PumpEventType type, String detail, Double requested, Double delivered) {
        listener.onPumpEvent(new PumpEvent(now, type, detail, requested, delivered));
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("pump not started: call start() first");
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Builder for {@link InsulinPump}. */
    public static final class Builder {
        private final PumpSpec spec;
        private final BasalProfile basalProfile;
        private final Simulation simulation;
        private UniformRandomProvider pumpErrorRandom;
        private UniformRandomProvider infusionSetRandom;
        private InfusionSite infusionSite;
        private PumpEventListener eventListener = PumpEventListener.NONE;
        private AbsorptionListener absorptionListener = AbsorptionListener.NONE;
        private DeliveryListener deliveryListener = DeliveryListener.NONE;
        private long clockOffsetMillis;
        private double initialReservoirUnits;
        private long initialSetAgeMillis;
        private SetChangeBehaviour setChangeBehaviour = SetChangeBehaviour.COMPLIANT;

        private Builder(PumpSpec spec, BasalProfile basalProfile, Simulation simulation) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.basalProfile = Objects.requireNonNull(basalProfile, "basalProfile");
            this.simulation = Objects.requireNonNull(simulation, "simulation");
            this.initialReservoirUnits = spec.reservoirFillUnits();
        }

        /** The patient's PUMP_ERROR stream ({@code RandomStreams.stream(patientId, PUMP_ERROR)}). */
        public Builder pumpErrorRandom(UniformRandomProvider rng) { pumpErrorRandom = rng; return this; }
        /** The patient's INFUSION_SET stream. */
        public Builder infusionSetRandom(UniformRandomProvider rng) { infusionSetRandom = rng; return this; }
        public Builder infusionSite(InfusionSite site) { infusionSite = site; return this; }
        public Builder eventListener(PumpEventListener l) { eventListener = Objects.requireNonNull(l); return this; }
        public Builder absorptionListener(AbsorptionListener l) { absorptionListener = Objects.requireNonNull(l); return this; }
        public Builder deliveryListener(DeliveryListener l) { deliveryListener = Objects.requireNonNull(l); return this; }
        /** Clock time of day at simulation time 0, in ms since midnight (so profile segments apply at clock times). */
        public Builder clockOffsetMillis(long v) { clockOffsetMillis = v; return this; }
        /** Reservoir content at start (default: the spec's fill volume). */
        public Builder initialReservoirUnits(double v) { initialReservoirUnits = v; return this; }
        /** Age of the set in place at start (default 0: freshly inserted and primed before the scenario). */
        public Builder initialSetAgeMillis(long v) { initialSetAgeMillis = v; return this; }

        /** The user's set-change routine (default {@link SetChangeBehaviour#COMPLIANT}). */
        public Builder setChangeBehaviour(SetChangeBehaviour v) { setChangeBehaviour = Objects.requireNonNull(v); return this; }

        public InsulinPump build() {
            return new InsulinPump(this);
        }
    }
}
