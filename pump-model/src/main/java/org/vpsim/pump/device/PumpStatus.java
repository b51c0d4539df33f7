package org.vpsim.pump.device;

/**
 * Delivery state as the pump reports it. Only {@link #RUNNING} delivers insulin. When several
 * conditions hold at once, the reported one is the first of EMPTY, OCCLUDED, SUSPENDED.
 */
public enum PumpStatus {
    /** Delivering basal and boluses. */
    RUNNING,
    /** Suspended by the user or a controller; resumes on {@code resume()}. */
    SUSPENDED,
    /** The occlusion alarm fired; no delivery until the infusion set is changed. */
    OCCLUDED,
    /** The reservoir is empty; no delivery until the reservoir is changed. */
    EMPTY
}
