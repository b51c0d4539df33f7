package org.vpsim.pump.control;

/**
 * A temporary basal rate: absolute rate for a duration, replacing the programmed profile meanwhile.
 *
 * @param unitsPerHour   the temporary rate, U/h (0 is a zero temp, as closed loops use)
 * @param durationMillis how long it lasts, ms, positive
 */
public record TempBasal(double unitsPerHour, long durationMillis) {

    public TempBasal {
        if (!(unitsPerHour >= 0.0) || !Double.isFinite(unitsPerHour)) {
            throw new IllegalArgumentException("unitsPerHour: " + unitsPerHour + " is not a non-negative finite number");
        }
        if (durationMillis <= 0) {
            throw new IllegalArgumentException("durationMillis: " + durationMillis + " is not positive");
        }
    }
}
