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

    /** Where a relative {@code cohort.file} is found: the scenario file's directory (working directory for built-ins). */
    java.nio.file.Path baseDirectory() {
        java.nio.file.Path p = java.nio.file.Path.of(scenario);
        if (java.nio.file.Files.isRegularFile(p)) {
            java.nio.file.Path parent = p.toAbsolutePath().getParent();
            return parent == null ? java.nio.file.Path.of("") : parent;
        }
        return java.nio.file.Path.of("");
    }

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
            s = s.withCohort(new Cohort(patients.stream().map(String::trim).toList(), s.cohort().file()));
        }
        return s;
    }

}
