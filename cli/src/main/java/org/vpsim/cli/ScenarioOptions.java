package org.vpsim.cli;

import java.util.List;
import org.vpsim.scenario.model.Cohort;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.run.StudyPlan;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario argument and the overrides shared by {@code run}, {@code validate} and {@code bench}. A
 * problem caused by an override names the option as typed ({@code --days}), not the scenario field.
 */
final class ScenarioOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario JSON file or built-in scenario name (default: ${DEFAULT-VALUE}).",
            defaultValue = ScenarioLibrary.DEFAULT)
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Study seed (overrides the scenario's).")
    Long seed;

    @Option(names = "--days", paramLabel = "N", description = "Simulated days (overrides the scenario's duration).")
    Double days;

    @Option(names = "--patients", paramLabel = "a,b,c", split = ",",
            description = "Patients or groups (all, adults, adolescents, children); overrides the cohort.")
    List<String> patients;

    /** Loads the scenario and applies the overrides; records validate the result. */
    Scenario load() {
        Scenario s = new ScenarioLibrary().resolve(scenario);
        try {
            if (seed != null) {
                s = s.withSeed(seed);
            }
            if (days != null) {
                s = s.withDurationDays(days);
            }
            if (patients != null) {
                s = s.withCohort(new Cohort(patients.stream().map(String::trim).toList()));
            }
        } catch (ScenarioException e) {
            throw e.mapPaths(this::asTyped);
        }
        return s;
    }

    /** The scenario checked against models, devices and controllers: what {@code run} would run. */
    StudyPlan plan() {
        Scenario s = load();
        try {
            return StudyPlan.of(s);
        } catch (ScenarioException e) {
            throw e.mapPaths(this::asTyped);
        }
    }

    /** A scenario field path as the user set it: the option when an override set it. */
    private String asTyped(String path) {
        if (days != null && path.equals("durationDays")) {
            return "--days";
        }
        if (seed != null && path.equals("seed")) {
            return "--seed";
        }
        if (patients != null && (path.equals("patients") || path.startsWith("patients[")
                || path.startsWith("cohort.patients"))) {
            return "--patients";
        }
        return path;
    }
}
