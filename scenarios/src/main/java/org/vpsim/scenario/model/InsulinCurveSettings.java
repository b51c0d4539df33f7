package org.vpsim.scenario.model;

import java.util.List;

/**
 * The insulin action curve programmed into the pump's bolus wizard ("active insulin time"): the pump
 * computes insulin on board with it, and controllers are told it as part of the therapy.
 * {@code exponential} is the Loop/oref0 curve (peak 75 min, duration 360 min for rapid-acting adult
 * insulin); {@code bilinear} is oref0's Walsh-like curve, whose peak is fixed at duration × 75/180.
 */
public record InsulinCurveSettings(
        @Field(doc = "Shape of the curve: exponential (the Loop/oref0 curve) or bilinear (oref0's Walsh-like curve,"
                + " peak at duration × 75/180).", dflt = "\"exponential\"", values = {"exponential", "bilinear"},
                example = "\"bilinear\"")
        String type,
        @Field(doc = "Time of peak insulin activity; at most half of durationMinutes. Absent: 75 min for exponential"
                + " (rapid-acting insulin in adults), durationMinutes × 75/180 for bilinear.", unit = "min", min = 10,
                max = 360, example = "75", hint = "at most durationMinutes / 2")
        Double peakMinutes,
        @Field(doc = "Duration of insulin action: how long a bolus counts as insulin on board.", unit = "min",
                dflt = "360", min = 120, max = 720, example = "300")
        Double durationMinutes) {
    public static final List<String> TYPES = List.of("exponential", "bilinear");

    public InsulinCurveSettings {
        type = type == null ? "exponential" : type;
        durationMinutes = durationMinutes == null ? 360.0 : durationMinutes;
        Problems p = new Problems();
        FieldRules.checkRecord(InsulinCurveSettings.class, p, type, peakMinutes, durationMinutes);
        if (p.isEmpty()) {
            peakMinutes = peakMinutes == null ? ("bilinear".equals(type) ? durationMinutes * 75.0 / 180.0 : 75.0)
                    : peakMinutes;
            if (peakMinutes > durationMinutes / 2) {
                p.add("peakMinutes", peakMinutes, "at most durationMinutes / 2 = " + FieldRules.fmt(durationMinutes / 2)
                        + " min", "the activity must fall after its peak within the duration");
            }
        }
        p.throwIfAny();
    }

    public static InsulinCurveSettings defaults() {
        return new InsulinCurveSettings(null, null, null);
    }
}
