package org.vpsim.pump.control;

import java.util.Objects;

/**
 * Insulin on board: the sum over recorded deliveries of units x curve fraction remaining. Record
 * deliveries as the pump reports them (pulses or whole boluses); query at any later time. Times
 * (records and queries together) must not decrease. Deliveries older than the curve's duration no
 * longer count and are dropped, so memory is bounded by the deliveries within one duration.
 *
 * <p>One patient, one thread. Use {@link #forCurve(InsulinActionCurve)}: it picks an O(1)-per-event
 * tracker for the exponential curve and exact summation otherwise.
 */
public interface InsulinOnBoard {

    /** Records {@code units} (&gt;= 0) delivered at {@code timeMillis}. */
    void record(long timeMillis, double units);

    /** Units on board at {@code timeMillis} (deliveries at that very time count in full). */
    double unitsAt(long timeMillis);

    /** The curve this tracker applies. */
    InsulinActionCurve curve();

    static InsulinOnBoard forCurve(InsulinActionCurve curve) {
        Objects.requireNonNull(curve, "curve");
        if (curve instanceof ExponentialInsulinCurve exponential) {
            return new ExponentialInsulinOnBoard(exponential);
        }
        return new SummedInsulinOnBoard(curve);
    }
}
