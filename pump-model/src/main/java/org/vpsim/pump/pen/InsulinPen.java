package org.vpsim.pump.pen;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * An insulin pen as its user handles it: each injection dials the requested dose rounded to the pen's
 * step and capped at its maximum, expels the safety shot into the air first (waste), and injects. A pen
 * that cannot hold safety shot plus dose, or has been in use longer than its in-use life, is thrown away
 * with what is left (waste) and a new one is started: the user does not split a dose over two pens.
 *
 * <p>Each injection that enters the tissue is reported to the {@link InjectionListener} with an
 * absorption multiplier drawn from {@link AbsorptionVariability} on the caller's random stream (one draw
 * per injection, none for a zero dose or when variability is off). One pen object stands for the
 * successive pens of one insulin of one patient; not thread-safe; times must not go backwards.
 */
public final class InsulinPen {
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private final PenSpec spec;
    private final ContinuousSampler multipliers;
    private final InjectionListener listener;
    private double remaining;
    private long openedAtMillis;
    private boolean opened;
    private long lastMillis = Long.MIN_VALUE;
    private double filled;
    private double injected;
    private double safetyShots;
    private double discarded;
    private double toDepot;
    private long injections;
    private long pensUsed;

    /**
     * @param rng the stream the multipliers are drawn from (e.g. the patient's injection-site stream); may
     *            be null only when {@code variability} is not active
     */
    public InsulinPen(PenSpec spec, AbsorptionVariability variability, UniformRandomProvider rng,
                      InjectionListener listener) {
        this.spec = Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(variability, "variability");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (variability.active() && rng == null) {
            throw new IllegalArgumentException("rng: a random stream is needed when absorption variability is on");
        }
        this.multipliers = variability.sampler(rng);
    }

    public PenSpec spec() {
        return spec;
    }

    /** Insulin left in the pen in use (U); 0 before the first injection. */
    public double remainingUnits() {
        return remaining;
    }

    /**
     * Injects {@code requestedUnits} at {@code timeMillis}. A request that dials to 0 U does nothing (no
     * safety shot, no draw, no report). Returns what happened.
     */
    public PenInjection inject(long timeMillis, double requestedUnits) {
        double dose = spec.dialUnits(requestedUnits);
        if (timeMillis < lastMillis) {
            throw new IllegalArgumentException("timeMillis: " + timeMillis + " is before the previous injection at "
                    + lastMillis);
        }
        lastMillis = timeMillis;
        if (dose == 0) {
            return new PenInjection(timeMillis, spec.route(), requestedUnits, 0, 0, 1.0, false);
        }
        double needed = spec.safetyShotUnits() + dose;
        boolean expired = opened && (timeMillis - openedAtMillis) / MILLIS_PER_DAY >= spec.inUseDays();
        boolean newPen = !opened || expired || remaining < needed - 1e-9;
        if (newPen) {
            discarded += remaining;
            remaining = spec.cartridgeUnits();
            filled += spec.cartridgeUnits();
            openedAtMillis = timeMillis;
            opened = true;
            pensUsed++;
        }
        remaining -= needed;
        safetyShots += spec.safetyShotUnits();
        injected += dose;
        injections++;
        double multiplier = multipliers == null ? 1.0 : multipliers.sample();
        PenInjection injection = new PenInjection(timeMillis, spec.route(), requestedUnits, dose,
                spec.safetyShotUnits(), multiplier, newPen);
        toDepot += injection.unitsReachingDepot();
        listener.injected(timeMillis, dose, spec.route(), multiplier);
        return injection;
    }

    /** The cumulative accounts, a snapshot. */
    public PenLedger ledger() {
        return new PenLedger(filled, injected, safetyShots, discarded, remaining, toDepot, injections, pensUsed);
    }
}
