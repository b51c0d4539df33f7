package org.vpsim.scenario.run;

import org.vpsim.pump.pen.PenLedger;

/**
 * Insulin accounts of a pen arm at the end of a run (U): the two pens' ledgers and the patient's depots. The
 * conservation identities (to rounding error):
 * <pre>
 *   long-acting:  initial on board + injected = absorbed + on board now
 *   rapid-acting: injected × site bioavailability draws (= rapid.toDepot) = entered the depot
 *                 entered the depot = absorbed + still in the depot
 *   each pen:     filled = injected + safety shots + discarded + remaining
 * </pre>
 * so insulin taken from pens = absorbed + still in each depot + waste (safety shots, discarded pens)
 * (+ the signed bioavailability deviation of the rapid-acting draws, 0 with variability off).
 *
 * @param rapid                         the rapid-acting pen's ledger
 * @param longActing                    the long-acting pen's ledger
 * @param rapidIntoDepotUnits           rapid-acting insulin that entered the patient's subcutaneous depot
 * @param rapidInDepotUnits             rapid-acting insulin still in that depot
 * @param longActingInitialOnBoardUnits long-acting insulin on board at the start (the regimen's steady state)
 * @param longActingOnBoardUnits        long-acting insulin still in its depot
 * @param longActingAbsorbedUnits       long-acting insulin released into plasma since the start
 */
public record PenAccounts(PenLedger rapid, PenLedger longActing, double rapidIntoDepotUnits, double rapidInDepotUnits,
                          double longActingInitialOnBoardUnits, double longActingOnBoardUnits,
                          double longActingAbsorbedUnits) {
    /** Safety shots plus insulin thrown away with pens, both pens. */
    public double wasteUnits() {
        return rapid.safetyShotUnits() + rapid.discardedUnits() + longActing.safetyShotUnits()
                + longActing.discardedUnits();
    }

    /** Rapid-acting insulin absorbed from the depot. */
    public double rapidAbsorbedUnits() {
        return rapidIntoDepotUnits - rapidInDepotUnits;
    }
}
