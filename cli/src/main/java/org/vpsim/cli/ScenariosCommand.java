package org.vpsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.model.ScenarioSchema;
import org.vpsim.scenario.model.ScenarioSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpsim scenarios}: lists the built-in scenarios; {@code show} prints one, {@code schema} the format. */
@Command(name = "scenarios", description = {"List the built-in scenarios.",
        "'vpsim scenarios show NAME' prints one as a file to copy and edit;",
        "'vpsim scenarios schema' prints the JSON Schema of scenario files."},
        subcommands = {ScenariosCommand.Show.class, ScenariosCommand.Schema.class})
public final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ScenarioSummary s : new ScenarioLibrary().summaries()) {
            out.printf("%-24s %s%s patients, %d arm(s), %s day(s)%n    %s%n", s.name(),
                    s.name().equals(ScenarioLibrary.DEFAULT) ? "(default) " : "",
                    String.join(",", s.patients()), s.armCount(),
                    ValidateCommand.fmt(s.durationDays()), s.description());
        }
        out.flush();
        return Failures.OK;
    }

    /** {@code vpsim scenarios show NAME}. */
    @Command(name = "show", description = "Print a built-in scenario as JSON (e.g. > my-study.json, then edit).")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "A built-in scenario (see 'vpsim scenarios').")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try {
                String text = new ScenarioLibrary().text(name);
                PrintWriter out = spec.commandLine().getOut();
                out.print(text.endsWith("\n") ? text : text + "\n");
                out.flush();
                return Failures.OK;
            } catch (ScenarioException e) {
                return Failures.badInput(spec.commandLine().getErr(), e);
            }
        }
    }

    /** {@code vpsim scenarios schema}. */
    @Command(name = "schema", description = {"Print the JSON Schema of scenario files (also docs/scenario.schema.json).",
            "Editors use it for completion: add \"$schema\": \"<path>/scenario.schema.json\" to a scenario."})
    static final class Schema implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(ScenarioSchema.jsonSchemaText());
            out.flush();
            return Failures.OK;
        }
    }
}
