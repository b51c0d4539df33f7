package org.vpsim.patient;

import org.vpsim.core.ContinuousProcess;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.core.ode.OdeIntegrator;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.insulin.LongActingInsulin;
import org.vpsim.patient.insulin.LongActingInsulinDepot;

/**
 * One simulated patient: a {@link PatientModel}'s state advanced in time under piecewise-constant inputs.
 * Stateful and single-thread; one instance per simulated patient. As a {@link ContinuousProcess} its time
 * origin (minute 0) is simulation time 0.
 *
 * <p><b>Meal bookkeeping</b> (simglucose 0.2.11 {@code T1DPatient.step}, the D̄ of Dalla Man 2007): a meal
 * starts when the carbohydrate intake is set from 0 to &gt; 0; at that moment the stomach content
 * Qsto1+Qsto2 (mg) is remembered and the grams eaten are reset. D̄ = remembered content + 1000·grams
 * eaten since, where the grams of a whole minute [m, m+1) are counted at the minute's start (the
 * reference adds CHO·1 before integrating that minute). D̄ keeps its value after the meal until the
 * next meal starts. The contract this relies on: <i>carbohydrate intake changes only at whole minutes
 * of patient time</i> (the scenario layer guarantees it). If it is set several times within one minute,
 * the last rate replaces the minute's count; a change at a fractional minute counts a full minute at
 * the new rate.
 *
 * <p>Integration: sim-core's adaptive {@link DormandPrince45} at {@link #ABSOLUTE_TOLERANCE} /
 * {@link #RELATIVE_TOLERANCE}; intervals are split at whole minutes only while eating (when D̄ changes).
 * Integration is lazy: advancing only moves the clock, and the state is integrated up to it when something
 * needs it (an observation, an impulse, an input that actually changes). Setting an input to the value it
 * already has therefore costs nothing, and a pump pulse train integrates from pulse to pulse. Results are
 * the same as eager integration (the integrator restarts at the same points where inputs change).
 * The derivative at the integrated time is carried from one interval to the next, and a pump stroke moves it
 * through {@link PatientModel#addSubcutaneousInsulinToDerivative} instead of a fresh evaluation, so a
 * stroke costs only the steps across the interval before it. By default ({@link #atSteadyState}) a model with an
 * {@link ExactInsulinIntegrator} (UVA/Padova) goes further: the insulin states follow their exact solution, a
 * stroke only adds its modes from its own time on and integrates nothing, and the glucose states are stepped
 * across strokes from one observation or input change to the next.
 */
public final class VirtualPatient implements ContinuousProcess {
    /**
     * Absolute tolerance of the default integrator, in state units (mg, mg/kg, pmol/kg, pmol/L): it governs only
     * states near zero (fasting gut, insulin action X around basal), where 1e-4 of those units is far below
     * anything physiological; 1e-8 made those states, not glucose, set the step and cost ~25% more evaluations.
     * Measured cost in accuracy: 1.2e-3 mg/dL over a pump day of strokes (PumpStrokeAccuracyTest; 2.5e-4 at
     * 1e-8) and ~5e-3 mg/dL near 0 mg/dL plasma glucose (HarshCaseAccuracyTest).
     */
    public static final double ABSOLUTE_TOLERANCE = 1e-4;
    /**
     * Relative tolerance of the default integrator: scipy dopri5's default, which the reference implementation
     * (simglucose) runs with. Measured against it: within 1e-4 mg/dL over a reference day; against a 0.001-min
     * RK4 with doubled boluses for all 30 patients within 2e-4 mg/dL (ReferenceParityTest, HarshCaseAccuracyTest).
     * 1e-8 costs about 1.6× the derivative evaluations for no difference a study can see.
     */
    public static final double RELATIVE_TOLERANCE = 1e-6;
    /**
     * Absolute tolerance of the default integrator when the insulin subsystem is solved exactly
     * ({@link ExactInsulinIntegrator}): only the glucose states are stepped then, and the near-zero insulin states
     * that made 1e-8 expensive above are not among them; 1e-5 costs about 3% more evaluations than 1e-4 and brings
     * a pump day of strokes from 5.1e-3 to 2.0e-3 mg/dL of a 0.001-min RK4 (PumpStrokeAccuracyTest; what is left
     * is the relative tolerance on the gut's large contents), 1e-6 changes nothing more.
     */
    public static final double GLUCOSE_ABSOLUTE_TOLERANCE = 1e-5;
    /** Longest single step (min). */
    public static final double MAX_STEP_MINUTES = 30.0;

    private static final double MILLIS_PER_MINUTE = 60_000.0;

    private final PatientModel model;
    private final OdeIntegrator integrator;
    /** The model's exact-insulin integration, or null: the whole state is integrated by {@link #integrator}. */
    private ExactInsulinIntegrator exact;
    private final double[] x;
    /** f(x) at {@link #integratedMinutes} when {@link #derivativeKnown}: carried from call to call. */
    private final double[] xDot;
    private boolean derivativeKnown;
    private OdeSystem system;
    /** Logical time: where the caller has advanced to. */
    private double nowMinutes;
    /** Time the state array {@code x} has been integrated to (&lt;= nowMinutes); see {@link #flush()}. */
    private double integratedMinutes;

    private double carbGramsPerMinute;
    private double insulinUnitsPerMinute;
    private double absorptionRateMultiplier = 1.0;
    private double insulinSensitivityMultiplier = 1.0;
    private double endogenousGlucoseMultiplier = 1.0;
    private double carbAbsorptionMultiplier = 1.0;
    private double exerciseIntensityPercent;
    private boolean glycogenolysisDeclining;
    private double mealStartStomachMg;
    private double mealGramsCounted;
    private long lastCountedMinute = Long.MIN_VALUE;
    private double lastCountedRate;
    private ModelInputs inputs = ModelInputs.NONE;

    private double cumulativeInsulinUnits;
    private double cumulativeCarbsGrams;

    /**
     * The second insulin route, when the patient is on injections: a long-acting depot whose states sit after
     * the model's ({@link #depotOffset}), followed by one state that accumulates what it released into plasma.
     * Null on a pump.
     */
    private final LongActingInsulinDepot longActing;
    private final int depotOffset;
    private final double longActingInitialOnBoardUnits;
    private double longActingAbsorptionMultiplier = 1.0;
    private double longActingInjectedUnits;

    /**
     * A patient at the model's initial (steady basal) state at minute 0, with the default integration: the
     * model's {@link ExactInsulinIntegrator} when it has one (the insulin subsystem solved exactly, the rest by
     * {@link DormandPrince45}), else {@link DormandPrince45} on the whole state.
     */
    public static VirtualPatient atSteadyState(PatientModel model) {
        return withExactInsulin(model,
                new DormandPrince45(GLUCOSE_ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE, MAX_STEP_MINUTES));
    }

    /**
     * A patient at the model's initial state at minute 0 whose insulin subsystem is solved exactly and whose other
     * states {@code rest} integrates (own instance); {@code rest} integrates the whole state when the model has no
     * {@link ExactInsulinIntegrator}.
     */
    public static VirtualPatient withExactInsulin(PatientModel model, OdeIntegrator rest) {
        return new VirtualPatient(model, rest, null, null, true);
    }

    private static DormandPrince45 defaultIntegrator() {
        return new DormandPrince45(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE, MAX_STEP_MINUTES);
    }

    /** A patient at the model's initial state at minute 0, integrated by {@code integrator} (own instance). */
    public VirtualPatient(PatientModel model, OdeIntegrator integrator) {
        this(model, integrator, null, null, false);
    }

    /**
     * A patient on multiple daily injections at minute 0, as if the long-acting regimen had been running:
     * no rapid-acting insulin in the subcutaneous depot (there is no pump basal), and the long-acting depot in
     * its periodic steady state for {@code dailyDoseUnits} given every 24 h, {@code minutesSinceLastDose} ago.
     * With the dose that matches the basal the model's steady state holds on average over the day.
     */
    public static VirtualPatient onLongActingInsulin(PatientModel model, LongActingInsulin insulin,
                                                     double dailyDoseUnits, double minutesSinceLastDose) {
        LongActingInsulinDepot depot = new LongActingInsulinDepot(insulin);
        double[] depotState = dailyDoseUnits > 0
                ? depot.steadyState(dailyDoseUnits, 1440.0, minutesSinceLastDose) : depot.emptyState();
        return new VirtualPatient(model, defaultIntegrator(), depot, depotState, false);
    }

    private VirtualPatient(PatientModel model, OdeIntegrator integrator, LongActingInsulinDepot longActing,
                           double[] depotState, boolean exactInsulin) {
        if (model == null) {
            throw new IllegalArgumentException("model: null");
        }
        if (integrator == null) {
            throw new IllegalArgumentException("integrator: null");
        }
        this.model = model;
        this.integrator = integrator;
        this.longActing = longActing;
        this.depotOffset = model.dimension();
        double[] initial = model.initialState();
        if (longActing == null) {
            this.x = initial;
            this.longActingInitialOnBoardUnits = 0.0;
        } else {
            // Model states, the depot's states, then the released-insulin accumulator.
            this.x = java.util.Arrays.copyOf(initial, depotOffset + longActing.stateDimension() + 1);
            model.clearSubcutaneousInsulin(x);
            System.arraycopy(depotState, 0, x, depotOffset, longActing.stateDimension());
            this.longActingInitialOnBoardUnits = longActing.insulinOnBoardUnits(x, depotOffset);
        }
        this.xDot = new double[x.length];
        this.system = withLongActing(model.system(inputs));
        // The exact insulin path only for the model's own state (a long-acting depot adds a second route).
        ExactInsulinIntegrator split = exactInsulin && longActing == null
                ? model.exactInsulinIntegrator(integrator) : null;
        this.exact = split != null && split.restart(x, 0.0, inputs) ? split : null;
    }

    /** The model's right-hand side, coupled to the long-acting depot when there is one. */
    private OdeSystem withLongActing(OdeSystem modelSystem) {
        if (longActing == null) {
            return modelSystem;
        }
        LongActingInsulinDepot depot = longActing;
        int offset = depotOffset;
        int released = offset + depot.stateDimension();
        double multiplier = longActingAbsorptionMultiplier;
        return new OdeSystem() {
            @Override
            public int dimension() {
                return released + 1;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                modelSystem.computeDerivatives(t, y, yDot);
                depot.computeDerivatives(y, offset, multiplier, yDot);
                double appearance = depot.plasmaAppearanceUnitsPerMinute(y, offset, multiplier);
                model.addPlasmaInsulinAppearance(y, yDot, appearance);
                yDot[released] = appearance;
            }
        };
    }

    public PatientModel model() {
        return model;
    }

    /** True while the insulin subsystem is solved exactly ({@link ExactInsulinIntegrator}) rather than stepped. */
    public boolean solvesInsulinExactly() {
        return exact != null;
    }

    /** Current time (min since start). */
    public double nowMinutes() {
        return nowMinutes;
    }

    /** A copy of the current state. */
    public double[] state() {
        flush();
        return x.clone();
    }

    // ---------------------------------------------------------------- inputs

    /** Sets the carbohydrate intake (g/min) from now on; see the class comment for meal bookkeeping. */
    public void setCarbIntakeGramsPerMinute(double carbGramsPerMinute) {
        ModelInputs.requireNonNegative("carbIntakeGramsPerMinute", carbGramsPerMinute);
        if (carbGramsPerMinute == this.carbGramsPerMinute) {
            return; // unchanged: whole minutes of an ongoing meal are counted as time passes (flush)
        }
        flush();
        long minute = (long) Math.floor(nowMinutes);
        if (this.carbGramsPerMinute <= 0 && carbGramsPerMinute > 0) {
            // A meal starts (simglucose: action.CHO > 0 and last action.CHO <= 0).
            mealStartStomachMg = model.stomachCarbsMg(x);
            mealGramsCounted = carbGramsPerMinute;
            lastCountedMinute = minute;
            lastCountedRate = carbGramsPerMinute;
        } else if (lastCountedMinute == minute) {
            // This minute was already counted at the old rate: the new rate replaces it.
            mealGramsCounted += carbGramsPerMinute - lastCountedRate;
            lastCountedRate = carbGramsPerMinute;
        } else if (carbGramsPerMinute > 0) {
            mealGramsCounted += carbGramsPerMinute;
            lastCountedMinute = minute;
            lastCountedRate = carbGramsPerMinute;
        }
        this.carbGramsPerMinute = carbGramsPerMinute;
        rebuildInputs();
    }

    /** Sets the subcutaneous insulin infusion rate (U/min) from now on. */
    public void setInsulinInfusionUnitsPerMinute(double insulinUnitsPerMinute) {
        ModelInputs.requireNonNegative("insulinInfusionUnitsPerMinute", insulinUnitsPerMinute);
        if (insulinUnitsPerMinute == this.insulinUnitsPerMinute) {
            return;
        }
        flush();
        this.insulinUnitsPerMinute = insulinUnitsPerMinute;
        rebuildInputs();
    }

    /**
     * Scales the subcutaneous absorption rate constants (infusion-set wear): UVA/Padova kd, ka1, ka2; Hovorka
     * 1/tmax,I; Bergman kd, ka2. 1.0 is the published model, which reference parity uses.
     */
    public void setAbsorptionRateMultiplier(double multiplier) {
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("absorptionRateMultiplier: " + multiplier
                    + " is not a positive finite number");
        }
        if (multiplier == absorptionRateMultiplier) {
            return;
        }
        flush();
        this.absorptionRateMultiplier = multiplier;
        rebuildInputs();
    }

    /**
     * Scales the model's insulin action from now on (intra-day insulin-sensitivity variability); 1.0 is the
     * published model. Models without the notion ignore it.
     */
    public void setInsulinSensitivityMultiplier(double multiplier) {
        ModelInputs.requirePositiveFinite("insulinSensitivityMultiplier", multiplier);
        if (multiplier == insulinSensitivityMultiplier) {
            return;
        }
        flush();
        insulinSensitivityMultiplier = multiplier;
        rebuildInputs();
    }

    /** Scales endogenous glucose production from now on (e.g. the dawn phenomenon); 1.0 is the published model. */
    public void setEndogenousGlucoseMultiplier(double multiplier) {
        ModelInputs.requirePositiveFinite("endogenousGlucoseMultiplier", multiplier);
        if (multiplier == endogenousGlucoseMultiplier) {
            return;
        }
        flush();
        endogenousGlucoseMultiplier = multiplier;
        rebuildInputs();
    }

    /** Scales the gut's carbohydrate absorption rate from now on (meal-to-meal variability); 1.0 is published. */
    public void setCarbAbsorptionMultiplier(double multiplier) {
        ModelInputs.requirePositiveFinite("carbAbsorptionMultiplier", multiplier);
        if (multiplier == carbAbsorptionMultiplier) {
            return;
        }
        flush();
        carbAbsorptionMultiplier = multiplier;
        rebuildInputs();
    }

    /**
     * Physical exercise from now on: {@code intensityPercent} of VO2max above rest (0 = rest), and whether the
     * session has passed its glycogen-depletion time ({@link org.vpsim.patient.exercise.RoyParker2007}).
     *
     * @throws IllegalStateException when the model does not represent exercise and an intensity above 0 is set
     */
    public void setExercise(double intensityPercent, boolean glycogenolysisDeclining) {
        if (intensityPercent > 0 && !model.representsExercise()) {
            throw new IllegalStateException(model.modelId() + " does not represent exercise");
        }
        new ModelInputs(0, 0, 0, 1, 1, 1, 1, intensityPercent, glycogenolysisDeclining); // validates
        if (intensityPercent == exerciseIntensityPercent && glycogenolysisDeclining == this.glycogenolysisDeclining) {
            return;
        }
        flush();
        exerciseIntensityPercent = intensityPercent;
        this.glycogenolysisDeclining = glycogenolysisDeclining;
        rebuildInputs();
    }

    /** The exercise intensity in force now (% of VO2max above rest; 0 at rest). */
    public double exerciseIntensityPercent() {
        return exerciseIntensityPercent;
    }

    /** An impulse of insulin (U) into the subcutaneous depot now: how pump pulses and pen doses enter. */
    public void injectSubcutaneousInsulin(double insulinUnits) {
        ModelInputs.requireNonNegative("insulinUnits", insulinUnits);
        if (exact != null) {
            // No integration up to the stroke: the exact insulin solution takes it in at its time.
            exact.addSubcutaneousInsulin(nowMinutes, insulinUnits);
            if (nowMinutes == integratedMinutes) {
                exact.integrateTo(x, nowMinutes); // already integrated here: only the state array to bring up to date
            }
            cumulativeInsulinUnits += insulinUnits;
            return;
        }
        flush();
        if (derivativeKnown) {
            derivativeKnown = model.addSubcutaneousInsulinToDerivative(x, inputs, insulinUnits, xDot);
        }
        model.addSubcutaneousInsulin(x, insulinUnits);
        cumulativeInsulinUnits += insulinUnits;
    }

    /** An injection of long-acting insulin (U) into its depot now; only for a patient on injections. */
    public void injectLongActingInsulin(double insulinUnits) {
        ModelInputs.requireNonNegative("insulinUnits", insulinUnits);
        requireLongActing();
        flush();
        longActing.inject(x, depotOffset, insulinUnits);
        derivativeKnown = false;
        longActingInjectedUnits += insulinUnits;
    }

    /**
     * Scales the long-acting depot's release and absorption rates from now on (day-to-day variation of the
     * injection site's absorption); 1.0 is the published profile.
     */
    public void setLongActingAbsorptionMultiplier(double multiplier) {
        ModelInputs.requirePositiveFinite("longActingAbsorptionMultiplier", multiplier);
        requireLongActing();
        if (multiplier == longActingAbsorptionMultiplier) {
            return;
        }
        flush();
        longActingAbsorptionMultiplier = multiplier;
        rebuildInputs();
    }

    /** True when the patient has a long-acting depot (is on injections). */
    public boolean onLongActingInsulin() {
        return longActing != null;
    }

    /** Long-acting insulin still in its depot (U); 0 on a pump. */
    public double longActingOnBoardUnits() {
        if (longActing == null) {
            return 0.0;
        }
        flush();
        return longActing.insulinOnBoardUnits(x, depotOffset);
    }

    /** Long-acting insulin released into plasma since minute 0 (U). */
    public double longActingAbsorbedUnits() {
        if (longActing == null) {
            return 0.0;
        }
        flush();
        return x[depotOffset + longActing.stateDimension()];
    }

    /** Long-acting insulin injected since minute 0 (U). */
    public double longActingInjectedUnits() {
        return longActingInjectedUnits;
    }

    /** Long-acting insulin on board at minute 0, from the regimen before the start (U). */
    public double longActingInitialOnBoardUnits() {
        return longActingInitialOnBoardUnits;
    }

    private void requireLongActing() {
        if (longActing == null) {
            throw new IllegalStateException("this patient has no long-acting insulin depot (it is on a pump)");
        }
    }

    public double carbIntakeGramsPerMinute() {
        return carbGramsPerMinute;
    }

    public double insulinInfusionUnitsPerMinute() {
        return insulinUnitsPerMinute;
    }

    public double absorptionRateMultiplier() {
        return absorptionRateMultiplier;
    }

    /** The meal size D̄ (mg) in force now. */
    public double mealReferenceCarbsMg() {
        flush();
        return inputs.mealReferenceCarbsMg();
    }

    private void rebuildInputs() {
        double dbar = mealStartStomachMg + mealGramsCounted * 1000.0;
        inputs = new ModelInputs(carbGramsPerMinute, insulinUnitsPerMinute, Math.max(0.0, dbar),
                absorptionRateMultiplier, insulinSensitivityMultiplier, endogenousGlucoseMultiplier,
                carbAbsorptionMultiplier, exerciseIntensityPercent, glycogenolysisDeclining);
        system = withLongActing(model.system(inputs));
        derivativeKnown = false;
        if (exact != null && !exact.restart(x, integratedMinutes, inputs)) {
            exact = null; // inputs it cannot solve exactly (see restart): the whole state numerically from here on
        }
    }

    // ---------------------------------------------------------------- time

    /** Advances by {@code minutes} (&gt;= 0). */
    public void advanceMinutes(double minutes) {
        if (!(minutes >= 0) || Double.isInfinite(minutes)) {
            throw new IllegalArgumentException("minutes: " + minutes + " is not a non-negative finite number");
        }
        advanceToMinute(nowMinutes + minutes);
    }

    /** Advances to minute {@code targetMinutes} (&gt;= now). */
    public void advanceToMinute(double targetMinutes) {
        if (!(targetMinutes >= nowMinutes) || Double.isInfinite(targetMinutes)) {
            throw new IllegalArgumentException("targetMinutes: " + targetMinutes + " is before now ("
                    + nowMinutes + ") or not finite");
        }
        nowMinutes = targetMinutes;
    }

    /** Integrates the state from where it is up to the logical time, counting meal minutes on the way. */
    private void flush() {
        while (integratedMinutes < nowMinutes) {
            double next = nowMinutes;
            if (carbGramsPerMinute > 0) {
                // D̄ grows at every whole minute while eating: stop there to count it.
                double boundary = Math.floor(integratedMinutes) + 1.0;
                if (boundary < next) {
                    next = boundary;
                }
            }
            if (exact != null) {
                exact.integrateTo(x, next);
            } else {
                integrator.integrate(system, integratedMinutes, x, next, xDot, derivativeKnown);
                derivativeKnown = true;
            }
            double span = next - integratedMinutes;
            cumulativeInsulinUnits += insulinUnitsPerMinute * span;
            cumulativeCarbsGrams += carbGramsPerMinute * span;
            integratedMinutes = next;
            if (carbGramsPerMinute > 0 && integratedMinutes == Math.floor(integratedMinutes)
                    && (long) integratedMinutes != lastCountedMinute) {
                mealGramsCounted += carbGramsPerMinute;
                lastCountedMinute = (long) integratedMinutes;
                lastCountedRate = carbGramsPerMinute;
                rebuildInputs();
            }
        }
    }

    /** {@link ContinuousProcess}: simulation time in ms since start → patient minutes. */
    @Override
    public void advanceTo(long timeMillis) {
        advanceToMinute(timeMillis / MILLIS_PER_MINUTE);
    }

    // ---------------------------------------------------------------- observations

    public double plasmaGlucoseMgDl() {
        flush();
        return model.plasmaGlucoseMgDl(x);
    }

    public double interstitialGlucoseMgDl() {
        flush();
        return model.interstitialGlucoseMgDl(x);
    }

    public double plasmaInsulinPmolPerL() {
        flush();
        return model.plasmaInsulinPmolPerL(x);
    }

    /** Insulin (U) still in the subcutaneous depot. */
    public double subcutaneousInsulinUnits() {
        flush();
        return model.subcutaneousInsulinUnits(x);
    }

    /** Insulin that has entered the patient so far (U): infusion integrated over time plus impulses. */
    public double cumulativeInsulinUnits() {
        flush();
        return cumulativeInsulinUnits;
    }

    /** Carbohydrate ingested so far (g): intake rate integrated over time. */
    public double cumulativeCarbsGrams() {
        flush();
        return cumulativeCarbsGrams;
    }

    // ---------------------------------------------------------------- therapy facts

    public TherapySettings therapy() {
        return model.therapy();
    }

    /** The basal rate that holds the initial steady state (U/h); UVA/Padova: u2ss·BW/6000·60. */
    public double basalInsulinUnitsPerHour() {
        return model.therapy().basalInsulinUnitsPerHour();
    }

    public double carbRatioGramsPerUnit() {
        return model.therapy().carbRatioGramsPerUnit();
    }

    public double correctionFactorMgDlPerUnit() {
        return model.therapy().correctionFactorMgDlPerUnit();
    }

    public double totalDailyInsulinUnits() {
        return model.therapy().totalDailyInsulinUnits();
    }

    public double ageYears() {
        return model.therapy().ageYears();
    }

    public double bodyWeightKg() {
        return model.therapy().bodyWeightKg();
    }
}
