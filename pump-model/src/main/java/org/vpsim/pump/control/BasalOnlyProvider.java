package org.vpsim.pump.control;

import java.util.List;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Observation;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.SettingsReader;

/**
 * {@code basal-only}: the scheduled basal and nothing else — no bolus, no temp basal, no suspend. The
 * no-intervention reference arm (meals uncovered). Takes no settings.
 */
public final class BasalOnlyProvider implements ControllerProvider {
    public static final String ID = "basal-only";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The scheduled basal only: never boluses, never changes or suspends the basal (meals go uncovered).";
    }

    @Override
    public List<SettingsProblem> validate(Settings settings) {
        return new SettingsReader(settings).finish();
    }

    @Override
    public Controller create(Settings settings) {
        new SettingsReader(settings).finishOrThrow();
        return new Controller() {
            @Override
            public void start(ControllerStart start) {
            }

            @Override
            public Command decide(Observation observation) {
                return Command.none();
            }
        };
    }
}
