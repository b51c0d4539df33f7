package org.vpsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.scenario.run.ControllerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vpsim controllers}: lists the controller types a scenario's arm may name. */
@Command(name = "controllers", mixinStandardHelpOptions = true,
        description = "List the controller types an arm may name in controller.type.")
public final class ControllersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ControllerProvider p : ControllerRegistry.builtIn().providers()) {
            out.printf("%-32s %s%n", p.id(), p.description());
        }
        out.printf("%-32s %s%n", "external",
                "a program in any language speaking the external controller protocol (version 1), started with controller.command");
        out.flush();
        return Failures.OK;
    }
}
