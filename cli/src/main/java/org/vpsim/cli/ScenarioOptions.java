package org.vpsim.cli;

import java.util.List;
import org.vpsim.scenario.model.Cohort;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario argument and the overrides shared by {@code run} and {@code validate}. */
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
        if (seed != null) {
            s = s.withSeed(seed);
        }
        if (days != null) {
            s = s.withDurationDays(days);
        }
        if (patients != null) {
            s = s.withCohort(new Cohort(patients.stream().map(String::trim).toList()));
        }
        return s;
    }

    /** Folder of the scenario file (relative external controller commands resolve against it); null for a built-in. */
    java.nio.file.Path folder() {
        java.nio.file.Path p = java.nio.file.Path.of(scenario);
        return java.nio.file.Files.isRegularFile(p) ? p.toAbsolutePath().getParent() : null;
    }

}
