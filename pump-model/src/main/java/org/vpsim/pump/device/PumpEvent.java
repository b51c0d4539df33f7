package org.vpsim.pump.device;

import java.util.Objects;

/**
 * Something the pump did or announced, for the events output and for controllers.
 *
 * @param timeMillis     milliseconds since the scenario start
 * @param type           what happened
 * @param detail         human-readable detail (never null; may be empty)
 * @param requestedUnits insulin asked for (bolus, prime), or null when not applicable
 * @param deliveredUnits insulin delivered for this event: for a completed or cancelled bolus what the
 *                       plunger actually displaced (stroke-volume error included, so it differs from
 *                       the programmed units); for an occlusion alarm the backlog held in the line; or null
 */
public record PumpEvent(long timeMillis, PumpEventType type, String detail, Double requestedUnits,
        Double deliveredUnits) {
    public PumpEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        if (timeMillis < 0) {
            throw new IllegalArgumentException("timeMillis: " + timeMillis + " is negative");
        }
    }
}
