package org.vpsim.scenario.model;

import java.util.Locale;
import java.util.Set;

/**
 * The therapy algorithm of an arm. {@code bolus-calculator}: open-loop pump therapy, the patient's
 * basal plus a meal bolus carbs/CR with a correction (G − target)/CF above
 * {@code correctionThresholdMgDl}, less insulin on board ({@code iobSubtraction}), from the CGM; {@code basal-only}: no boluses.
 */
public record ControllerSettings(String type, Double targetMgDl, Double correctionThresholdMgDl,
                                 String iobSubtraction) {
    public static final Set<String> TYPES = Set.of("bolus-calculator", "basal-only");
    /** How insulin on board reduces a bolus: only the correction part (MiniMed Bolus Wizard) or the total. */
    public static final Set<String> IOB_SUBTRACTIONS = Set.of("correction-only", "total");

    public ControllerSettings {
        type = type == null ? "bolus-calculator" : type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type: '" + type + "' is not a controller; known: " + TYPES);
        }
        targetMgDl = targetMgDl == null ? 110.0 : targetMgDl;
        Checks.inRange("targetMgDl", targetMgDl, 70, 200, " mg/dL");
        correctionThresholdMgDl = correctionThresholdMgDl == null ? 150.0 : correctionThresholdMgDl;
        Checks.inRange("correctionThresholdMgDl", correctionThresholdMgDl, targetMgDl, 400, " mg/dL");
        iobSubtraction = iobSubtraction == null ? "correction-only" : iobSubtraction.toLowerCase(Locale.ROOT);
        if (!IOB_SUBTRACTIONS.contains(iobSubtraction)) {
            throw new IllegalArgumentException("iobSubtraction: '" + iobSubtraction + "' is not one of " + IOB_SUBTRACTIONS);
        }
    }

    public static ControllerSettings defaults() {
        return new ControllerSettings(null, null, null, null);
    }
}
