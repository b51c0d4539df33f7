package org.vpsim.controller;

import java.util.Objects;

/**
 * Something the pump did since the previous observation, including what it refused and why.
 *
 * @param minute          minutes since the scenario start
 * @param kind            {@code bolus-started}, {@code bolus-refused}, {@code temp-basal-started},
 *                        {@code temp-basal-refused}, {@code temp-basal-cancelled}, {@code temp-basal-ended},
 *                        {@code suspended}, {@code resumed} or {@code alarm}
 * @param units           bolus units (as programmed after rounding, or as asked when refused), or null
 * @param unitsPerHour    temp basal rate, or null
 * @param durationMinutes temp basal duration, or null
 * @param reason          why (refusals, alarms, rounding), or null
 */
public record DeviceEvent(double minute, String kind, Double units, Double unitsPerHour, Double durationMinutes,
                          String reason) {
    public DeviceEvent {
        Objects.requireNonNull(kind, "kind");
    }
}
