package org.vpsim.pump.device;

/**
 * Cumulative insulin accounting of one pump (U), a snapshot. Two identities hold at every instant, to
 * floating-point rounding (tested at 1e-9 U over a simulated month):
 * <pre>
 *   drawnFromReservoir = deliveredToPatient + lostAtSite + heldInLine + priming
 *   drawnFromReservoir = basalDelivered + bolusDelivered + priming
 *   filledIntoReservoirs = drawnFromReservoir + reservoir + discardedWithReservoirs
 * </pre>
 *
 * @param drawnFromReservoirUnits    insulin the plunger pushed out of reservoirs (strokes + priming)
 * @param deliveredToPatientUnits    insulin that entered the patient's sc tissue (sum of {@link InfusionSite} calls)
 * @param lostAtSiteUnits            leaked, dislodged, lost to wear-related bioavailability loss, or
 *                                   occlusion backlog discarded at set change
 * @param heldInLineUnits            occlusion backlog currently held in the line ("pressure")
 * @param primingUnits               tubing prime and cannula fill at set changes
 * @param basalDeliveredUnits        insulin displaced by basal strokes (actual volume, with motor error)
 * @param bolusDeliveredUnits        insulin displaced by bolus strokes (actual volume, with motor error)
 * @param basalNominalUnits          basal strokes x pulse, as the pump's history records it
 * @param bolusNominalUnits          bolus strokes x pulse, as the pump's history records it
 * @param filledIntoReservoirsUnits  insulin put into reservoirs (initial fill and every change)
 * @param discardedWithReservoirsUnits insulin left in reservoirs that were replaced
 * @param reservoirUnits             insulin in the current reservoir
 */
public record InsulinLedger(
        double drawnFromReservoirUnits,
        double deliveredToPatientUnits,
        double lostAtSiteUnits,
        double heldInLineUnits,
        double primingUnits,
        double basalDeliveredUnits,
        double bolusDeliveredUnits,
        double basalNominalUnits,
        double bolusNominalUnits,
        double filledIntoReservoirsUnits,
        double discardedWithReservoirsUnits,
        double reservoirUnits) {

    /** drawn - (delivered + lost + held + priming); zero to rounding error. */
    public double conservationResidualUnits() {
        return drawnFromReservoirUnits
                - (deliveredToPatientUnits + lostAtSiteUnits + heldInLineUnits + primingUnits);
    }

    /** drawn - (basal + bolus + priming); zero to rounding error. */
    public double motorResidualUnits() {
        return drawnFromReservoirUnits - (basalDeliveredUnits + bolusDeliveredUnits + primingUnits);
    }

    /** filled - (drawn + reservoir + discarded); zero to rounding error. */
    public double reservoirResidualUnits() {
        return filledIntoReservoirsUnits
                - (drawnFromReservoirUnits + reservoirUnits + discardedWithReservoirsUnits);
    }
}
