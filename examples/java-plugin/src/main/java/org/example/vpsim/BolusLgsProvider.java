package org.example.vpsim;

import java.util.List;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.SettingsReader;

/**
 * Makes {@link BolusLgsController} known to vpsim as {@code "type": "example-bolus-lgs"}. vpsim finds
 * it through {@code META-INF/services/org.vpsim.controller.ControllerProvider}, which names this class.
 * Stateless: one instance serves every patient × arm.
 */
public final class BolusLgsProvider implements ControllerProvider {
    public static final String ID = "example-bolus-lgs";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Example plug-in: meal bolus calculator with low-glucose suspend (CGM <= 70 mg/dL, up to 2 h)";
    }

    @Override
    public List<SettingsProblem> validate(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        BolusLgsController.read(r);
        return r.finish();
    }

    @Override
    public Controller create(Settings settings) {
        SettingsReader r = new SettingsReader(settings);
        BolusLgsController.Limits limits = BolusLgsController.read(r);
        r.finishOrThrow();
        return new BolusLgsController(limits);
    }
}
