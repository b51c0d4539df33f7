package org.vpsim.controller;

import java.util.Objects;

/**
 * What a controller is told once, before its first observation (the protocol's {@code start} line).
 * The patient starts in steady state on the scheduled basal, with no bolus insulin on board.
 *
 * @param patient       patient id, e.g. {@code adult#001}
 * @param arm           arm name
 * @param startTime     the scenario start, ISO-8601 instant, e.g. {@code 2026-01-01T00:00:00Z};
 *                      observation minute 0
 * @param timeZone      time zone of the clock the therapy's basal profile follows ({@code UTC})
 * @param startMinuteOfDay minute of day of the start on that clock, [0, 1440)
 * @param sampleMinutes CGM sample interval, minutes
 * @param settings      the scenario's {@code controller.settings}
 * @param therapy       the patient's therapy settings
 * @param pump          the pump's limits and increments
 */
public record ControllerStart(String patient, String arm, String startTime, String timeZone, int startMinuteOfDay,
                              double sampleMinutes, Settings settings, Therapy therapy, PumpLimits pump) {
    public ControllerStart {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(timeZone, "timeZone");
        if (startMinuteOfDay < 0 || startMinuteOfDay >= 1440) {
            throw new IllegalArgumentException("startMinuteOfDay: " + startMinuteOfDay + " is outside [0, 1440)");
        }
        if (!(sampleMinutes > 0) || !Double.isFinite(sampleMinutes)) {
            throw new IllegalArgumentException("sampleMinutes: " + sampleMinutes + " is not positive");
        }
        settings = settings == null ? Settings.empty() : settings;
        Objects.requireNonNull(therapy, "therapy");
        Objects.requireNonNull(pump, "pump");
    }
}
