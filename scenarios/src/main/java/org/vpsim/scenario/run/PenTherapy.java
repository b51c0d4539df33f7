package org.vpsim.scenario.run;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.pump.pen.AbsorptionVariability;
import org.vpsim.pump.pen.InsulinPen;
import org.vpsim.pump.pen.InsulinRoute;
import org.vpsim.pump.pen.PenInjection;
import org.vpsim.pump.pen.PenLedger;
import org.vpsim.pump.pen.PenSpec;

/**
 * Insulin pens as an arm's {@link TherapyDevice} (multiple daily injections): a rapid-acting pen for the
 * boluses the controller or the person asks for, and a long-acting pen injected by the regimen itself once a
 * day at the set time (not a controller command).
 *
 * <p>Injections reach the patient as the pen's {@link org.vpsim.pump.pen.InjectionListener} reports them:
 * rapid-acting doses into the subcutaneous depot as {@code units × bioavailability multiplier}, long-acting
 * doses whole into the long-acting depot, with the injection's rate multiplier held until the next one. The
 * 2 U safety shot before each injection goes into the air (waste). Every injection, missed, late or forgotten
 * dose is an event ({@code PEN_RAPID}, {@code PEN_BASAL}: requested and injected units).
 *
 * <p>Randomness: site multipliers from the patient's {@code INJECTION_SITE} stream (drawn by the pens), missed
 * and late rapid-acting injections and forgotten long-acting doses from {@code INJECTION_BEHAVIOUR}; no draw is
 * made for a behaviour whose probability is 0.
 */
final class PenTherapy implements TherapyDevice {
    /** What the pen user does besides dosing as told. */
    record Behaviour(double missedProbability, double lateProbability, long lateMillis,
                     double forgottenLongActingProbability) {
        static final Behaviour PERFECT = new Behaviour(0, 0, 0, 0);

        boolean random() {
            return missedProbability > 0 || lateProbability > 0 || forgottenLongActingProbability > 0;
        }
    }

    /** Listener for the controller loop: an injection entered the tissue (its IOB and its deliveries list). */
    interface Injections {
        void injected(long timeMillis, double units, InsulinRoute route);
    }

    private final Simulation sim;
    private final VirtualPatient body;
    private final EventLog events;
    private final InsulinPen rapid;
    private final InsulinPen longActing;
    private final double dailyDoseUnits;
    private final long firstLongActingMillis;
    private final long durationMillis;
    private final Behaviour behaviour;
    private final UniformRandomProvider behaviourRandom;
    private Injections listener = (t, u, r) -> { };

    /**
     * @param firstLongActingMillis time of the first daily long-acting injection after the start (the patient
     *                              starts at the regimen's steady state with the previous dose before time 0)
     */
    PenTherapy(Simulation sim, VirtualPatient body, EventLog events, PenSpec rapidSpec, PenSpec longActingSpec,
               AbsorptionVariability rapidVariability, AbsorptionVariability longActingVariability,
               UniformRandomProvider siteRandom, double dailyDoseUnits, long firstLongActingMillis, long durationMillis,
               Behaviour behaviour, UniformRandomProvider behaviourRandom) {
        if (!body.onLongActingInsulin()) {
            throw new IllegalArgumentException("body: a pen arm's patient needs a long-acting insulin depot");
        }
        this.sim = sim;
        this.body = body;
        this.events = events;
        this.dailyDoseUnits = dailyDoseUnits;
        this.firstLongActingMillis = firstLongActingMillis;
        this.durationMillis = durationMillis;
        this.behaviour = behaviour;
        this.behaviourRandom = behaviourRandom;
        this.rapid = new InsulinPen(rapidSpec, rapidVariability, siteRandom, (t, units, route, multiplier) ->
                body.injectSubcutaneousInsulin(units * multiplier));
        this.longActing = new InsulinPen(longActingSpec, longActingVariability, siteRandom, (t, units, route, m) -> {
            body.setLongActingAbsorptionMultiplier(m);
            body.injectLongActingInsulin(units);
        });
    }

    void onInjection(Injections l) {
        this.listener = l;
    }

    double dailyDoseUnits() {
        return dailyDoseUnits;
    }

    PenAccounts accounts() {
        return new PenAccounts(rapid.ledger(), longActing.ledger(), body.cumulativeInsulinUnits(),
                body.subcutaneousInsulinUnits(), body.longActingInitialOnBoardUnits(), body.longActingOnBoardUnits(),
                body.longActingAbsorbedUnits());
    }

    @Override
    public void start() {
        Ticks.repeating(sim, firstLongActingMillis, SimTime.MILLIS_PER_DAY, durationMillis - 1, Priority.ACT,
                this::dailyLongActing);
    }

    private void dailyLongActing(long t) {
        if (behaviour.forgottenLongActingProbability() > 0
                && behaviourRandom.nextDouble() < behaviour.forgottenLongActingProbability()) {
            events.add(t, "PEN_BASAL", "forgotten: no long-acting injection today", dailyDoseUnits, 0.0, null);
            return;
        }
        inject(longActing, t, dailyDoseUnits, "");
    }

    @Override
    public void bolus(double units) {
        long now = sim.nowMillis();
        if (behaviour.missedProbability() > 0 || behaviour.lateProbability() > 0) {
            double u = behaviourRandom.nextDouble();
            if (u < behaviour.missedProbability()) {
                events.add(now, "PEN_RAPID", "missed: the injection was not given", units, 0.0, null);
                return;
            }
            if (u < behaviour.missedProbability() + behaviour.lateProbability()) {
                long at = now + behaviour.lateMillis();
                if (at < durationMillis) {
                    Ticks.once(sim, at, Priority.ACT, t -> inject(rapid, t, units,
                            "late by " + behaviour.lateMillis() / 60_000 + " min; "));
                }
                return;
            }
        }
        inject(rapid, now, units, "");
    }

    private void inject(InsulinPen pen, long t, double units, String note) {
        double before = pen.ledger().discardedUnits();
        PenInjection in = pen.inject(t, units);
        if (in.injected()) {
            listener.injected(t, in.injectedUnits(), in.route());
        }
        StringBuilder detail = new StringBuilder(note);
        detail.append(pen.spec().name());
        if (in.injected()) {
            detail.append(String.format(Locale.ROOT, "; safety shot %s U", num(in.safetyShotUnits())));
            if (in.absorptionMultiplier() != 1.0) {
                detail.append(String.format(Locale.ROOT, "; site %s %.3f",
                        in.route() == InsulinRoute.RAPID ? "bioavailability" : "absorption rate",
                        in.absorptionMultiplier()));
            }
            if (in.newPenStarted()) {
                double discarded = pen.ledger().discardedUnits() - before;
                detail.append(discarded > 0 ? "; new pen (" + num(discarded) + " U discarded with the old one)"
                        : "; new pen");
            }
        } else {
            detail.append("; dose dials to 0 U: nothing injected");
        }
        events.add(t, in.route() == InsulinRoute.RAPID ? "PEN_RAPID" : "PEN_BASAL", detail.toString(), units,
                in.injectedUnits(), null);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    @Override
    public double bolusIncrementUnits() {
        return rapid.spec().doseStepUnits();
    }

    @Override
    public double maxBolusUnits() {
        return rapid.spec().maxDoseUnits();
    }

    @Override
    public boolean basalAdjustable() {
        return false;
    }

    @Override
    public void suspend(String reason) {
        throw new UnsupportedOperationException("pens cannot suspend");
    }

    @Override
    public void resume() {
        throw new UnsupportedOperationException("pens cannot resume");
    }

    @Override
    public void cancelTempBasal() {
        throw new UnsupportedOperationException("pens have no temp basal");
    }

    @Override
    public boolean setTempBasal(double unitsPerHour, long durationMillis) {
        throw new UnsupportedOperationException("pens cannot set a temp basal");
    }

    @Override
    public boolean tempBasalActive() {
        return false;
    }

    @Override
    public double programmedBasalUnitsPerHour() {
        return dailyDoseUnits / 24.0;
    }

    @Override
    public String status() {
        return "pens";
    }

    @Override
    public double observedReservoirUnits() {
        return rapid.remainingUnits();
    }

    @Override
    public double scheduledBasalUnitsPerHour() {
        return dailyDoseUnits / 24.0;
    }

    @Override
    public double currentBasalUnitsPerHour() {
        return dailyDoseUnits / 24.0;
    }

    @Override
    public double deliveredToPatientUnits() {
        return rapid.ledger().injectedUnits() + longActing.ledger().injectedUnits();
    }

    @Override
    public double bolusUnits() {
        return rapid.ledger().injectedUnits();
    }

    @Override
    public double basalUnits() {
        return longActing.ledger().injectedUnits();
    }

    @Override
    public Double rowReservoirUnits() {
        return null;
    }

    @Override
    public String rowStatus() {
        return null;
    }
}
