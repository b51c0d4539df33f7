package org.vpsim.pump.control;

import java.util.List;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.SettingsReader;

/** {@code low-glucose-suspend}: bolus-wizard meal boluses plus threshold suspend (ASPIRE, MiniMed 530G). */
public final class LowGlucoseSuspendProvider implements ControllerProvider {
    public static final String ID = "low-glucose-suspend";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Sensor-augmented pump with threshold suspend (MiniMed 530G, ASPIRE): bolus-wizard meal boluses; "
                + "all delivery stops when the CGM is at or below the threshold (70 mg/dL) and resumes after 2 h "
                + "or when the person responds.";
    }

    @Override
    public List<SettingsProblem> validate(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        LowGlucoseSuspendSettings.read(r);
        return r.finish();
    }

    @Override
    public Controller create(Settings settings) {
        return new LowGlucoseSuspendController(LowGlucoseSuspendSettings.parse(settings));
    }
}
