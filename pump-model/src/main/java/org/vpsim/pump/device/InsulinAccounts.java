package org.vpsim.pump.device;

/**
 * The pump's insulin book-keeping (mutable; snapshots are {@link InsulinLedger}). Every movement of
 * insulin goes through one method here, which keeps the ledger identities true by construction:
 * whatever leaves the reservoir is drawn, and whatever is drawn for a stroke is split between the
 * patient, the site losses and the line.
 */
final class InsulinAccounts {
    private double reservoir;
    private double drawn;
    private double delivered;
    private double lost;
    private double held;
    private double priming;
    private double basalDisplaced;
    private double bolusDisplaced;
    private double basalNominal;
    private double bolusNominal;
    private double filled;
    private double discarded;

    InsulinAccounts(double initialReservoirUnits) {
        reservoir = initialReservoirUnits;
        filled = initialReservoirUnits;
    }

    double reservoirUnits() {
        return reservoir;
    }

    double heldInLineUnits() {
        return held;
    }

    /** One stroke displaces up to {@code wantedUnits} (less only when the reservoir runs dry); returns the volume. */
    double drawStroke(double wantedUnits, double nominalUnits, DeliveryKind kind) {
        double volume = Math.min(wantedUnits, reservoir);
        reservoir -= volume;
        drawn += volume;
        if (kind == DeliveryKind.BASAL) {
            basalDisplaced += volume;
            basalNominal += nominalUnits;
        } else {
            bolusDisplaced += volume;
            bolusNominal += nominalUnits;
        }
        return volume;
    }

    /** Primes tubing and cannula with up to {@code wantedUnits}; returns what the reservoir could give. */
    double drawPriming(double wantedUnits) {
        double volume = Math.min(wantedUnits, Math.max(0.0, reservoir));
        reservoir -= volume;
        drawn += volume;
        priming += volume;
        return volume;
    }

    void toPatient(double units) {
        delivered += units;
    }

    void lostAtSite(double units) {
        lost += units;
    }

    void heldInLine(double units) {
        held += units;
    }

    /** The line is replaced: its occlusion backlog is lost. Returns the backlog. */
    double discardBacklog() {
        double backlog = held;
        lost += held;
        held = 0;
        return backlog;
    }

    /** A new reservoir: what was left in the old one is discarded. Returns the discarded amount. */
    double refill(double fillUnits) {
        double old = reservoir;
        discarded += reservoir;
        filled += fillUnits;
        reservoir = fillUnits;
        return old;
    }

    InsulinLedger snapshot() {
        return new InsulinLedger(drawn, delivered, lost, held, priming, basalDisplaced, bolusDisplaced, basalNominal,
                bolusNominal, filled, discarded, reservoir);
    }
}
