package org.vpsim.results;

/**
 * One discrete event of one patient in one arm (meal, bolus, alarm, fault, set change, reservoir
 * change, suspend, resume, controller command, …).
 *
 * @param arm            therapy arm
 * @param patient        patient id
 * @param replicate      Monte Carlo replicate of the study (0 for the first; the only one without replicates)
 * @param timeMillis     absolute time, epoch milliseconds UTC
 * @param type           event type, e.g. MEAL, BOLUS, ALARM, FAULT, SET_CHANGE, RESERVOIR_CHANGE,
 *                       SUSPEND, RESUME, CONTROLLER_COMMAND
 * @param detail         free text (e.g. alarm name), or null
 * @param requestedUnits insulin requested, or null when not an insulin event
 * @param deliveredUnits insulin delivered, or null
 * @param carbsGrams     carbohydrate, or null when not a meal
 */
public record EventRow(
        String arm,
        String patient,
        int replicate,
        long timeMillis,
        String type,
        String detail,
        Double requestedUnits,
        Double deliveredUnits,
        Double carbsGrams) {

    public EventRow {
        Checks.arm(arm);
        Checks.nonBlank("patient", patient);
        Checks.replicate(replicate);
        Checks.nonBlank("type", type);
        Checks.nonNegativeOrNull("requestedUnits", requestedUnits);
        Checks.nonNegativeOrNull("deliveredUnits", deliveredUnits);
        Checks.nonNegativeOrNull("carbsGrams", carbsGrams);
    }

    /** An event of replicate 0 (a study without replicates). */
    public EventRow(String arm, String patient, long timeMillis, String type, String detail, Double requestedUnits,
                    Double deliveredUnits, Double carbsGrams) {
        this(arm, patient, 0, timeMillis, type, detail, requestedUnits, deliveredUnits, carbsGrams);
    }
}
