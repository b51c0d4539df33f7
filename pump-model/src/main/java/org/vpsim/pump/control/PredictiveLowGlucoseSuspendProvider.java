package org.vpsim.pump.control;

import java.util.List;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.SettingsReader;

/** {@code predictive-low-glucose-suspend}: bolus-wizard meal boluses plus SmartGuard "suspend before low". */
public final class PredictiveLowGlucoseSuspendProvider implements ControllerProvider {
    public static final String ID = "predictive-low-glucose-suspend";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Sensor-augmented pump with suspend before low (MiniMed 640G SmartGuard; PROLOG): bolus-wizard meal "
                + "boluses; delivery stops when the CGM is within 70 mg/dL of the low limit and predicted to reach "
                + "low + 20 mg/dL within 30 min, and resumes on predicted recovery (30 min to 2 h).";
    }

    @Override
    public List<SettingsProblem> validate(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        PredictiveLowGlucoseSuspendSettings.read(r);
        return r.finish();
    }

    @Override
    public Controller create(Settings settings) {
        return new PredictiveLowGlucoseSuspendController(PredictiveLowGlucoseSuspendSettings.parse(settings));
    }
}
