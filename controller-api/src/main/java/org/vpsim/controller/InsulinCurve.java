package org.vpsim.controller;

import java.util.Objects;

/**
 * The insulin action curve of the therapy, as the pump's bolus wizard uses it for insulin on board.
 *
 * @param type            {@code exponential} (Loop/oref0 form) or {@code bilinear} (Walsh-style)
 * @param peakMinutes     time of peak activity, minutes
 * @param durationMinutes duration of insulin action, minutes
 */
public record InsulinCurve(String type, double peakMinutes, double durationMinutes) {
    public InsulinCurve {
        Objects.requireNonNull(type, "type");
        Therapy.positive("peakMinutes", peakMinutes);
        Therapy.positive("durationMinutes", durationMinutes);
        if (peakMinutes >= durationMinutes) {
            throw new IllegalArgumentException("peakMinutes: " + peakMinutes + " is not below durationMinutes " + durationMinutes);
        }
    }
}
