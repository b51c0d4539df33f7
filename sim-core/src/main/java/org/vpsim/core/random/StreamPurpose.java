package org.vpsim.core.random;

/**
 * What a random stream is used for. Each purpose has a fixed code that is part of the stream key, so
 * adding a purpose never shifts the streams of the others. Purposes are arm-independent: two arms of
 * one study draw the same meals and the same sensor noise (common random numbers).
 */
public enum StreamPurpose {
    MEALS(1),
    CGM_NOISE(2),
    PUMP_ERROR(3),
    INFUSION_SET(4),
    POPULATION(5),
    PHYSIOLOGY_VARIABILITY(6),
    CARB_COUNTING(7),
    /** The simulated person's behaviour: missed and delayed boluses, rescue-carb amounts. */
    PERSON(8),
    /** Injection-site absorption variability of pen injections: one multiplier per injection (pen arms). */
    INJECTION_SITE(9),
    /** The pen user's injection behaviour: missed or late rapid-acting injections, a forgotten long-acting dose. */
    INJECTION_BEHAVIOUR(10),
    /**
     * Faults drawn at rates (scenario {@code faultRates}): missed or doubled meal boluses, CGM bias episodes and dropout
     * bursts, forgotten set changes, reservoirs not refilled; one sub-stream per kind. Code 12, leaving 11 free for a
     * purpose being added in parallel.
     */
    THERAPY_FAULTS(12);

    private final long code;

    StreamPurpose(long code) {
        this.code = code;
    }

    /** The stable code used in the stream key; never reuse or renumber. */
    public long code() {
        return code;
    }
}
