package org.vpsim.pump.control;

import java.util.Locale;
import java.util.Objects;

/**
 * Open-loop pump therapy: the programmed basal runs untouched and each announced meal gets a bolus
 * from the calculator (DESIGN.md, "Controllers"; simglucose 0.2.11 BBController is the same idea
 * without IOB):
 * <pre>
 *   food       = carbs / CR
 *   correction = (G - target) / CF        only when a fresh CGM reading G is above the threshold
 *   CORRECTION_ONLY (default): bolus = food + max(0, correction - IOB)
 *   TOTAL:                     bolus = max(0, food + correction - IOB)
 * </pre>
 * Without a fresh reading (none, or older than {@code maxCgmAgeMillis}) there is no correction and no
 * IOB term: the bolus is carbs/CR, as a user without a glucose value would enter carbs only. The
 * result is rounded down to the bolus increment and capped at the maximum bolus.
 *
 * <p>Optional automatic corrections between meals (off by default): when the CGM is above the
 * threshold and no bolus was given within {@code correctionIntervalMillis}, bolus
 * max(0, (G - target)/CF - IOB). One instance per patient; it remembers its last bolus time.
 */
public final class BolusCalculatorController implements Controller {
    private static final double ROUNDING_SLACK = 1e-9;

    private final BolusCalculatorSettings settings;
    private long lastBolusMillis = Long.MIN_VALUE;

    public BolusCalculatorController(BolusCalculatorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public BolusCalculatorSettings settings() {
        return settings;
    }

    @Override
    public ControllerDecision decide(ControllerObservation obs) {
        Double glucose = freshGlucose(obs);
        boolean correcting = glucose != null && glucose > settings.correctionThresholdMgDl();
        double correction = correcting ? (glucose - settings.targetMgDl()) / settings.correctionFactorMgDlPerUnit() : 0.0;
        double iob = correcting ? obs.iobUnits() : 0.0;

        if (obs.announcedCarbsGrams() > 0.0) {
            double food = obs.announcedCarbsGrams() / settings.carbRatioGramsPerUnit();
            double raw = switch (settings.iobSubtraction()) {
                case CORRECTION_ONLY -> food + Math.max(0.0, correction - iob);
                case TOTAL -> Math.max(0.0, food + correction - iob);
            };
            double units = deliverable(raw);
            if (units > 0.0) {
                lastBolusMillis = obs.timeMillis();
            }
            return ControllerDecision.bolus(units, String.format(Locale.ROOT,
                    "meal bolus %.3f U: %.1f g / CR %.1f = %.3f U, correction %.3f U, IOB %.3f U (CGM %s)",
                    units, obs.announcedCarbsGrams(), settings.carbRatioGramsPerUnit(), food, correction, iob,
                    describe(obs, glucose)));
        }

        if (settings.correctionIntervalMillis() > 0 && correcting
                && (lastBolusMillis == Long.MIN_VALUE
                    || obs.timeMillis() - lastBolusMillis >= settings.correctionIntervalMillis())) {
            double units = deliverable(Math.max(0.0, correction - obs.iobUnits()));
            if (units > 0.0) {
                lastBolusMillis = obs.timeMillis();
                return ControllerDecision.bolus(units, String.format(Locale.ROOT,
                        "correction bolus %.3f U: (CGM %.0f - target %.0f) / CF %.1f = %.3f U, IOB %.3f U",
                        units, glucose, settings.targetMgDl(), settings.correctionFactorMgDlPerUnit(),
                        correction, obs.iobUnits()));
            }
        }
        return ControllerDecision.none("");
    }

    private Double freshGlucose(ControllerObservation obs) {
        if (obs.cgmMgDl() == null || obs.cgmAgeMillis() > settings.maxCgmAgeMillis()) {
            return null;
        }
        return obs.cgmMgDl();
    }

    /** Rounded down to the increment (with slack for binary fractions), capped at the maximum. */
    private double deliverable(double units) {
        double increment = settings.bolusIncrementUnits();
        double rounded = Math.floor(units / increment + ROUNDING_SLACK) * increment;
        return Math.min(settings.maxBolusUnits(), rounded);
    }

    private static String describe(ControllerObservation obs, Double glucose) {
        if (obs.cgmMgDl() == null) {
            return "none";
        }
        if (glucose == null) {
            return String.format(Locale.ROOT, "%.0f mg/dL too old, %d min", obs.cgmMgDl(), obs.cgmAgeMillis() / 60_000L);
        }
        return String.format(Locale.ROOT, "%.0f mg/dL", glucose);
    }
}
