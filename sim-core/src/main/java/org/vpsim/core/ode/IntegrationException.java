package org.vpsim.core.ode;

/**
 * The integration cannot go on: the state became non-finite, or the step size collapsed (the error
 * control would need more than {@link DormandPrince45#MAX_STEPS_PER_CALL} steps, or steps below the
 * resolution of the time axis, to cross one interval). Raised instead of looping: a caller names
 * {@link #time()} in its own unit (minutes for the patient models) and reports the input that caused it.
 */
public final class IntegrationException extends IllegalStateException {
    private final double time;

    public IntegrationException(double time, String problem) {
        super(problem + " at t=" + time);
        this.time = time;
    }

    /** Time (in the system's unit) at which integration stopped. */
    public double time() {
        return time;
    }
}
