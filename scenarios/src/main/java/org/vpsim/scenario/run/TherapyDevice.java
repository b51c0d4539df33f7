package org.vpsim.scenario.run;

/**
 * The insulin-delivery device of an arm as the assembly sees it: an insulin pump ({@link PumpTherapy}) or
 * insulin pens ({@link PenTherapy}). The controller loop delivers boluses and, when the device has a
 * programmable basal, temp basals and suspends through it; the row recorder reads its running totals.
 *
 * <p>Totals are cumulative from the start, in U: {@link #deliveredToPatientUnits()} is insulin that entered the
 * patient's tissue (pump: strokes reaching the site; pens: doses injected, rapid-acting and long-acting),
 * {@link #bolusUnits()} the bolus part (pump bolus strokes; rapid-acting injections) and {@link #basalUnits()}
 * the basal part (pump basal strokes; long-acting injections).
 */
interface TherapyDevice {
    /** Starts the device at time 0 (the pump's basal, the pens' daily long-acting injection). */
    void start();

    /** A bolus of {@code units} asked for now by the controller or the person. */
    void bolus(double units);

    /** Smallest bolus step (U): the pump's bolus increment, the rapid-acting pen's dial step. */
    double bolusIncrementUnits();

    /** Largest single bolus (U). */
    double maxBolusUnits();

    /** False for pens: temp basals and suspends are refused (see {@link ControllerLoop}). */
    boolean basalAdjustable();

    // ------------------------------------------------------------- programmable basal (pumps only)

    void suspend(String reason);

    void resume();

    void cancelTempBasal();

    /** True when the temp basal was accepted. */
    boolean setTempBasal(double unitsPerHour, long durationMillis);

    boolean tempBasalActive();

    /** The person replaces the infusion set now (a suspected occlusion); false when the device has none (pens). */
    default boolean changeSet() {
        return false;
    }

    double programmedBasalUnitsPerHour();

    // ------------------------------------------------------------- state

    /** The device status in the controller protocol's words: a pump's status in lower case, {@code pens}. */
    String status();

    /** Insulin left as the observation reports it (U): the pump's reservoir, the rapid-acting pen's content. */
    double observedReservoirUnits();

    /** The scheduled basal rate now (U/h); pens: the long-acting daily dose / 24 h. */
    double scheduledBasalUnitsPerHour();

    /** The basal rate in effect now (U/h), as the time series reports it; pens: the daily dose / 24 h. */
    double currentBasalUnitsPerHour();

    double deliveredToPatientUnits();

    double bolusUnits();

    double basalUnits();

    /** The reservoir for the time series; null for pens (no reservoir). */
    Double rowReservoirUnits();

    /** The pump status for the time series (e.g. RUNNING); null for pens. */
    String rowStatus();
}
