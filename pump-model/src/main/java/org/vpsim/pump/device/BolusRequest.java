package org.vpsim.pump.device;

import java.util.Objects;

/**
 * A bolus as programmed by the user or a controller.
 *
 * @param units             total amount requested (U), before rounding to the bolus increment
 * @param type              waveform
 * @param immediateFraction share delivered at the bolus speed: 1 for NORMAL, 0 for EXTENDED, in (0, 1) for DUAL_WAVE
 * @param durationMillis    duration of the extended part (0 for NORMAL)
 * @param speed             bolus speed of the immediate part
 */
public record BolusRequest(double units, BolusType type, double immediateFraction, long durationMillis,
        BolusSpeed speed) {

    public BolusRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(speed, "speed");
        if (!(units >= 0) || !Double.isFinite(units)) {
            throw new IllegalArgumentException("units: " + units + " is negative or not finite");
        }
        switch (type) {
            case NORMAL -> {
                if (immediateFraction != 1.0 || durationMillis != 0) {
                    throw new IllegalArgumentException("NORMAL bolus: immediateFraction " + immediateFraction
                            + " must be 1 and durationMillis " + durationMillis + " must be 0");
                }
            }
            case EXTENDED -> {
                if (immediateFraction != 0.0) {
                    throw new IllegalArgumentException("EXTENDED bolus: immediateFraction " + immediateFraction
                            + " must be 0");
                }
                if (durationMillis <= 0) {
                    throw new IllegalArgumentException("durationMillis: " + durationMillis + " is not positive");
                }
            }
            case DUAL_WAVE -> {
                if (!(immediateFraction > 0 && immediateFraction < 1)) {
                    throw new IllegalArgumentException("immediateFraction: " + immediateFraction
                            + " is outside (0, 1)");
                }
                if (durationMillis <= 0) {
                    throw new IllegalArgumentException("durationMillis: " + durationMillis + " is not positive");
                }
            }
            default -> throw new AssertionError(type);
        }
    }

    /** A normal bolus at the standard speed. */
    public static BolusRequest normal(double units) {
        return new BolusRequest(units, BolusType.NORMAL, 1.0, 0, BolusSpeed.STANDARD);
    }

    /** A normal bolus at the given speed. */
    public static BolusRequest normal(double units, BolusSpeed speed) {
        return new BolusRequest(units, BolusType.NORMAL, 1.0, 0, speed);
    }

    /** An extended (square-wave) bolus spread evenly over {@code durationMillis}. */
    public static BolusRequest extended(double units, long durationMillis) {
        return new BolusRequest(units, BolusType.EXTENDED, 0.0, durationMillis, BolusSpeed.STANDARD);
    }

    /** A dual-wave bolus: {@code immediateFraction} now, the rest over {@code durationMillis}. */
    public static BolusRequest dualWave(double units, double immediateFraction, long durationMillis) {
        return new BolusRequest(units, BolusType.DUAL_WAVE, immediateFraction, durationMillis, BolusSpeed.STANDARD);
    }
}
