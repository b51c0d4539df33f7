package org.vpsim.pump.control;

/**
 * How the bolus calculator lets insulin on board reduce a meal bolus. In both forms IOB is only
 * considered when a correction applies (fresh CGM above the correction threshold).
 */
public enum IobSubtraction {
    /**
     * correction = max(0, (G - target)/CF - IOB); bolus = carbs/CR + correction. IOB offsets the
     * correction only and never the food part: insulin still on board from an earlier meal bolus is
     * covering that meal's carbs, not these. This is how pump bolus wizards treat "active insulin"
     * (Medtronic MiniMed Bolus Wizard; Walsh &amp; Roberts, Pumping Insulin). The default.
     */
    CORRECTION_ONLY,
    /**
     * bolus = max(0, carbs/CR + (G - target)/CF - IOB): IOB beyond the correction also reduces the
     * food part. DESIGN.md's formula B = carbs/CR + (G - target)/ISF - IOB floored at 0.
     */
    TOTAL
}
