package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One thing the person programs on the pump by hand at a given time (issue 14): a temporary basal rate (percent of
 * the profile or absolute), an extended (square-wave) or dual-wave bolus, or a suspend for a set time. The pump
 * executes it and logs what it did (TEMP_BASAL, BOLUS_REQUESTED with the waveform, SUSPEND/RESUME), or refuses it with
 * an event; what the pump model's limits forbid is refused before the run (temp basal percent and rate, bolus size,
 * extended duration).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManualTherapy(
        @Field(doc = "What the person programs: temp-basal (percent or unitsPerHour, for durationMinutes), extended-bolus"
                + " (units spread evenly over durationMinutes), dual-wave-bolus (immediatePercent of units now, the rest"
                + " over durationMinutes), suspend (no delivery for durationMinutes, then the pump resumes by itself).",
                required = true, values = {"temp-basal", "extended-bolus", "dual-wave-bolus", "suspend"},
                example = "\"temp-basal\"")
        String type,
        @Field(doc = "When, in hours after the scenario start; inside the study.", unit = "h", min = 0,
                max = Scenario.MAX_DAYS * 24, example = "30")
        double atHours,
        @Field(doc = "How long the temp basal, the extended part of the bolus or the suspend lasts (required).",
                unit = "min", min = 0, minExclusive = true, max = 1440, example = "120")
        Double durationMinutes,
        @Field(doc = "temp-basal: the rate as a percent of the basal profile (0 = none); give this or unitsPerHour."
                + " At most the pump's maxTempBasalPercent (200 on the MiniMed 7xx).", unit = "%", min = 0, max = 1000,
                example = "50")
        Double percent,
        @Field(doc = "temp-basal: an absolute rate; give this or percent. At most the pump's maxBasalUnitsPerHour.",
                unit = "U/h", min = 0, max = 100, example = "0.4")
        Double unitsPerHour,
        @Field(doc = "extended-bolus and dual-wave-bolus: the whole bolus; at most the pump's maxBolusUnits.", unit = "U",
                min = 0, minExclusive = true, max = 100, example = "4")
        Double units,
        @Field(doc = "dual-wave-bolus: the share delivered at once; the rest is spread over durationMinutes.", unit = "%",
                min = 0, minExclusive = true, max = 100, example = "60")
        Double immediatePercent) {
    public static final List<String> TYPES = List.of("temp-basal", "extended-bolus", "dual-wave-bolus", "suspend");

    public ManualTherapy {
        Problems p = new Problems();
        FieldRules.checkRecord(ManualTherapy.class, p, type, atHours, durationMinutes, percent, unitsPerHour, units,
                immediatePercent);
        if (type != null && TYPES.contains(type)) {
            if (durationMinutes == null) {
                p.add(Problem.missing("durationMinutes", "a duration in minutes: every " + type + " lasts a set time"));
            }
            boolean tempBasal = type.equals("temp-basal");
            boolean bolus = type.endsWith("-bolus");
            if (tempBasal && (percent == null) == (unitsPerHour == null)) {
                p.add(Problem.stated("percent", "a temp-basal takes exactly one of percent and unitsPerHour"
                        + (percent == null ? " (neither is given)" : " (both are given)")));
            }
            if (!tempBasal) {
                forbid(p, "percent", percent, type);
                forbid(p, "unitsPerHour", unitsPerHour, type);
            }
            if (bolus && units == null) {
                p.add(Problem.missing("units", "the bolus size in U"));
            }
            if (!bolus) {
                forbid(p, "units", units, type);
            }
            if (type.equals("dual-wave-bolus") && immediatePercent == null) {
                p.add(Problem.missing("immediatePercent", "the share given at once, above 0 and below 100 %"));
            }
            if (!type.equals("dual-wave-bolus")) {
                forbid(p, "immediatePercent", immediatePercent, type);
            }
            if (type.equals("dual-wave-bolus") && immediatePercent != null && immediatePercent >= 100) {
                p.add("immediatePercent", immediatePercent, "below 100 % (100 % at once is a normal bolus)", "");
            }
        }
        p.throwIfAny();
    }

    private static void forbid(Problems p, String field, Double value, String type) {
        if (value != null) {
            p.add(field, value, "no " + field + " on a " + type, "leave " + field + " out");
        }
    }

    public long atMillis() {
        return Math.round(atHours * 3_600_000.0);
    }

    public long durationMillis() {
        return Math.round(durationMinutes * 60_000.0);
    }
}
