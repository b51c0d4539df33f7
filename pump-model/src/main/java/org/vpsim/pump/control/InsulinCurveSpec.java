package org.vpsim.pump.control;

import java.util.Locale;
import java.util.Objects;
import org.vpsim.controller.InsulinCurve;

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

    /**
     * The spec of a therapy's curve as the controller API states it ({@code exponential} or
     * {@code bilinear}, case-insensitive); throws naming {@code insulinCurve.type} otherwise.
     */
    public static InsulinCurveSpec of(InsulinCurve curve) {
        Objects.requireNonNull(curve, "curve");
        Type type = switch (curve.type().toLowerCase(Locale.ROOT)) {
            case "exponential" -> Type.EXPONENTIAL;
            case "bilinear" -> Type.BILINEAR;
            default -> throw new IllegalArgumentException("insulinCurve.type: '" + curve.type()
                    + "' is not allowed; expected exponential or bilinear");
        };
        return new InsulinCurveSpec(type, curve.peakMinutes(), curve.durationMinutes());
    }

    /** The action curve of a therapy's insulin curve (IOB trackers take it: {@link InsulinOnBoard#forCurve}). */
    public static InsulinActionCurve curveOf(InsulinCurve curve) {
        return of(curve).toCurve();
    }

    public InsulinActionCurve toCurve() {
        return switch (type) {
            case EXPONENTIAL -> new ExponentialInsulinCurve(peakMinutes, durationMinutes);
            case BILINEAR -> new BilinearInsulinCurve(durationMinutes);
        };
    }
}
