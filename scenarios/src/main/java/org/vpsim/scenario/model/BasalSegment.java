package org.vpsim.scenario.model;

/**
 * One segment of a basal profile, from clock time {@code start} until the next segment's start. The
 * rate is either absolute ({@code unitsPerHour}) or a multiple of the patient's own basal
 * ({@code scale}, e.g. 1.2 for a dawn-phenomenon segment); exactly one must be given.
 */
public record BasalSegment(String start, Double unitsPerHour, Double scale) {
    public BasalSegment {
        TimeOfDay.minutesOfDay("start", start);
        if ((unitsPerHour == null) == (scale == null)) {
            throw new IllegalArgumentException("unitsPerHour/scale: give exactly one of them");
        }
        if (unitsPerHour != null) {
            Checks.nonNegative("unitsPerHour", unitsPerHour, " U/h");
        }
        if (scale != null) {
            Checks.inRange("scale", scale, 0, 10, "");
        }
    }

    public int startMinuteOfDay() {
        return TimeOfDay.minutesOfDay("start", start);
    }

    /** The segment's rate for a patient whose own basal is {@code patientBasalUnitsPerHour}. */
    public double rateUnitsPerHour(double patientBasalUnitsPerHour) {
        return unitsPerHour != null ? unitsPerHour : scale * patientBasalUnitsPerHour;
    }
}
