package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The CGM's alerts (issue 14): a low alert, a high alert and a predictive low alert on the readings, each sounding
 * again after its repeat time while the condition lasts. The person (when {@code person} is on) answers each alert
 * after a response time drawn from the PERSON stream: a low is checked and treated with rescue carbs, a high is
 * checked and corrected, and a high that a correction has not brought down makes the person suspect the set (see
 * {@code person.suspectSetAfterMinutes}). Alerts and answers are events (ALERT_LOW, ALERT_PREDICTED_LOW, ALERT_HIGH,
 * ALERT_RESPONSE). Defaults follow the Dexcom G6 user guide (low 70, high 250, "urgent low soon" 20 min ahead,
 * re-alerts every 30 min for lows and 2 h for highs); a field left out turns its alert off.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CgmAlerts(
        @Field(doc = "Low alert: a reading below this. Absent: no low alert.", unit = "mg/dL", min = 40, max = 150,
                example = "70")
        Double lowMgDl,
        @Field(doc = "High alert: a reading at or above this. Absent: no high alert.", unit = "mg/dL", min = 120,
                max = 400, example = "250")
        Double highMgDl,
        @Field(doc = "Predictive low alert: the reading's 15-min linear trend reaches lowMgDl within this many minutes"
                + " (Dexcom's \"urgent low soon\" looks 20 min ahead). Needs lowMgDl. Absent: off.", unit = "min",
                min = 5, max = 60, example = "20")
        Double predictiveLowMinutes,
        @Field(doc = "A low (or predicted low) alert sounds again after this long while readings stay low.",
                unit = "min", dflt = "30", min = 5, max = 240, example = "30")
        Double lowRepeatMinutes,
        @Field(doc = "A high alert sounds again after this long while readings stay high.", unit = "min", dflt = "120",
                min = 5, max = 1440, example = "120")
        Double highRepeatMinutes) {
    public CgmAlerts {
        lowRepeatMinutes = lowRepeatMinutes == null ? 30.0 : lowRepeatMinutes;
        highRepeatMinutes = highRepeatMinutes == null ? 120.0 : highRepeatMinutes;
        Problems p = new Problems();
        FieldRules.checkRecord(CgmAlerts.class, p, lowMgDl, highMgDl, predictiveLowMinutes, lowRepeatMinutes,
                highRepeatMinutes);
        if (predictiveLowMinutes != null && lowMgDl == null) {
            p.add("predictiveLowMinutes", predictiveLowMinutes, "only with a lowMgDl to predict",
                    "give lowMgDl too, e.g. 70");
        }
        if (lowMgDl != null && highMgDl != null && highMgDl <= lowMgDl) {
            p.add("highMgDl", highMgDl, "above lowMgDl " + FieldRules.fmt(lowMgDl) + " mg/dL", "");
        }
        p.throwIfAny();
    }
}
