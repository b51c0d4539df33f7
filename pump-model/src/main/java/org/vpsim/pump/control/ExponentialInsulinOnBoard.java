package org.vpsim.pump.control;

import java.util.Objects;

/**
 * IOB under the {@link ExponentialInsulinCurve} in O(1) work per delivery, expiry and query, however
 * many pulses are on board. Why: a basal pulse train at 1 U/h is 240 pulses of 0.025 U per 6-hour
 * window, and IOB is asked for every few minutes of every patient-day; summing would dominate a
 * cohort run.
 *
 * <p>How: for a dose d delivered u minutes ago the curve is
 * f(u) = (1 - S(1-a)) - S(1-a) q(u) e^(-u/tau) with q(u) = c2 u^2 + c1 u + c0,
 * c2 = 1/(tau td (1-a)), c1 = -1/tau, c0 = -1. So
 * IOB = (1 - S(1-a)) D - S(1-a) (c2 M2 + c1 M1 + c0 M0), where D is the sum of active doses and
 * Mk = sum d u^k e^(-u/tau). Moving the reference time forward by h multiplies by g = e^(-h/tau)
 * and shifts u by h (binomial expansion): M2' = g (M2 + 2h M1 + h^2 M0), M1' = g (M1 + h M0),
 * M0' = g M0. A new dose adds d to M0 and D; a dose reaching the end of the duration is subtracted
 * at u = td exactly. The moments are recomputed from the held deliveries every
 * {@value #REBUILD_EVERY} expiries and zeroed when nothing is on board, so rounding cannot drift.
 * Agrees with {@link SummedInsulinOnBoard} to ~1e-12 U (tested).
 */
public final class ExponentialInsulinOnBoard implements InsulinOnBoard {
    static final int REBUILD_EVERY = 4096;

    private final ExponentialInsulinCurve curve;
    private final long durationMillis;
    private final double tau;
    private final double c2;
    private final double constantPart;
    private final double scale;
    private final double expiryE0;
    private final double expiryE1;
    private final double expiryE2;
    private final DeliveryWindow window = new DeliveryWindow();

    private long referenceMillis = Long.MIN_VALUE;
    private double activeUnits;
    private double m0;
    private double m1;
    private double m2;
    private int expiriesSinceRebuild;
    // The last decay factor: pump strokes come at a constant spacing, so most shifts repeat the last one.
    private long lastShiftMillis = -1;
    private double lastDecay;

    public ExponentialInsulinOnBoard(ExponentialInsulinCurve curve) {
        this.curve = Objects.requireNonNull(curve, "curve");
        this.durationMillis = Math.round(curve.durationMinutes() * 60_000.0);
        this.tau = curve.tauMinutes();
        double a = curve.a();
        double s = curve.s();
        this.c2 = 1.0 / (tau * curve.durationMinutes() * (1.0 - a));
        this.scale = s * (1.0 - a);
        this.constantPart = 1.0 - scale;
        double uEnd = durationMillis / 60_000.0;
        this.expiryE0 = Math.exp(-uEnd / tau);
        this.expiryE1 = uEnd * expiryE0;
        this.expiryE2 = uEnd * uEnd * expiryE0;
    }

    @Override
    public InsulinActionCurve curve() {
        return curve;
    }

    @Override
    public void record(long timeMillis, double units) {
        IobChecks.requireValidUnits(units);
        advanceTo(timeMillis);
        if (units > 0.0) {
            window.add(timeMillis, units);
            m0 += units;
            activeUnits += units;
        }
    }

    @Override
    public double unitsAt(long timeMillis) {
        advanceTo(timeMillis);
        if (window.isEmpty()) {
            return 0.0;
        }
        // q(u) = c2 u^2 - u/tau - 1
        double polynomial = c2 * m2 - m1 / tau - m0;
        return Math.max(0.0, constantPart * activeUnits - scale * polynomial);
    }

    /** Number of deliveries still held (bounded by the curve duration). */
    int heldDeliveries() {
        return window.size();
    }

    private void advanceTo(long timeMillis) {
        if (referenceMillis == Long.MIN_VALUE) {
            referenceMillis = timeMillis;
            return;
        }
        IobChecks.requireNotBefore(timeMillis, referenceMillis);
        while (!window.isEmpty() && timeMillis - window.oldestTimeMillis() >= durationMillis) {
            shiftTo(window.oldestTimeMillis() + durationMillis);
            double d = window.oldestUnits();
            window.removeOldest();
            if (window.isEmpty()) {
                m0 = 0.0;
                m1 = 0.0;
                m2 = 0.0;
                activeUnits = 0.0;
                expiriesSinceRebuild = 0;
            } else {
                m0 -= d * expiryE0;
                m1 -= d * expiryE1;
                m2 -= d * expiryE2;
                activeUnits -= d;
                if (++expiriesSinceRebuild >= REBUILD_EVERY) {
                    rebuild();
                }
            }
        }
        shiftTo(timeMillis);
    }

    private void shiftTo(long timeMillis) {
        if (timeMillis == referenceMillis) {
            return;
        }
        if (!window.isEmpty()) {
            long shiftMillis = timeMillis - referenceMillis;
            double h = shiftMillis / 60_000.0;
            if (shiftMillis != lastShiftMillis) {
                lastDecay = Math.exp(-h / tau);
                lastShiftMillis = shiftMillis;
            }
            double g = lastDecay;
            m2 = g * (m2 + 2.0 * h * m1 + h * h * m0);
            m1 = g * (m1 + h * m0);
            m0 = g * m0;
        }
        referenceMillis = timeMillis;
    }

    private void rebuild() {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double total = 0.0;
        for (int i = 0, n = window.size(); i < n; i++) {
            double d = window.unitsAt(i);
            double u = (referenceMillis - window.timeMillisAt(i)) / 60_000.0;
            double w = d * Math.exp(-u / tau);
            s0 += w;
            s1 += w * u;
            s2 += w * u * u;
            total += d;
        }
        m0 = s0;
        m1 = s1;
        m2 = s2;
        activeUnits = total;
        expiriesSinceRebuild = 0;
    }
}
