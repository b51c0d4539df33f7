package org.vpsim.pump.control;

import java.util.Objects;

/**
 * IOB by direct summation, sum_i units_i * f(t - t_i), for any curve: O(deliveries in the window)
 * per query. The reference against which {@link ExponentialInsulinOnBoard} is tested.
 */
public final class SummedInsulinOnBoard implements InsulinOnBoard {
    private final InsulinActionCurve curve;
    private final long durationMillis;
    private final DeliveryWindow window = new DeliveryWindow();
    private long lastTimeMillis = Long.MIN_VALUE;

    public SummedInsulinOnBoard(InsulinActionCurve curve) {
        this.curve = Objects.requireNonNull(curve, "curve");
        this.durationMillis = Math.round(curve.durationMinutes() * 60_000.0);
    }

    @Override
    public InsulinActionCurve curve() {
        return curve;
    }

    @Override
    public void record(long timeMillis, double units) {
        IobChecks.requireValidUnits(units);
        advance(timeMillis);
        if (units > 0.0) {
            window.add(timeMillis, units);
        }
    }

    @Override
    public double unitsAt(long timeMillis) {
        advance(timeMillis);
        double total = 0.0;
        for (int i = 0, n = window.size(); i < n; i++) {
            total += window.unitsAt(i) * curve.fractionRemaining((timeMillis - window.timeMillisAt(i)) / 60_000.0);
        }
        return total;
    }

    /** Number of deliveries still held (bounded by the curve duration). */
    int heldDeliveries() {
        return window.size();
    }

    private void advance(long timeMillis) {
        IobChecks.requireNotBefore(timeMillis, lastTimeMillis);
        lastTimeMillis = timeMillis;
        while (!window.isEmpty() && timeMillis - window.oldestTimeMillis() >= durationMillis) {
            window.removeOldest();
        }
    }
}
