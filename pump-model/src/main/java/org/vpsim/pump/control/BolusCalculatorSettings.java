package org.vpsim.pump.control;

import java.util.Objects;

/**
 * Settings of the open-loop bolus calculator ("bolus wizard").
 *
 * @param carbRatioGramsPerUnit       CR: grams of carbohydrate one unit covers (simglucose Quest.csv
 *                                    CR per patient)
 * @param correctionFactorMgDlPerUnit CF (ISF): mg/dL one unit lowers glucose (Quest.csv CF)
 * @param targetMgDl                  correction target; 110 by default, mid-range of the ADA
 *                                    pre-prandial target 80-130 mg/dL (ADA Standards of Care,
 *                                    section 6, Glycemic Goals)
 * @param correctionThresholdMgDl     a correction is added only when the CGM is above this; 150 by
 *                                    default, as simglucose 0.2.11's BBController
 *                                    ({@code (glucose > 150) * (glucose - target) / CF})
 * @param iobSubtraction              how IOB reduces the bolus (see {@link IobSubtraction})
 * @param iobCurve                    the insulin action curve the pump's IOB uses
 * @param maxCgmAgeMillis             an older CGM reading counts as missing (carbs-only bolus); 15 min
 *                                    by default, Loop's input-data recency interval (LoopKit
 *                                    {@code LoopCoreConstants.inputDataRecencyInterval})
 * @param bolusIncrementUnits         the bolus is rounded down to a multiple of this (0.025 U,
 *                                    DESIGN.md pump increments); rounding down is the safe direction
 * @param maxBolusUnits               cap on one bolus (25 U, DESIGN.md max bolus)
 * @param correctionIntervalMillis    0: corrections only with meals (default). Otherwise, between
 *                                    meals, a correction bolus max(0, (G - target)/CF - IOB) is given
 *                                    when the CGM is above the threshold and no bolus was given in
 *                                    this interval
 */
public record BolusCalculatorSettings(
        double carbRatioGramsPerUnit,
        double correctionFactorMgDlPerUnit,
        double targetMgDl,
        double correctionThresholdMgDl,
        IobSubtraction iobSubtraction,
        InsulinCurveSpec iobCurve,
        long maxCgmAgeMillis,
        double bolusIncrementUnits,
        double maxBolusUnits,
        long correctionIntervalMillis) {

    public static final double DEFAULT_TARGET_MG_DL = 110.0;
    public static final double DEFAULT_CORRECTION_THRESHOLD_MG_DL = 150.0;
    public static final long DEFAULT_MAX_CGM_AGE_MILLIS = 15 * 60_000L;
    public static final double DEFAULT_BOLUS_INCREMENT_UNITS = 0.025;
    public static final double DEFAULT_MAX_BOLUS_UNITS = 25.0;

    public BolusCalculatorSettings {
        requirePositive("carbRatioGramsPerUnit", carbRatioGramsPerUnit);
        requirePositive("correctionFactorMgDlPerUnit", correctionFactorMgDlPerUnit);
        requirePositive("targetMgDl", targetMgDl);
        if (!Double.isFinite(correctionThresholdMgDl) || correctionThresholdMgDl < targetMgDl) {
            throw new IllegalArgumentException("correctionThresholdMgDl: " + correctionThresholdMgDl
                    + " is below targetMgDl " + targetMgDl);
        }
        Objects.requireNonNull(iobSubtraction, "iobSubtraction");
        Objects.requireNonNull(iobCurve, "iobCurve");
        if (maxCgmAgeMillis <= 0) {
            throw new IllegalArgumentException("maxCgmAgeMillis: " + maxCgmAgeMillis + " is not positive");
        }
        requirePositive("bolusIncrementUnits", bolusIncrementUnits);
        requirePositive("maxBolusUnits", maxBolusUnits);
        if (correctionIntervalMillis < 0) {
            throw new IllegalArgumentException("correctionIntervalMillis: " + correctionIntervalMillis + " is negative");
        }
    }

    /** The defaults above for a patient's CR and CF. */
    public static BolusCalculatorSettings of(double carbRatioGramsPerUnit, double correctionFactorMgDlPerUnit) {
        return new BolusCalculatorSettings(carbRatioGramsPerUnit, correctionFactorMgDlPerUnit,
                DEFAULT_TARGET_MG_DL, DEFAULT_CORRECTION_THRESHOLD_MG_DL, IobSubtraction.CORRECTION_ONLY,
                InsulinCurveSpec.rapidActingAdult(), DEFAULT_MAX_CGM_AGE_MILLIS,
                DEFAULT_BOLUS_INCREMENT_UNITS, DEFAULT_MAX_BOLUS_UNITS, 0L);
    }

    public BolusCalculatorSettings withTarget(double newTargetMgDl, double newCorrectionThresholdMgDl) {
        return new BolusCalculatorSettings(carbRatioGramsPerUnit, correctionFactorMgDlPerUnit, newTargetMgDl,
                newCorrectionThresholdMgDl, iobSubtraction, iobCurve, maxCgmAgeMillis, bolusIncrementUnits,
                maxBolusUnits, correctionIntervalMillis);
    }

    public BolusCalculatorSettings withIobSubtraction(IobSubtraction newIobSubtraction) {
        return new BolusCalculatorSettings(carbRatioGramsPerUnit, correctionFactorMgDlPerUnit, targetMgDl,
                correctionThresholdMgDl, newIobSubtraction, iobCurve, maxCgmAgeMillis, bolusIncrementUnits,
                maxBolusUnits, correctionIntervalMillis);
    }

    public BolusCalculatorSettings withBolusIncrementUnits(double newBolusIncrementUnits) {
        return new BolusCalculatorSettings(carbRatioGramsPerUnit, correctionFactorMgDlPerUnit, targetMgDl,
                correctionThresholdMgDl, iobSubtraction, iobCurve, maxCgmAgeMillis, newBolusIncrementUnits,
                maxBolusUnits, correctionIntervalMillis);
    }

    public BolusCalculatorSettings withCorrectionIntervalMillis(long newCorrectionIntervalMillis) {
        return new BolusCalculatorSettings(carbRatioGramsPerUnit, correctionFactorMgDlPerUnit, targetMgDl,
                correctionThresholdMgDl, iobSubtraction, iobCurve, maxCgmAgeMillis, bolusIncrementUnits,
                maxBolusUnits, newCorrectionIntervalMillis);
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }
}
