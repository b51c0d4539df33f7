package org.vpsim.scenario.model;

import java.util.regex.Pattern;

/**
 * One therapy arm: the devices and the algorithm every patient of the cohort is simulated with. All
 * arms of a study see the same meals and sensor noise (common random numbers), so their difference
 * is the therapy alone.
 */
public record Arm(String name, String description, PumpSettings pump, CgmSettings cgm,
                  ControllerSettings controller) {
    /** Arm names become Parquet partition directories ({@code arm=NAME}); keep them path-safe. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public Arm {
        Checks.nonBlank("name", name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: '" + name
                    + "' must be 1–64 letters, digits, '_', '.', '-' (it names a directory)");
        }
        description = description == null ? "" : description;
        pump = pump == null ? PumpSettings.defaults() : pump;
        cgm = cgm == null ? CgmSettings.defaults() : cgm;
        controller = controller == null ? ControllerSettings.defaults() : controller;
    }
}
