package org.vpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.run.ControllerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vpsim controllers}: lists the controller types a scenario's arm may name. */
@Command(name = "controllers", mixinStandardHelpOptions = true,
        description = "List the controller types an arm may name in controller.type.")
public final class ControllersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Also list the controllers of the jars in DIR.")
    Path plugins;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ControllerRegistry registry;
        try {
            registry = ScenarioOptions.controllers(plugins);
        } catch (ScenarioException e) {
            return Failures.badInput(spec.commandLine().getErr(), e);
        }
        for (ControllerProvider p : registry.providers()) {
            out.printf("%-32s %s%n", p.id(), p.description());
        }
        out.printf("%-32s %s%n", "external",
                "a program in any language speaking the external controller protocol (version 1), started with controller.command");
        out.flush();
        return Failures.OK;
    }
}
