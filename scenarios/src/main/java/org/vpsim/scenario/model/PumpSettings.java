package org.vpsim.scenario.model;

import java.util.List;

/**
 * The insulin pump of an arm. Every field is optional: a missing field keeps the default of the pump
 * {@code model} ({@code minimed7xx} unless named; also {@code minimed5xx},
 * {@code minimed7xx-extended-wear}; see {@code org.vpsim.pump.device.PumpSpec} for the sources).
 * {@code basalProfile}: time segments; when absent the pump runs the patient's own basal all day.
 * {@code insulinCurve}: the bolus wizard's insulin action curve (see {@link InsulinCurveSettings}).
 * {@code spec}: any other pump-model parameter by its {@code PumpSpec} name (e.g.
 * {@code "strokeVolumeRelativeSd": 0.05}, {@code "userResponseMinutes": 60}); unknown names are refused.
 */
public record PumpSettings(String model,
                           java.util.Map<String, Object> spec,
                           List<BasalSegment> basalProfile,
                           Double pulseUnits,
                           Double reservoirCapacityUnits,
                           Double reservoirFillUnits,
                           Double lowReservoirAlertUnits,
                           Double bolusUnitsPerMinute,
                           Double maxBolusUnits,
                           Double maxBasalUnitsPerHour,
                           Double pulseVolumeErrorSdPercent,
                           Double setWearHours,
                           Double occlusionAlarmThresholdUnits,
                           Double occlusionsPerDay,
                           Double leaksPerDay,
                           Double dislodgementsPerDay,
                           Double leakFraction,
                           InsulinCurveSettings insulinCurve) {
    public PumpSettings {
        model = model == null ? "minimed7xx" : model;
        insulinCurve = insulinCurve == null ? InsulinCurveSettings.defaults() : insulinCurve;
        spec = spec == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(spec));
        basalProfile = basalProfile == null ? List.of() : List.copyOf(basalProfile);
        if (!basalProfile.isEmpty()) {
            if (basalProfile.get(0).startMinuteOfDay() != 0) {
                throw new IllegalArgumentException("basalProfile[0].start: '" + basalProfile.get(0).start()
                        + "' must be 00:00 (the profile covers the whole day)");
            }
            for (int i = 1; i < basalProfile.size(); i++) {
                if (basalProfile.get(i).startMinuteOfDay() <= basalProfile.get(i - 1).startMinuteOfDay()) {
                    throw new IllegalArgumentException("basalProfile[" + i + "].start: '" + basalProfile.get(i).start()
                            + "' is not after the previous segment's start");
                }
            }
        }
        positiveIfSet("pulseUnits", pulseUnits);
        positiveIfSet("reservoirCapacityUnits", reservoirCapacityUnits);
        positiveIfSet("reservoirFillUnits", reservoirFillUnits);
        nonNegativeIfSet("lowReservoirAlertUnits", lowReservoirAlertUnits);
        positiveIfSet("bolusUnitsPerMinute", bolusUnitsPerMinute);
        positiveIfSet("maxBolusUnits", maxBolusUnits);
        positiveIfSet("maxBasalUnitsPerHour", maxBasalUnitsPerHour);
        nonNegativeIfSet("pulseVolumeErrorSdPercent", pulseVolumeErrorSdPercent);
        positiveIfSet("setWearHours", setWearHours);
        positiveIfSet("occlusionAlarmThresholdUnits", occlusionAlarmThresholdUnits);
        nonNegativeIfSet("occlusionsPerDay", occlusionsPerDay);
        nonNegativeIfSet("leaksPerDay", leaksPerDay);
        nonNegativeIfSet("dislodgementsPerDay", dislodgementsPerDay);
        if (leakFraction != null) {
            Checks.probability("leakFraction", leakFraction);
        }
        if (reservoirFillUnits != null && reservoirCapacityUnits != null && reservoirFillUnits > reservoirCapacityUnits) {
            throw new IllegalArgumentException("reservoirFillUnits: " + reservoirFillUnits
                    + " U exceeds reservoirCapacityUnits " + reservoirCapacityUnits + " U");
        }
    }

    private static void positiveIfSet(String field, Double value) {
        if (value != null) {
            Checks.positive(field, value, "");
        }
    }

    private static void nonNegativeIfSet(String field, Double value) {
        if (value != null) {
            Checks.nonNegative(field, value, "");
        }
    }

    public static PumpSettings defaults() {
        return new PumpSettings(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
