package org.vpsim.scenario.model;

import java.util.List;
import java.util.Map;

/**
 * The insulin pump of an arm. Every field is optional: a missing field keeps the default of the pump
 * {@code model} (see {@code org.vpsim.pump.device.PumpSpec} for the sources). {@code spec} sets any other
 * pump-model parameter by its {@code PumpSpec} name. The effective pump (model + fields + spec) is
 * checked against physical limits by {@link DeviceRules} when the study is planned.
 */
public record PumpSettings(
        @Field(doc = "Pump model whose defaults apply: minimed7xx (300 U reservoir, 0.025 U strokes, 1.5 U/min bolus,"
                + " 3-day set, occlusion alarm after 2.5 U missed), minimed5xx (180 U reservoir), minimed7xx-extended-wear"
                + " (7-day set).", dflt = "\"minimed7xx\"", values = {"minimed7xx", "minimed5xx", "minimed7xx-extended-wear"},
                example = "\"minimed5xx\"")
        String model,
        @Field(doc = "Any other pump-model parameter by its name (e.g. strokeVolumeRelativeSd, userResponseMinutes,"
                + " bolusIncrementUnits, primeUnits, autoSetChange); numbers or true/false. Unknown names are refused.",
                dflt = "{}", example = "{\"strokeVolumeRelativeSd\": 0.05, \"userResponseMinutes\": 60}")
        Map<String, Object> spec,
        @Field(doc = "Basal rate by time of day, as segments starting at 00:00 in increasing order; absent: the"
                + " patient's own basal rate all day.", dflt = "[]", maxItems = 48,
                example = "[{\"start\": \"00:00\", \"scale\": 1.0}, {\"start\": \"04:00\", \"scale\": 1.2}]")
        List<BasalSegment> basalProfile,
        @Field(doc = "Insulin of one motor stroke; basal is delivered as a train of strokes, boluses stroke by stroke.",
                unit = "U", min = DeviceRules.MIN_PULSE_UNITS, max = DeviceRules.MAX_PULSE_UNITS, example = "0.05",
                hint = "strokes are what the simulation steps through; a smaller stroke means more events")
        Double pulseUnits,
        @Field(doc = "Reservoir volume (also the fill at each change unless reservoirFillUnits is given).", unit = "U",
                min = 0, minExclusive = true, max = 1000, example = "180")
        Double reservoirCapacityUnits,
        @Field(doc = "Insulin put in the reservoir at each change; at most the capacity.", unit = "U", min = 0,
                minExclusive = true, max = 1000, example = "200")
        Double reservoirFillUnits,
        @Field(doc = "Reservoir level below which the pump alerts; inside the reservoir.", unit = "U", min = 0,
                max = 1000, example = "20")
        Double lowReservoirAlertUnits,
        @Field(doc = "Delivery speed of a standard bolus.", unit = "U/min", min = 0.05, max = 60, example = "1.5")
        Double bolusUnitsPerMinute,
        @Field(doc = "Largest bolus the pump delivers; larger requests are cut to this.", unit = "U", min = 0,
                minExclusive = true, max = 100, example = "25")
        Double maxBolusUnits,
        @Field(doc = "Largest basal rate the pump accepts; a basal profile above it is refused.", unit = "U/h", min = 0,
                minExclusive = true, max = 100, example = "35")
        Double maxBasalUnitsPerHour,
        @Field(doc = "Relative SD of the volume of one stroke (pump delivery error).", unit = "%", min = 0, max = 50,
                example = "15")
        Double pulseVolumeErrorSdPercent,
        @Field(doc = "Hours an infusion set is worn before it is changed.", unit = "h", min = 1, max = 720, example = "72")
        Double setWearHours,
        @Field(doc = "Missed insulin after which the occlusion alarm sounds.", unit = "U", min = 0, minExclusive = true,
                max = 100, example = "2.5")
        Double occlusionAlarmThresholdUnits,
        @Field(doc = "Rate of random occlusions (Poisson).", unit = "per day", min = 0, max = 24, example = "0.05")
        Double occlusionsPerDay,
        @Field(doc = "Rate of random leaks (Poisson).", unit = "per day", min = 0, max = 24, example = "0.02")
        Double leaksPerDay,
        @Field(doc = "Rate of random cannula dislodgements (Poisson).", unit = "per day", min = 0, max = 24, example = "0.01")
        Double dislodgementsPerDay,
        @Field(doc = "Fraction of each stroke lost while a leak lasts.", min = 0, max = 1, example = "0.5")
        Double leakFraction,
        @Field(doc = "The insulin action curve programmed into the bolus wizard (\"active insulin time\"): the pump"
                + " computes insulin on board with it, and controllers are told it as part of the therapy.", dflt = "{}",
                example = "{\"type\": \"exponential\", \"peakMinutes\": 75, \"durationMinutes\": 360}")
        InsulinCurveSettings insulinCurve) {
    public PumpSettings {
        model = model == null ? "minimed7xx" : model;
        insulinCurve = insulinCurve == null ? InsulinCurveSettings.defaults() : insulinCurve;
        spec = spec == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(spec));
        basalProfile = basalProfile == null ? List.of() : List.copyOf(basalProfile);
        Problems p = new Problems();
        FieldRules.checkRecord(PumpSettings.class, p, model, spec, basalProfile, pulseUnits, reservoirCapacityUnits,
                reservoirFillUnits, lowReservoirAlertUnits, bolusUnitsPerMinute, maxBolusUnits, maxBasalUnitsPerHour,
                pulseVolumeErrorSdPercent, setWearHours, occlusionAlarmThresholdUnits, occlusionsPerDay, leaksPerDay,
                dislodgementsPerDay, leakFraction, insulinCurve);
        if (!basalProfile.isEmpty()) {
            if (basalProfile.get(0).startMinuteOfDay() != 0) {
                p.add("basalProfile[0].start", basalProfile.get(0).start(), "\"00:00\" (the profile covers the whole day)", "");
            }
            for (int i = 1; i < basalProfile.size(); i++) {
                if (basalProfile.get(i).startMinuteOfDay() <= basalProfile.get(i - 1).startMinuteOfDay()) {
                    p.add("basalProfile[" + i + "].start", basalProfile.get(i).start(),
                            "a time after the previous segment's start " + basalProfile.get(i - 1).start(), "");
                }
            }
        }
        p.throwIfAny();
    }

    public static PumpSettings defaults() {
        return new PumpSettings(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
