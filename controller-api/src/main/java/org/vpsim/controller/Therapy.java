package org.vpsim.controller;

import java.util.List;
import java.util.Objects;

/**
 * The patient's therapy settings as a clinician programmed them.
 *
 * @param basalProfile          scheduled basal, segments by time of day, the first at minute 0
 * @param carbRatioGramsPerUnit grams of carbohydrate one unit covers
 * @param isfMgDlPerUnit        insulin sensitivity (correction) factor, mg/dL per unit
 * @param targetMgDl            glucose target, mg/dL
 * @param insulinCurve          the insulin action curve the pump's IOB uses
 * @param weightKg              body weight, kg
 */
public record Therapy(List<BasalRate> basalProfile, double carbRatioGramsPerUnit, double isfMgDlPerUnit,
                      double targetMgDl, InsulinCurve insulinCurve, double weightKg) {
    public Therapy {
        basalProfile = List.copyOf(basalProfile);
        if (basalProfile.isEmpty() || basalProfile.get(0).startMinuteOfDay() != 0) {
            throw new IllegalArgumentException("basalProfile: must start at minute 0 of the day");
        }
        for (int i = 1; i < basalProfile.size(); i++) {
            if (basalProfile.get(i).startMinuteOfDay() <= basalProfile.get(i - 1).startMinuteOfDay()) {
                throw new IllegalArgumentException("basalProfile[" + i + "]: starts must increase");
            }
        }
        positive("carbRatioGramsPerUnit", carbRatioGramsPerUnit);
        positive("isfMgDlPerUnit", isfMgDlPerUnit);
        positive("targetMgDl", targetMgDl);
        positive("weightKg", weightKg);
        Objects.requireNonNull(insulinCurve, "insulinCurve");
    }

    /** The scheduled basal at a minute of day (U/h). */
    public double basalUnitsPerHourAt(double minuteOfDay) {
        double m = ((minuteOfDay % 1440.0) + 1440.0) % 1440.0;
        double rate = basalProfile.get(0).unitsPerHour();
        for (BasalRate r : basalProfile) {
            if (r.startMinuteOfDay() <= m) {
                rate = r.unitsPerHour();
            }
        }
        return rate;
    }

    /** Total scheduled basal over a day (U). */
    public double dailyBasalUnits() {
        double total = 0;
        for (int i = 0; i < basalProfile.size(); i++) {
            int end = i + 1 < basalProfile.size() ? basalProfile.get(i + 1).startMinuteOfDay() : 1440;
            total += basalProfile.get(i).unitsPerHour() * (end - basalProfile.get(i).startMinuteOfDay()) / 60.0;
        }
        return total;
    }

    static void positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + ": " + v + " is not a positive finite number");
        }
    }
}
