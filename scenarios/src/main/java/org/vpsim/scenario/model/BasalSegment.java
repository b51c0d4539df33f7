package org.vpsim.scenario.model;

/**
 * One segment of a basal profile, from clock time {@code start} until the next segment's start. The
 * rate is either absolute ({@code unitsPerHour}) or a multiple of the patient's own basal
 * ({@code scale}, e.g. 1.2 for a dawn-phenomenon segment); exactly one must be given.
 */
public record BasalSegment(
        @Field(doc = "Clock time the segment starts (in the offset of the scenario start); the first segment starts at 00:00.",
                required = true, pattern = TimeOfDay.PATTERN, patternWords = TimeOfDay.WORDS, example = "\"04:00\"")
        String start,
        @Field(doc = "Basal rate of the segment; give this or scale. It may not exceed the pump's maxBasalUnitsPerHour.",
                unit = "U/h", min = 0, max = 100, example = "0.9")
        Double unitsPerHour,
        @Field(doc = "Basal rate as a multiple of the patient's own basal rate; give this or unitsPerHour.",
                min = 0, max = 10, example = "1.2")
        Double scale) {
    public BasalSegment {
        Problems p = new Problems();
        FieldRules.checkRecord(BasalSegment.class, p, start, unitsPerHour, scale);
        if ((unitsPerHour == null) == (scale == null)) {
            p.add(Problem.stated("unitsPerHour", "give exactly one of unitsPerHour and scale"
                    + (unitsPerHour == null ? " (neither is given)" : " (both are given)")));
        }
        p.throwIfAny();
    }

    public int startMinuteOfDay() {
        return TimeOfDay.minutesOfDay("start", start);
    }

    /** The segment's rate for a patient whose own basal is {@code patientBasalUnitsPerHour}. */
    public double rateUnitsPerHour(double patientBasalUnitsPerHour) {
        return unitsPerHour != null ? unitsPerHour : scale * patientBasalUnitsPerHour;
    }
}
