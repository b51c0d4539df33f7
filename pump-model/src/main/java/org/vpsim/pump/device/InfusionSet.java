package org.vpsim.pump.device;

/**
 * The infusion set in place (tubing + cannula): its age and its failures, and where each displaced
 * volume of insulin ends up. Order of precedence: a dislodged cannula loses everything; an occluded
 * line holds everything (line pressure); otherwise a leak loses {@link PumpSpec#leakFraction()} and
 * wear-related bioavailability loss takes its share of the rest (see {@link SetWearModel}).
 */
final class InfusionSet {
    private final PumpSpec spec;
    private final SetWearModel wear;
    private long insertedAtMillis;
    private long generation;
    private boolean occluded;
    private boolean leaking;
    private boolean dislodged;

    InfusionSet(PumpSpec spec) {
        this.spec = spec;
        this.wear = new SetWearModel(spec);
    }

    /** A new set, inserted (and primed) at the given time: no failures. */
    void insert(long insertedAtMillisValue) {
        insertedAtMillis = insertedAtMillisValue;
        generation++;
        occluded = false;
        leaking = false;
        dislodged = false;
    }

    /** Increases at every insertion; stale events of an older set carry an older generation. */
    long generation() {
        return generation;
    }

    long ageMillis(long nowMillis) {
        return nowMillis - insertedAtMillis;
    }

    boolean occluded() {
        return occluded;
    }

    /** Starts a failure; returns false if this set already has it. */
    boolean fail(FaultType type) {
        boolean before = switch (type) {
            case OCCLUSION -> occluded;
            case LEAK -> leaking;
            case DISLODGEMENT -> dislodged;
        };
        switch (type) {
            case OCCLUSION -> occluded = true;
            case LEAK -> leaking = true;
            case DISLODGEMENT -> dislodged = true;
            default -> throw new AssertionError(type);
        }
        return !before;
    }

    /** Books a displaced volume to patient, site loss or line; returns the insulin absorbed by the patient. */
    double route(long nowMillis, double volume, InsulinAccounts accounts) {
        if (dislodged) {
            accounts.lostAtSite(volume);
            return 0.0;
        }
        if (occluded) {
            accounts.heldInLine(volume);
            return 0.0;
        }
        double leak = leaking ? volume * spec.leakFraction() : 0.0;
        double absorbed = (volume - leak) * wear.bioavailability(ageMillis(nowMillis));
        accounts.lostAtSite(volume - absorbed);
        accounts.toPatient(absorbed);
        return absorbed;
    }

    double absorptionRateMultiplier(long nowMillis) {
        return wear.absorptionRateMultiplier(ageMillis(nowMillis));
    }

    double bioavailability(long nowMillis) {
        return wear.bioavailability(ageMillis(nowMillis));
    }
}
