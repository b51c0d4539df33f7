package org.vpsim.scenario.model;

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
        @Field(doc = "The insulin pump.", dflt = "{}", example = "{\"model\": \"minimed5xx\"}")
        PumpSettings pump,
        @Field(doc = "The continuous glucose monitor the controller reads.", dflt = "{}",
                example = "{\"sampleIntervalMinutes\": 5}")
        CgmSettings cgm,
        @Field(doc = "The therapy algorithm.", dflt = "{\"type\": \"bolus-calculator\"}",
                example = "{\"type\": \"bolus-calculator\", \"settings\": {\"targetMgDl\": 110}}")
        ControllerSettings controller) {

    public Arm {
        description = description == null ? "" : description;
        pump = pump == null ? PumpSettings.defaults() : pump;
        cgm = cgm == null ? CgmSettings.defaults() : cgm;
        controller = controller == null ? ControllerSettings.defaults() : controller;
        Problems p = new Problems();
        FieldRules.checkRecord(Arm.class, p, name, description, pump, cgm, controller);
        p.throwIfAny();
    }
}
