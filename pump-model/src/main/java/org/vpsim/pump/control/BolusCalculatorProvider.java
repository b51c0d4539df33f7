package org.vpsim.pump.control;

import java.util.List;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.SettingsReader;

/** {@code bolus-calculator}: scheduled basal, a bolus-wizard bolus for each announced meal. */
public class BolusCalculatorProvider implements ControllerProvider {
    public static final String ID = "bolus-calculator";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Open-loop pump therapy: the scheduled basal runs and each announced meal gets a bolus-wizard bolus "
                + "(carbs/CR plus a correction to target above the threshold minus insulin on board, "
                + "a negative correction below target).";
    }

    @Override
    public List<SettingsProblem> validate(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        BolusCalculatorSettings.read(r);
        return r.finish();
    }

    @Override
    public Controller create(Settings settings) {
        return new BolusCalculatorController(BolusCalculatorSettings.parse(settings));
    }
}
