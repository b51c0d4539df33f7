package org.vpsim.patient;

/**
 * How a {@link VirtualPatient} integrates a model whose insulin subsystem is linear and time-invariant between
 * input changes: the insulin states follow their exact solution (a sum of exponential modes to which every
 * subcutaneous impulse adds its own, Dalla Man 2007's insulin kinetics being a linear compartment system),
 * and only the nonlinear rest of the state is stepped by a numerical integrator that reads the insulin it
 * needs at any time. Pump strokes then cost a few multiplications instead of cutting the numerical
 * integration at every stroke: between two observations the glucose states take the steps their own
 * accuracy needs, whatever the number of strokes in between.
 *
 * <p>Time is the patient's minutes. The caller keeps one full model state array {@code x}: the integrator
 * reads it at {@link #restart} and writes it, complete and exact at that time, at {@link #integrateTo}.
 * Stateful and single-thread: one instance per patient.
 */
public interface ExactInsulinIntegrator {

    /**
     * Starts again from the full state {@code x} at {@code timeMinutes} (the time integrated to, or the start)
     * under new {@code inputs}. Impulses already added for later times are kept. Returns false when the
     * inputs make the linear subsystem one this integrator cannot solve exactly (coincident time constants, a
     * negative insulin state); then no impulse is pending and the caller integrates the whole state itself.
     */
    boolean restart(double[] x, double timeMinutes, ModelInputs inputs);

    /** An impulse of {@code insulinUnits} (U) into the subcutaneous depot at {@code timeMinutes} (&gt;= the time integrated to). */
    void addSubcutaneousInsulin(double timeMinutes, double insulinUnits);

    /** Integrates from the time integrated to up to {@code toMinutes} and writes the full state there into {@code x}. */
    void integrateTo(double[] x, double toMinutes);
}
