package org.vpsim.pump.control;

/**
 * The fraction of a rapid-acting insulin dose still on board (not yet acted) a given time after it
 * was delivered: 1 at and before 0, falling to 0 at {@link #durationMinutes()} and 0 after.
 */
public interface InsulinActionCurve {

    /** Duration of insulin action in minutes: the fraction on board is 0 from then on. */
    double durationMinutes();

    /** Fraction of the dose on board {@code minutesSinceDose} after it (1 for negative times). */
    double fractionRemaining(double minutesSinceDose);
}
