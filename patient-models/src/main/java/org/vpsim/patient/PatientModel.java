package org.vpsim.patient;

import org.vpsim.core.ode.OdeIntegrator;
import org.vpsim.core.ode.OdeSystem;

/**
 * One virtual patient's physiology as a pure ODE: dx/dt = f(x, inputs), plus observation functions.
 * Implementations are immutable and thread-safe (all state lives in the caller's arrays), so one
 * instance may serve many {@link VirtualPatient}s. Time is in minutes.
 */
public interface PatientModel {

    /** The model's registry id, e.g. {@code uva-padova-2008}. */
    String modelId();

    /** The patient's name within its cohort, e.g. {@code adult#001}. */
    String patientName();

    /** Number of state variables. */
    int dimension();

    /** A fresh copy of the patient's initial (steady basal) state. */
    double[] initialState();

    /** Writes dx/dt for state {@code x} under {@code inputs} into {@code dxdt}; must not modify {@code x}. */
    void derivatives(double[] x, ModelInputs inputs, double[] dxdt);

    /**
     * The right-hand side under fixed {@code inputs} as an autonomous {@link OdeSystem}; what depends only
     * on the inputs may be worked out once here instead of at every evaluation. Must agree with
     * {@link #derivatives}.
     */
    default OdeSystem system(ModelInputs inputs) {
        PatientModel model = this;
        return new OdeSystem() {
            @Override
            public int dimension() {
                return model.dimension();
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                model.derivatives(y, inputs, yDot);
            }
        };
    }

    /**
     * A fresh {@link ExactInsulinIntegrator} for this model, whose non-insulin states {@code rest} steps, or null
     * when the model has no exactly solvable insulin subsystem (then {@link VirtualPatient} integrates the whole
     * state numerically).
     */
    default ExactInsulinIntegrator exactInsulinIntegrator(OdeIntegrator rest) {
        return null;
    }

    /** Plasma glucose (mg/dL) of state {@code x}. */
    double plasmaGlucoseMgDl(double[] x);

    /** Interstitial (subcutaneous) glucose (mg/dL), what a CGM senses. */
    double interstitialGlucoseMgDl(double[] x);

    /** Plasma insulin concentration (pmol/L). */
    double plasmaInsulinPmolPerL(double[] x);

    /** Adds an impulse of {@code insulinUnits} (U) to the subcutaneous depot of state {@code x}, in place. */
    void addSubcutaneousInsulin(double[] x, double insulinUnits);

    /**
     * Updates {@code dxdt} = f(x, inputs) to f(x', inputs), where x' is {@code x} after
     * {@link #addSubcutaneousInsulin} of {@code insulinUnits}, without a fresh evaluation: pump strokes
     * arrive every few seconds to minutes, and models whose right-hand side is linear in the depot can
     * move the derivative exactly. Call it with the state <i>before</i> the impulse. Returns false (and
     * leaves {@code dxdt} unspecified) when the caller must evaluate f afresh; the default always does.
     */
    default boolean addSubcutaneousInsulinToDerivative(double[] x, ModelInputs inputs, double insulinUnits,
                                                       double[] dxdt) {
        return false;
    }

    /** Insulin (U) still in the subcutaneous depot of state {@code x}. */
    double subcutaneousInsulinUnits(double[] x);

    /**
     * Empties the (rapid-acting) subcutaneous depot of state {@code x}, in place: a patient on injections
     * has no pump basal in the tissue; its basal insulin reaches plasma from a long-acting depot instead.
     */
    void clearSubcutaneousInsulin(double[] x);

    /**
     * Adds to {@code dxdt} the effect of insulin appearing directly in plasma at {@code insulinUnitsPerMinute}
     * (U/min) — the second insulin route, a long-acting subcutaneous depot ({@code org.vpsim.patient.insulin}),
     * whose release bypasses the model's own rapid-acting absorption compartments. Linear in the rate.
     */
    void addPlasmaInsulinAppearance(double[] x, double[] dxdt, double insulinUnitsPerMinute);

    /**
     * Carbohydrate (mg) in the stomach of state {@code x}: what a meal-memory model (UVA/Padova's D̄)
     * remembers when a meal starts. Models without a stomach return 0.
     */
    default double stomachCarbsMg(double[] x) {
        return 0.0;
    }

    /** Therapy facts of this patient: body weight, steady basal rate, CR, CF, TDI, age. */
    TherapySettings therapy();

    /**
     * Whether this model represents physical exercise, i.e. reads {@link ModelInputs#exerciseIntensityPercent()}
     * (the Bergman minimal model with Roy &amp; Parker 2007's exercise terms). Models that do not ignore it, and a
     * study refuses exercise sessions for them rather than simulate exercise that does nothing.
     */
    default boolean representsExercise() {
        return false;
    }
}
