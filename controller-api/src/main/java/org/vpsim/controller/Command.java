package org.vpsim.controller;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the controller asks for now (the protocol's {@code command} line). Takes effect at the
 * observation's time, in this order: suspend or resume, temp basal, bolus. The pump rounds doses down
 * to its increments and refuses what exceeds its limits (or a bolus while it is not running), and
 * says so in the next observation's {@code pumpEvents}.
 *
 * @param bolusUnits a bolus now, U; 0 for none
 * @param tempBasal  null leaves the temp basal alone; {@link TempBasalChange.Cancel} or {@link TempBasalChange.Start}
 * @param suspend    stop all delivery until resumed
 * @param resume     resume after a suspension (not together with suspend)
 * @param info       free-form values for the events log (e.g. {@code reason}); never null
 */
public record Command(double bolusUnits, TempBasalChange tempBasal, boolean suspend, boolean resume,
                      Map<String, Object> info) {

    private static final Command NONE = new Command(0, null, false, false, Map.of());

    public Command {
        if (!(bolusUnits >= 0) || !Double.isFinite(bolusUnits)) {
            throw new IllegalArgumentException("bolusUnits: " + bolusUnits + " is not a non-negative finite number");
        }
        if (suspend && resume) {
            throw new IllegalArgumentException("suspend and resume are both true");
        }
        info = info == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(info));
    }

    /** Leave the pump as it is. */
    public static Command none() {
        return NONE;
    }

    /** Leave the pump as it is, with a reason for the log. */
    public static Command none(String reason) {
        return new Command(0, null, false, false, Map.of("reason", reason));
    }

    public static Command bolus(double units, String reason) {
        return new Command(units, null, false, false, Map.of("reason", reason));
    }

    public static Command tempBasal(double unitsPerHour, double durationMinutes, String reason) {
        return new Command(0, TempBasalChange.start(unitsPerHour, durationMinutes), false, false, Map.of("reason", reason));
    }

    public static Command suspendDelivery(String reason) {
        return new Command(0, null, true, false, Map.of("reason", reason));
    }

    public static Command resumeDelivery(String reason) {
        return new Command(0, null, false, true, Map.of("reason", reason));
    }

    /** This command with a bolus added (e.g. a meal bolus beside an auto-basal change). */
    public Command withBolus(double units) {
        return new Command(units, tempBasal, suspend, resume, info);
    }

    /** True when it asks for nothing. */
    public boolean isEmpty() {
        return bolusUnits == 0 && tempBasal == null && !suspend && !resume;
    }

    /** The {@code reason} info entry, or "" (for the events log). */
    public String reason() {
        Object r = info.get("reason");
        return r == null ? "" : r.toString();
    }
}
