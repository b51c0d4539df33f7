package org.vpsim.scenario.model;

/**
 * The insulin pens of a multiple-daily-injection (MDI) arm: a rapid-acting pen for meal and correction
 * boluses, a long-acting pen injected once a day at {@code injectionTime}. An arm has either a pump or pens.
 * The long-acting dose is the patient's 24-h basal × {@code doseFactor} (LongActingDoseRule, Endocrine
 * Society 2022), rounded to the long-acting pen's step; the patient starts at that regimen's steady state.
 */
public record PenSettings(
        @Field(doc = "Rapid-acting pen: novopen-echo (0.5 U steps, up to 30 U), novopen-4 (1 U steps, up to 60 U),"
                + " humalog-kwikpen (1 U steps, up to 60 U). Every pen expels a 2 U safety shot before each injection"
                + " (waste).", dflt = "\"novopen-echo\"", values = {"novopen-echo", "novopen-4", "humalog-kwikpen"},
                example = "\"novopen-4\"")
        String rapidPen,
        @Field(doc = "Long-acting insulin injected once a day: glargine-u100 (flat profile, about 24 h) or"
                + " degludec-u100 (half-life about 25 h).", dflt = "\"glargine-u100\"",
                values = {"glargine-u100", "degludec-u100"}, example = "\"degludec-u100\"")
        String longActingInsulin,
        @Field(doc = "Long-acting pen (1 U steps, up to 80 U); absent: lantus-solostar for glargine, tresiba-flextouch"
                + " for degludec.", values = {"lantus-solostar", "tresiba-flextouch"}, example = "\"lantus-solostar\"")
        String longActingPen,
        @Field(doc = "Clock time of the daily long-acting injection.", dflt = "\"22:00\"", pattern = TimeOfDay.PATTERN,
                patternWords = TimeOfDay.WORDS, example = "\"08:00\"")
        String injectionTime,
        @Field(doc = "Daily long-acting dose as a multiple of the patient's 24-h basal insulin (1.0: unit for unit,"
                + " Endocrine Society 2022).", dflt = "1.0", min = 0, minExclusive = true, max = 3, example = "1.1")
        Double doseFactor,
        @Field(doc = "Injection-site absorption variability: day-to-day variation of the long-acting absorption rate"
                + " and of the rapid-acting bioavailability (log-normal, published within-subject CVs).",
                dflt = "true", example = "false")
        Boolean absorptionVariability,
        @Field(doc = "Probability that a rapid-acting injection the controller asks for is not given.", dflt = "0",
                min = 0, max = 1, example = "0.05")
        Double missedInjectionProbability,
        @Field(doc = "Probability that a rapid-acting injection is given late, after lateInjectionMinutes.",
                dflt = "0", min = 0, max = 1, example = "0.1")
        Double lateInjectionProbability,
        @Field(doc = "Delay of a late rapid-acting injection.", unit = "min", dflt = "30", min = 1, max = 240,
                example = "45")
        Double lateInjectionMinutes,
        @Field(doc = "Probability that a day's long-acting injection is forgotten.", dflt = "0", min = 0, max = 1,
                example = "0.02")
        Double forgottenLongActingProbability) {
    public PenSettings {
        rapidPen = rapidPen == null ? "novopen-echo" : rapidPen;
        longActingInsulin = longActingInsulin == null ? "glargine-u100" : longActingInsulin;
        longActingPen = longActingPen == null
                ? ("degludec-u100".equals(longActingInsulin) ? "tresiba-flextouch" : "lantus-solostar") : longActingPen;
        injectionTime = injectionTime == null ? "22:00" : injectionTime;
        doseFactor = doseFactor == null ? 1.0 : doseFactor;
        absorptionVariability = absorptionVariability == null ? Boolean.TRUE : absorptionVariability;
        missedInjectionProbability = missedInjectionProbability == null ? 0.0 : missedInjectionProbability;
        lateInjectionProbability = lateInjectionProbability == null ? 0.0 : lateInjectionProbability;
        lateInjectionMinutes = lateInjectionMinutes == null ? 30.0 : lateInjectionMinutes;
        forgottenLongActingProbability = forgottenLongActingProbability == null ? 0.0 : forgottenLongActingProbability;
        Problems p = new Problems();
        FieldRules.checkRecord(PenSettings.class, p, rapidPen, longActingInsulin, longActingPen, injectionTime,
                doseFactor, absorptionVariability, missedInjectionProbability, lateInjectionProbability,
                lateInjectionMinutes, forgottenLongActingProbability);
        String matchingPen = "degludec-u100".equals(longActingInsulin) ? "tresiba-flextouch" : "lantus-solostar";
        if ("glargine-u100 degludec-u100".contains(longActingInsulin) && !matchingPen.equals(longActingPen)
                && "lantus-solostar tresiba-flextouch".contains(longActingPen)) {
            p.add("longActingPen", longActingPen, "\"" + matchingPen + "\", the pen that holds " + longActingInsulin, "");
        }
        if (missedInjectionProbability + lateInjectionProbability > 1 + 1e-12) {
            p.add("lateInjectionProbability", lateInjectionProbability, "at most 1 - missedInjectionProbability = "
                    + FieldRules.fmt(1 - missedInjectionProbability), "");
        }
        p.throwIfAny();
    }

    public static PenSettings defaults() {
        return new PenSettings(null, null, null, null, null, null, null, null, null, null);
    }

    /** Minute of the day of the long-acting injection. */
    public int injectionMinuteOfDay() {
        return TimeOfDay.minutesOfDay("injectionTime", injectionTime);
    }
}
