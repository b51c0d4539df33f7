package org.vpsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vpsim scenarios}: lists the built-in scenarios. */
@Command(name = "scenarios", description = "List the built-in scenarios.")
public final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLibrary lib = new ScenarioLibrary();
        for (String name : lib.names()) {
            Scenario s = lib.load(name);
            out.printf("%-22s %s%s patients, %d arm(s), %s day(s)%n    %s%n", name,
                    name.equals(ScenarioLibrary.DEFAULT) ? "(default) " : "",
                    String.join(",", s.cohort().patients()), s.arms().size(),
                    ValidateCommand.fmt(s.durationDays()), s.description());
        }
        out.flush();
        return Failures.OK;
    }
}
