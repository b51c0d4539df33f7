package org.vpsim.results;

/**
 * One output-interval sample of one patient in one arm (the arm is not a field: it is the
 * partition directory {@code timeseries/arm=<arm>/}).
 *
 * @param patient               patient id
 * @param replicate             Monte Carlo replicate of the study (0 for the first; the only one without replicates)
 * @param timeMillis            absolute time, epoch milliseconds UTC
 * @param glucoseMgDl           true plasma glucose
 * @param cgmMgDl               CGM reading at this row, or null when the sensor gave none
 * @param insulinDeliveredUnits insulin that entered the patient during the output interval [time, time + Δ) that starts at this row
 * @param basalUnitsPerHour     programmed basal rate in effect
 * @param bolusUnits            bolus insulin delivered during the output interval [time, time + Δ) that starts at this row
 * @param carbsGrams            carbohydrate eaten during the output interval [time, time + Δ) that starts at this row
 * @param iobUnits              insulin on board as the device computes it (may be negative when a
 *                              controller counts net IOB against the scheduled basal)
 * @param reservoirUnits        insulin left in the pump's reservoir; null for an arm on insulin pens
 * @param pumpStatus            e.g. RUNNING, SUSPENDED, OCCLUDED, EMPTY; null for an arm on insulin pens
 */
public record TimeseriesRow(
        String patient,
        int replicate,
        long timeMillis,
        double glucoseMgDl,
        Double cgmMgDl,
        double insulinDeliveredUnits,
        double basalUnitsPerHour,
        double bolusUnits,
        double carbsGrams,
        double iobUnits,
        Double reservoirUnits,
        String pumpStatus) {

    public TimeseriesRow {
        Checks.nonBlank("patient", patient);
        Checks.replicate(replicate);
        Checks.nonNegative("glucoseMgDl", glucoseMgDl);
        Checks.positiveOrNull("cgmMgDl", cgmMgDl);
        Checks.nonNegative("insulinDeliveredUnits", insulinDeliveredUnits);
        Checks.nonNegative("basalUnitsPerHour", basalUnitsPerHour);
        Checks.nonNegative("bolusUnits", bolusUnits);
        Checks.nonNegative("carbsGrams", carbsGrams);
        Checks.finite("iobUnits", iobUnits);
        if (reservoirUnits != null) {
            Checks.nonNegative("reservoirUnits", reservoirUnits);
        }
        if (pumpStatus != null) {
            Checks.nonBlank("pumpStatus", pumpStatus);
        }
    }

    /** A row of replicate 0 (a study without replicates). */
    public TimeseriesRow(String patient, long timeMillis, double glucoseMgDl, Double cgmMgDl,
                         double insulinDeliveredUnits, double basalUnitsPerHour, double bolusUnits, double carbsGrams,
                         double iobUnits, Double reservoirUnits, String pumpStatus) {
        this(patient, 0, timeMillis, glucoseMgDl, cgmMgDl, insulinDeliveredUnits, basalUnitsPerHour, bolusUnits,
                carbsGrams, iobUnits, reservoirUnits, pumpStatus);
    }

    /** A pump arm's row of replicate 0: reservoir and status present. */
    public TimeseriesRow(String patient, long timeMillis, double glucoseMgDl, Double cgmMgDl,
                         double insulinDeliveredUnits, double basalUnitsPerHour, double bolusUnits, double carbsGrams,
                         double iobUnits, double reservoirUnits, String pumpStatus) {
        this(patient, 0, timeMillis, glucoseMgDl, cgmMgDl, insulinDeliveredUnits, basalUnitsPerHour, bolusUnits,
                carbsGrams, iobUnits, Double.valueOf(reservoirUnits), pumpStatus);
    }
}
