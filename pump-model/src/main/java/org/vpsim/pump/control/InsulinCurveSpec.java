package org.vpsim.pump.control;

import java.util.Objects;

/**
 * Which insulin action curve a controller's IOB uses, as plain data (for scenario files).
 *
 * @param type            EXPONENTIAL (Loop/oref0) or BILINEAR (oref0)
 * @param peakMinutes     peak activity time; used by EXPONENTIAL only (BILINEAR's peak is DIA*75/180)
 * @param durationMinutes duration of insulin action (DIA)
 */
public record InsulinCurveSpec(Type type, double peakMinutes, double durationMinutes) {

    public enum Type { EXPONENTIAL, BILINEAR }

    public InsulinCurveSpec {
        Objects.requireNonNull(type, "type");
        if (!(durationMinutes > 0.0) || !Double.isFinite(durationMinutes)) {
            throw new IllegalArgumentException("durationMinutes: " + durationMinutes + " is not a positive finite number");
        }
        if (type == Type.EXPONENTIAL && !(peakMinutes > 0.0 && 2.0 * peakMinutes < durationMinutes)) {
            throw new IllegalArgumentException("peakMinutes: " + peakMinutes
                    + " is not in (0, durationMinutes/2) with durationMinutes " + durationMinutes);
        }
    }

    /** Loop/oref0 rapid-acting adult: exponential, peak 75 min, duration 360 min. */
    public static InsulinCurveSpec rapidActingAdult() {
        return new InsulinCurveSpec(Type.EXPONENTIAL, 75.0, 360.0);
    }

    public InsulinActionCurve toCurve() {
        return switch (type) {
            case EXPONENTIAL -> new ExponentialInsulinCurve(peakMinutes, durationMinutes);
            case BILINEAR -> new BilinearInsulinCurve(durationMinutes);
        };
    }
}
