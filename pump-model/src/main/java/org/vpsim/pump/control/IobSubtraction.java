package org.vpsim.pump.control;

/**
 * How the bolus calculator lets insulin on board reduce a meal bolus. In both forms IOB is only
 * considered when a positive correction applies (fresh CGM above the correction threshold); below
 * target the negative correction is applied without IOB (see {@link BolusCalculator}).
 */
public enum IobSubtraction {
    /**
     * correction = max(0, (G - target)/ISF - IOB); bolus = carbs/CR + correction. IOB offsets the
     * correction only and never the food part: insulin still on board from an earlier meal bolus is
     * covering that meal's carbs, not these. This is how Medtronic's Bolus Wizard treats "active
     * insulin" (MiniMed user guides, "Bolus Wizard feature specifications", formula 1: if active
     * insulin exceeds the correction the total is the food estimate). Setting value
     * {@code correction-only}; the default.
     */
    CORRECTION_ONLY,
    /**
     * bolus = max(0, carbs/CR + (G - target)/ISF - IOB): IOB beyond the correction also reduces the
     * food part (DESIGN.md's B = carbs/CR + (G - target)/ISF - IOB floored at 0; Ypsomed's and
     * Omnipod's "correction IOB" rule). Setting value {@code total}.
     */
    TOTAL
}
