package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One therapy arm: the devices and the algorithm every patient of the cohort is simulated with. All
 * arms of a study see the same meals and sensor noise (common random numbers), so their difference
 * is the therapy alone.
 */
public record Arm(
        @Field(doc = "Name of the arm; it names the arm's output partition directory (arm=NAME).", required = true,
                pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}",
                patternWords = "1–64 letters, digits, '_', '.', '-' starting with a letter or digit", example = "\"pump\"")
        String name,
        @Field(doc = "What the arm is, in words.", dflt = "\"\"", example = "\"Meal boluses with corrections\"")
        String description,
        @Field(doc = "The insulin pump; absent on an arm with pens (then the arm has no pump).", dflt = "{}",
                example = "{\"model\": \"minimed5xx\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) PumpSettings pump,
        @Field(doc = "The continuous glucose monitor the controller reads.", dflt = "{}",
                example = "{\"sampleIntervalMinutes\": 5}")
        CgmSettings cgm,
        @Field(doc = "The therapy algorithm.", dflt = "{\"type\": \"bolus-calculator\"}",
                example = "{\"type\": \"bolus-calculator\", \"settings\": {\"targetMgDl\": 110}}")
        ControllerSettings controller,
        @Field(doc = "Insulin pens instead of a pump (multiple daily injections): a rapid-acting pen for boluses and a"
                + " long-acting pen injected once a day. Never together with pump; use the controller type mdi (or"
                + " another that only boluses).", example = "{\"longActingInsulin\": \"glargine-u100\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) PenSettings pens,
        @Field(doc = "Therapy the person programs on the pump by hand at given times: temp basals, extended and"
                + " dual-wave boluses, suspends. Pump arms only.", dflt = "[]", maxItems = 100,
                example = "[{\"type\": \"temp-basal\", \"atHours\": 30, \"percent\": 50, \"durationMinutes\": 120}]")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ManualTherapy> manualTherapy,
        @Field(doc = "CGM alerts (low, high, predictive low) that the person answers. Absent: none.",
                example = "{\"lowMgDl\": 70, \"highMgDl\": 250}")
        @JsonInclude(JsonInclude.Include.NON_NULL) CgmAlerts alerts) {

    public Arm {
        description = description == null ? "" : description;
        boolean both = pump != null && pens != null;
        pump = pump == null && pens == null ? PumpSettings.defaults() : pump;
        cgm = cgm == null ? CgmSettings.defaults() : cgm;
        controller = controller == null ? ControllerSettings.defaults() : controller;
        manualTherapy = manualTherapy == null ? List.of() : List.copyOf(manualTherapy);
        Problems p = new Problems();
        FieldRules.checkRecord(Arm.class, p, name, description, pump, cgm, controller, pens, manualTherapy, alerts);
        if (pens != null && !manualTherapy.isEmpty()) {
            p.add("manualTherapy", "[…]", "no manual pump therapy on an arm with pens", "temp basals, extended and"
                    + " dual-wave boluses and suspends need a pump");
        }
        if (both) {
            p.add("pens", "{…}", "no pens on an arm with a pump: an arm has either pump or pens", "");
        }
        p.throwIfAny();
    }

    /** A pump arm. */
    public Arm(String name, String description, PumpSettings pump, CgmSettings cgm, ControllerSettings controller) {
        this(name, description, pump, cgm, controller, null, null, null);
    }

    /** True for an arm on insulin pens (multiple daily injections). */
    public boolean onPens() {
        return pens != null;
    }
}
