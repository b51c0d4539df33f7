package org.vpsim.scenario.model;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vpsim.pump.device.PumpSpec;

/**
 * Physical limits of the effective pump of an arm (its model's defaults, the arm's fields and its
 * {@code spec} overrides together). They keep a study inside what real pumps do, and they bound the work
 * of a run: the simulation steps through pump strokes, so the stroke volume and rates fix the number of
 * events per patient-day (at most {@code 24 × maxBasalUnitsPerHour / pulseUnits} basal strokes plus
 * {@code insulin / pulseUnits} bolus strokes), and every time-like parameter is finite and small enough
 * that no clock overflows.
 */
public final class DeviceRules {
    public static final double MIN_PULSE_UNITS = 0.005;
    public static final double MAX_PULSE_UNITS = 0.5;

    /** Limits by {@code PumpSpec} component: {min, max, minExclusive (1/0)} and the unit. */
    private static final Map<String, Limit> LIMITS = new LinkedHashMap<>();

    private record Limit(double min, boolean minExclusive, double max, String unit) {
    }

    private static void limit(String name, double min, boolean exclusive, double max, String unit) {
        LIMITS.put(name, new Limit(min, exclusive, max, unit));
    }

    static {
        limit("pulseUnits", MIN_PULSE_UNITS, false, MAX_PULSE_UNITS, "U");
        limit("reservoirCapacityUnits", 0, true, 1000, "U");
        limit("reservoirFillUnits", 0, true, 1000, "U");
        limit("lowReservoirAlertUnits", 0, false, 1000, "U");
        limit("standardBolusUnitsPerMinute", 0.05, false, 60, "U/min");
        limit("quickBolusUnitsPerMinute", 0.05, false, 60, "U/min");
        limit("maxBolusUnits", 0, true, 100, "U");
        limit("maxBasalUnitsPerHour", 0, true, 100, "U/h");
        limit("basalIncrementUnitsPerHour", 0.001, false, 1, "U/h");
        limit("bolusIncrementUnits", MIN_PULSE_UNITS, false, 1, "U");
        limit("strokeVolumeRelativeSd", 0, false, 0.5, "");
        limit("strokeVolumeAutocorrelation", 0, false, 0.99, "");
        limit("strokeVolumeRelativeBias", -0.5, false, 0.5, "");
        limit("primeUnits", 0, false, 50, "U");
        limit("fillCannulaUnits", 0, false, 5, "U");
        limit("setWearHours", 1, false, 720, "h");
        limit("userResponseMinutes", 0, false, 1440, "min");
        limit("occlusionAlarmThresholdUnits", 0, true, 100, "U");
        limit("leakFraction", 0, false, 1, "");
        limit("occlusionsPerDay", 0, false, 24, "per day");
        limit("leaksPerDay", 0, false, 24, "per day");
        limit("dislodgementsPerDay", 0, false, 24, "per day");
        limit("absorptionRateMultiplierMax", 0.1, false, 10, "");
        limit("wearHoursAtBaselineAbsorption", 0, false, 10_000, "h");
        limit("wearHoursAtMaxAbsorption", 0, false, 10_000, "h");
        limit("bioavailabilityLossStartHours", 0, false, 10_000, "h");
        limit("bioavailabilityLossPerDay", 0, false, 1, "per day");
        limit("maxBioavailabilityLoss", 0, false, 1, "");
        limit("suspendReminderMinutes", 1, false, 1440, "min");
        limit("maxTempBasalPercent", 0, true, 1000, "%");
        limit("maxExtendedBolusHours", 0, true, 24, "h");
    }

    /** {@code {name, allowed}} rows of the limits, for the reference page. */
    public static java.util.List<String[]> limitsTable() {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (Map.Entry<String, Limit> e : LIMITS.entrySet()) {
            rows.add(new String[] {e.getKey(), allowed(e.getValue())});
        }
        return rows;
    }

    private static String allowed(Limit l) {
        String unit = l.unit.isEmpty() ? "" : " (" + l.unit + ")";
        return (l.minExclusive ? "greater than " : "from ") + FieldRules.fmt(l.min)
                + (l.minExclusive ? " and at most " : " to ") + FieldRules.fmt(l.max) + unit;
    }

    /** Scenario field names that differ from the {@code PumpSpec} names. */
    private static final Map<String, String> SCENARIO_NAMES = Map.of(
            "standardBolusUnitsPerMinute", "bolusUnitsPerMinute",
            "strokeVolumeRelativeSd", "pulseVolumeErrorSdPercent");

    private DeviceRules() {
    }

    /**
     * Checks the effective pump of an arm. {@code pumpPath} is where the arm's pump sits
     * ({@code arms[0].pump}); a problem names {@code pump.spec.KEY} when the value came from {@code spec},
     * the arm's field when set there, else the pump {@code model}.
     */
    public static void checkPump(PumpSpec spec, PumpSettings settings, String pumpPath, Problems p) {
        for (RecordComponent c : PumpSpec.class.getRecordComponents()) {
            Limit l = LIMITS.get(c.getName());
            if (l == null || c.getType() != double.class) {
                continue;
            }
            double v = value(spec, c);
            boolean ok = Double.isFinite(v) && (l.minExclusive ? v > l.min : v >= l.min) && v <= l.max;
            if (!ok) {
                p.add(where(settings, pumpPath, c.getName()), v, "a number " + allowed(l) + " for " + c.getName(), "");
            }
        }
        if (spec.lowReservoirAlertUnits() > spec.reservoirFillUnits()) {
            p.add(where(settings, pumpPath, "lowReservoirAlertUnits"), spec.lowReservoirAlertUnits(),
                    "at most the reservoir fill " + FieldRules.fmt(spec.reservoirFillUnits()) + " U",
                    "an alert level above a full reservoir would sound at every change");
        }
        if (spec.occlusionAlarmThresholdUnits() > spec.reservoirFillUnits()) {
            p.add(where(settings, pumpPath, "occlusionAlarmThresholdUnits"), spec.occlusionAlarmThresholdUnits(),
                    "at most the reservoir fill " + FieldRules.fmt(spec.reservoirFillUnits()) + " U", "");
        }
        if (spec.primeUnits() + spec.fillCannulaUnits() >= spec.reservoirFillUnits()) {
            p.add(where(settings, pumpPath, "primeUnits"), spec.primeUnits(),
                    "less than the reservoir fill " + FieldRules.fmt(spec.reservoirFillUnits()) + " U minus the cannula fill",
                    "a set change would empty the reservoir");
        }
    }

    /** Where a pump value came from, as a scenario path. */
    public static String where(PumpSettings settings, String pumpPath, String specName) {
        if (settings.spec().containsKey(specName)) {
            return pumpPath + ".spec." + specName;
        }
        String field = SCENARIO_NAMES.getOrDefault(specName, specName);
        for (RecordComponent c : PumpSettings.class.getRecordComponents()) {
            if (c.getName().equals(field) && value(settings, c) != null) {
                return pumpPath + "." + field;
            }
        }
        if ("reservoirFillUnits".equals(specName) && settings.reservoirCapacityUnits() != null) {
            return pumpPath + ".reservoirCapacityUnits";
        }
        return pumpPath + ".model";
    }

    private static double value(PumpSpec spec, RecordComponent c) {
        return ((Number) value((Object) spec, c)).doubleValue();
    }

    private static Object value(Object record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
