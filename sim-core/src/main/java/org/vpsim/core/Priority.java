package org.vpsim.core;

/**
 * Documented order of events that share a timestamp. Continuous state (e.g. a patient's ODE) is
 * always advanced to the event time <em>before</em> any event at that time runs, so every event sees
 * the state at its own time. Among events at one time: inputs that change the environment first
 * (e.g. a meal starts), then observations (a sensor samples), then decisions (a controller),
 * then actuation (a pump delivers), then recording (an output row). Ties within one priority run
 * in scheduling order.
 */
public final class Priority {
    /** Changes of exogenous inputs (meal starts, faults, configuration changes). */
    public static final int INPUT = 100;
    /** Sensors sample the (already advanced) state. */
    public static final int OBSERVE = 200;
    /** Controllers decide from what was observed. */
    public static final int DECIDE = 300;
    /** Actuators (pumps, pens) act on decisions. */
    public static final int ACT = 400;
    /** Output rows are written after everything else at that time has happened. */
    public static final int RECORD = 900;

    private Priority() {
    }
}
