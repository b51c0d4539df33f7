package org.vpsim.pump.accuracy;

/** One weighed bolus: requested and delivered insulin (U) and the percentage error. */
public record BolusAccuracyRow(double requestedUnits, double deliveredUnits, double errorPct) {
    public BolusAccuracyRow {
        if (!(requestedUnits > 0)) {
            throw new IllegalArgumentException("requestedUnits: " + requestedUnits + " is not positive");
        }
        if (!(deliveredUnits >= 0)) {
            throw new IllegalArgumentException("deliveredUnits: " + deliveredUnits + " is negative");
        }
    }
}
