package org.vpsim.pump.control;

import java.util.List;
import java.util.Objects;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsReader;

/**
 * The scenario settings of the bolus calculator ("bolus wizard"). CR, ISF, the therapy target, the
 * pump's bolus increment and maximum bolus are not settings: they come from the patient's therapy and
 * the pump at {@link org.vpsim.controller.Controller#start start}.
 *
 * @param targetMgDl              correction target, mg/dL; null: the therapy's target
 * @param correctionThresholdMgDl a positive correction is added only when the CGM is above this; 150
 *                                by default, as simglucose 0.2.11's BBController
 *                                ({@code (glucose > 150) * (glucose - target) / CF})
 * @param iobSubtraction          how IOB reduces the bolus (see {@link IobSubtraction})
 * @param negativeCorrection      below target the correction (G - target)/ISF is negative and reduces
 *                                the food bolus, IOB not subtracted, total floored at 0 (pump bolus
 *                                wizards; see {@link BolusCalculator})
 * @param correctionIntervalMinutes 0: corrections only with meals (default). Otherwise, between meals,
 *                                a correction bolus max(0, (G - target)/ISF - IOB) when the CGM is
 *                                above the threshold and no bolus was given in this interval
 * @param maxCgmAgeMinutes        an older CGM reading counts as missing (carbs-only bolus); 15 min by
 *                                default, Loop's input-data recency interval (LoopKit
 *                                {@code LoopCoreConstants.inputDataRecencyInterval})
 */
public record BolusCalculatorSettings(Double targetMgDl, double correctionThresholdMgDl,
                                      IobSubtraction iobSubtraction, boolean negativeCorrection,
                                      double correctionIntervalMinutes, double maxCgmAgeMinutes) {

    public static final double DEFAULT_CORRECTION_THRESHOLD_MG_DL = 150.0;
    public static final double DEFAULT_MAX_CGM_AGE_MINUTES = 15.0;

    static final String TARGET = "targetMgDl";
    static final String THRESHOLD = "correctionThresholdMgDl";
    static final String IOB_SUBTRACTION = "iobSubtraction";
    static final String NEGATIVE_CORRECTION = "negativeCorrection";
    static final String CORRECTION_INTERVAL = "correctionIntervalMinutes";
    static final String MAX_CGM_AGE = "maxCgmAgeMinutes";

    public BolusCalculatorSettings {
        if (targetMgDl != null && !(targetMgDl > 0 && Double.isFinite(targetMgDl))) {
            throw new IllegalArgumentException(TARGET + ": " + targetMgDl + " is not a positive finite number");
        }
        if (!(correctionThresholdMgDl > 0) || !Double.isFinite(correctionThresholdMgDl)) {
            throw new IllegalArgumentException(THRESHOLD + ": " + correctionThresholdMgDl + " is not a positive finite number");
        }
        if (targetMgDl != null && correctionThresholdMgDl < targetMgDl) {
            throw new IllegalArgumentException(THRESHOLD + ": " + correctionThresholdMgDl + " is below "
                    + TARGET + " " + targetMgDl);
        }
        Objects.requireNonNull(iobSubtraction, IOB_SUBTRACTION);
        if (!(correctionIntervalMinutes >= 0) || !Double.isFinite(correctionIntervalMinutes)) {
            throw new IllegalArgumentException(CORRECTION_INTERVAL + ": " + correctionIntervalMinutes
                    + " is not a non-negative finite number");
        }
        if (!(maxCgmAgeMinutes > 0) || !Double.isFinite(maxCgmAgeMinutes)) {
            throw new IllegalArgumentException(MAX_CGM_AGE + ": " + maxCgmAgeMinutes + " is not a positive finite number");
        }
    }

    /** Everything by default: the therapy's target, threshold 150, IOB against the correction only. */
    public static BolusCalculatorSettings defaults() {
        return new BolusCalculatorSettings(null, DEFAULT_CORRECTION_THRESHOLD_MG_DL, IobSubtraction.CORRECTION_ONLY,
                true, 0.0, DEFAULT_MAX_CGM_AGE_MINUTES);
    }

    /**
     * Reads the settings keys; problems are collected in the reader (one parse serves validation and
     * creation). On a problem the value read is a default, so the result is always constructible.
     */
    static BolusCalculatorSettings read(SettingsReader r) {
        double target = r.number(TARGET, Double.NaN, 70, 200, "mg/dL");
        BolusCalculatorSettings meal = readMealKeys(r, Double.isNaN(target) ? null : target);
        double interval = r.number(CORRECTION_INTERVAL, 0, 0, 1440, "minutes; 0 = corrections only with meals");
        return new BolusCalculatorSettings(meal.targetMgDl(), meal.correctionThresholdMgDl(), meal.iobSubtraction(),
                meal.negativeCorrection(), interval, meal.maxCgmAgeMinutes());
    }

    /**
     * The meal-bolus keys ({@code correctionThresholdMgDl}, {@code iobSubtraction},
     * {@code negativeCorrection}, {@code maxCgmAgeMinutes}) for a controller that sets the target
     * itself (the hybrid closed loop); no automatic corrections.
     */
    static BolusCalculatorSettings readMealKeys(SettingsReader r, Double targetOrNull) {
        double threshold = r.number(THRESHOLD, DEFAULT_CORRECTION_THRESHOLD_MG_DL, 70, 400, "mg/dL");
        String iob = r.oneOf(IOB_SUBTRACTION, "correction-only", List.of("correction-only", "total"));
        boolean negative = r.bool(NEGATIVE_CORRECTION, true);
        double maxAge = r.number(MAX_CGM_AGE, DEFAULT_MAX_CGM_AGE_MINUTES, 1, 60, "minutes");
        boolean ordered = targetOrNull == null || threshold >= targetOrNull;
        r.require(ordered, THRESHOLD, "a number not below " + TARGET + " ("
                + (targetOrNull == null ? "" : plain(targetOrNull)) + " mg/dL)");
        return new BolusCalculatorSettings(targetOrNull, ordered ? threshold : targetOrNull,
                "total".equals(iob) ? IobSubtraction.TOTAL : IobSubtraction.CORRECTION_ONLY, negative, 0.0, maxAge);
    }

    /** Parses and throws with every problem; for {@link org.vpsim.controller.ControllerProvider#create}. */
    public static BolusCalculatorSettings parse(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        BolusCalculatorSettings s = read(r);
        r.finishOrThrow();
        return s;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
