package org.vpsim.pump.device;

/**
 * Kinds of pump events. ALARM_* are what the pump announces to its user; FAULT_* are ground truth
 * about the infusion set that the pump itself cannot observe (a controller must not react to them:
 * they are recorded for the researcher).
 */
public enum PumpEventType {
    BOLUS_REQUESTED,
    BOLUS_COMPLETED,
    /** A bolus stopped before completion (suspend, occlusion alarm, empty reservoir); delivered &lt; requested. */
    BOLUS_CANCELLED,
    BOLUS_REFUSED,
    TEMP_BASAL,
    TEMP_BASAL_ENDED,
    TEMP_BASAL_REFUSED,
    SUSPEND,
    RESUME,
    ALARM_LOW_RESERVOIR,
    ALARM_EMPTY_RESERVOIR,
    ALARM_OCCLUSION,
    ALARM_SET_CHANGE_DUE,
    ALARM_SUSPEND_REMINDER,
    SET_CHANGE,
    RESERVOIR_CHANGE,
    FAULT_OCCLUSION,
    FAULT_LEAK,
    FAULT_DISLODGEMENT,
    /** The user let a due set stay in (a forgotten set change): ground truth about the user, not a pump alarm. */
    SET_CHANGE_FORGOTTEN,
    /** The user changed the set but kept the old reservoir (not refilled): ground truth about the user. */
    RESERVOIR_NOT_REFILLED
}
