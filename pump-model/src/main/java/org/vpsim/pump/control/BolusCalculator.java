package org.vpsim.pump.control;

import java.util.List;
import java.util.Objects;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.Therapy;

/**
 * The bolus wizard's arithmetic for one patient (stateless; shared by the bolus-calculator and the
 * hybrid closed loop's meal boluses). CR, ISF and the default target come from the therapy; the
 * increment and the maximum from the pump:
 * <pre>
 *   food       = carbs / CR
 *   G &gt; threshold:   correction = (G - target) / ISF
 *                    CORRECTION_ONLY (default): bolus = food + max(0, correction - IOB)
 *                    TOTAL:                     bolus = max(0, food + correction - IOB)
 *   G &lt; target, negativeCorrection:  correction = (G - target) / ISF  (negative)
 *                    bolus = max(0, food + correction)                   (IOB not subtracted)
 *   otherwise:       bolus = food
 * </pre>
 * The positive branch is the Medtronic Bolus Wizard's formula 1 ("if your current BG is greater than
 * your High BG Target, the Bolus Wizard subtracts active insulin from the BG correction estimate ... if
 * the result is negative the total is based only on the food estimate"); the negative branch is its
 * formula 2 ("if your current BG is less than your Low BG Target, the Bolus Wizard adds the BG
 * correction estimate to the food estimate", active insulin not used) — MiniMed Paradigm Veo / 530G /
 * 630G user guides, "Bolus Wizard feature specifications". Tandem's t:slim X2 bolus calculator and
 * Omnipod's "reverse correction" reduce the food bolus below target the same way. The threshold above
 * target (simglucose's BBController, 150 mg/dL) stands for the top of the wizard's target range.
 *
 * <p>Glucose: the newest reading of {@code cgmHistory} if it is at most {@code maxCgmAgeMinutes} old;
 * without one there is no correction and no IOB term: the bolus is carbs/CR, as a user without a
 * glucose value would enter carbs only. The result is rounded down to the pump's bolus increment (the
 * safe direction) and capped at its maximum bolus.
 */
public final class BolusCalculator {
    private static final double ROUNDING_SLACK = 1e-9;

    private final BolusCalculatorSettings settings;
    private final double carbRatioGramsPerUnit;
    private final double isfMgDlPerUnit;
    private final double targetMgDl;
    private final double thresholdMgDl;
    private final double bolusIncrementUnits;
    private final double maxBolusUnits;

    /** A dose and why, for the command's {@code info.reason}. */
    public record Dose(double units, String reason) {
    }

    public BolusCalculator(BolusCalculatorSettings settings, Therapy therapy, PumpLimits pump) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.carbRatioGramsPerUnit = therapy.carbRatioGramsPerUnit();
        this.isfMgDlPerUnit = therapy.isfMgDlPerUnit();
        this.targetMgDl = settings.targetMgDl() != null ? settings.targetMgDl() : therapy.targetMgDl();
        // A therapy target above the threshold moves the threshold up: no positive correction below target.
        this.thresholdMgDl = Math.max(settings.correctionThresholdMgDl(), targetMgDl);
        this.bolusIncrementUnits = pump.bolusIncrementUnits();
        this.maxBolusUnits = pump.maxBolusUnits();
    }

    public double targetMgDl() {
        return targetMgDl;
    }

    public double thresholdMgDl() {
        return thresholdMgDl;
    }

    /** The meal bolus for {@code carbsGrams} announced now. */
    public Dose mealBolus(double carbsGrams, Observation obs) {
        CgmReading reading = freshReading(obs, settings.maxCgmAgeMinutes());
        Double glucose = reading == null ? null : reading.mgDl();
        double food = carbsGrams / carbRatioGramsPerUnit;
        double correction = 0.0;
        double iob = 0.0;
        double raw = food;
        if (glucose != null && glucose > thresholdMgDl) {
            correction = (glucose - targetMgDl) / isfMgDlPerUnit;
            iob = obs.iobUnits();
            raw = switch (settings.iobSubtraction()) {
                case CORRECTION_ONLY -> food + Math.max(0.0, correction - iob);
                case TOTAL -> Math.max(0.0, food + correction - iob);
            };
        } else if (glucose != null && glucose < targetMgDl && settings.negativeCorrection()) {
            correction = (glucose - targetMgDl) / isfMgDlPerUnit;
            raw = Math.max(0.0, food + correction);
        }
        double units = deliverable(raw);
        // "meal bolus %.3f U: %.1f g / CR %.1f = %.3f U, correction %.3f U, IOB %.3f U (CGM %s)", without Formatter.
        return new Dose(units, "meal bolus " + FixedDecimal.format(units, 3) + " U: " + FixedDecimal.format(carbsGrams, 1)
                + " g / CR " + FixedDecimal.format(carbRatioGramsPerUnit, 1) + " = " + FixedDecimal.format(food, 3)
                + " U, correction " + FixedDecimal.format(correction, 3) + " U, IOB " + FixedDecimal.format(iob, 3)
                + " U (CGM " + describe(obs, reading) + ")");
    }

    /**
     * A correction bolus max(0, (G - target)/ISF - IOB) when a fresh reading is above the threshold;
     * null when there is nothing to correct (no fresh reading, or not above the threshold).
     */
    public Dose correctionBolus(Observation obs) {
        CgmReading reading = freshReading(obs, settings.maxCgmAgeMinutes());
        if (reading == null || !(reading.mgDl() > thresholdMgDl)) {
            return null;
        }
        double correction = (reading.mgDl() - targetMgDl) / isfMgDlPerUnit;
        double units = deliverable(Math.max(0.0, correction - obs.iobUnits()));
        // "correction bolus %.3f U: (CGM %.0f - target %.0f) / CF %.1f = %.3f U, IOB %.3f U", without Formatter
        // (asked at every observation above the threshold once the interval has passed, even when IOB covers it).
        return new Dose(units, "correction bolus " + FixedDecimal.format(units, 3) + " U: (CGM "
                + FixedDecimal.format(reading.mgDl(), 0) + " - target " + FixedDecimal.format(targetMgDl, 0) + ") / CF "
                + FixedDecimal.format(isfMgDlPerUnit, 1) + " = " + FixedDecimal.format(correction, 3) + " U, IOB "
                + FixedDecimal.format(obs.iobUnits(), 3) + " U");
    }

    /** Rounded down to the increment (with slack for binary fractions), capped at the maximum. */
    public double deliverable(double units) {
        double rounded = Math.floor(units / bolusIncrementUnits + ROUNDING_SLACK) * bolusIncrementUnits;
        return Math.min(maxBolusUnits, Math.max(0.0, rounded));
    }

    /** The newest reading of the history if it is at most {@code maxAgeMinutes} old, else null. */
    public static CgmReading freshReading(Observation obs, double maxAgeMinutes) {
        List<CgmReading> history = obs.cgmHistory();
        if (history.isEmpty()) {
            return null;
        }
        CgmReading newest = history.get(history.size() - 1);
        return obs.minute() - newest.minute() <= maxAgeMinutes ? newest : null;
    }

    private static String describe(Observation obs, CgmReading fresh) {
        if (fresh != null) {
            return FixedDecimal.format(fresh.mgDl(), 0) + " mg/dL";
        }
        if (obs.cgmHistory().isEmpty()) {
            return "none";
        }
        CgmReading newest = obs.cgmHistory().get(obs.cgmHistory().size() - 1);
        return FixedDecimal.format(newest.mgDl(), 0) + " mg/dL too old, " + FixedDecimal.format(obs.minute() - newest.minute(), 0)
                + " min";
    }
}
