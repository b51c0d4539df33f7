package org.vpsim.pump.control;

/**
 * {@code mdi}: multiple daily injections with insulin pens. Each announced meal gets a rapid-acting injection
 * from the same {@link BolusCalculator} a pump's bolus wizard uses (carbs/CR plus a correction to target
 * minus insulin on board), rounded down to the pen's dial step and capped at its maximum: the pen arrives as
 * {@link org.vpsim.controller.PumpLimits} with {@code bolusIncrementUnits} = pen step and
 * {@code maxBolusUnits} = pen maximum. It never asks for a temp basal or a suspend: the long-acting dose is
 * the pen regimen's own daily injection, not a controller command. Same settings as {@code bolus-calculator}
 * (including optional automatic corrections between meals, which on pens are extra injections): the
 * same provider under another id.
 */
public final class MdiProvider extends BolusCalculatorProvider {
    public static final String ID = "mdi";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Multiple daily injections (pen arms): a rapid-acting injection for each announced meal by the bolus "
                + "calculator (carbs/CR plus correction minus insulin on board), rounded down to the pen's step; the "
                + "long-acting dose is the pens' own daily injection.";
    }
}
