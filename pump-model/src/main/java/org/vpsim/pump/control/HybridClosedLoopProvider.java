package org.vpsim.pump.control;

import java.util.List;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.SettingsReader;

/** {@code hybrid-closed-loop}: PID with insulin feedback (Steil; MiniMed 670G style) plus wizard meal boluses. */
public final class HybridClosedLoopProvider implements ControllerProvider {
    public static final String ID = "hybrid-closed-loop";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Hybrid closed loop in the style of the MiniMed 670G: PID with insulin feedback (Steil) sets a temp "
                + "basal every 5 min toward the target (100/110/120 mg/dL), gains scaled from the total daily dose; "
                + "bolus-wizard boluses for announced meals; safe basal when the CGM is missing.";
    }

    @Override
    public List<SettingsProblem> validate(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        HybridClosedLoopSettings.read(r);
        return r.finish();
    }

    @Override
    public Controller create(Settings settings) {
        return new HybridClosedLoopController(HybridClosedLoopSettings.parse(settings));
    }
}
