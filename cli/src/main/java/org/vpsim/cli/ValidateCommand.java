package org.vpsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.run.StudyPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vpsim validate FILE}: checks a scenario completely without running it. */
@Command(name = "validate", description = "Check a scenario (file or built-in name) completely without running it: everything run would"
        + " refuse is refused here, every problem at once with its field path. Exit code 2 when invalid.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            StudyPlan plan = options.plan();
            Scenario s = plan.scenario();
            out.printf("%s: valid — %d patient(s) × %d arm(s) × %s day(s), seed %d, model %s%n",
                    s.name(), plan.patients().size(), s.arms().size(), fmt(s.durationDays()), s.seed(), s.model());
            out.flush();
            return Failures.OK;
        } catch (ScenarioException | IllegalArgumentException e) {
            return Failures.badInput(err, e);
        }
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
