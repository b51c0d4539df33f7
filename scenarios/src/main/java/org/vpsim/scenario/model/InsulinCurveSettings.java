package org.vpsim.scenario.model;

import java.util.List;
import java.util.Locale;

/**
 * The insulin action curve programmed into the pump's bolus wizard ("active insulin time"): the pump
 * computes insulin on board with it, and controllers are told it as part of the therapy.
 * {@code exponential} is the Loop/oref0 curve (peak 75 min, duration 360 min for rapid-acting adult
 * insulin); {@code bilinear} is oref0's Walsh-like curve, whose peak is fixed at duration × 75/180.
 *
 * @param type            {@code exponential} (default) or {@code bilinear}
 * @param peakMinutes     time of peak activity, minutes (exponential only; default 75)
 * @param durationMinutes duration of insulin action, minutes (default 360)
 */
public record InsulinCurveSettings(String type, Double peakMinutes, Double durationMinutes) {
    public static final List<String> TYPES = List.of("exponential", "bilinear");

    public InsulinCurveSettings {
        type = type == null ? "exponential" : type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type: '" + type + "' is not one of " + String.join(", ", TYPES));
        }
        durationMinutes = durationMinutes == null ? 360.0 : durationMinutes;
        Checks.inRange("durationMinutes", durationMinutes, 120, 720, " min");
        peakMinutes = peakMinutes == null ? ("bilinear".equals(type) ? durationMinutes * 75.0 / 180.0 : 75.0) : peakMinutes;
        Checks.inRange("peakMinutes", peakMinutes, 10, durationMinutes / 2, " min");
    }

    public static InsulinCurveSettings defaults() {
        return new InsulinCurveSettings(null, null, null);
    }
}
