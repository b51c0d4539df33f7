package org.vpsim.cli;

import java.nio.file.Path;
import java.util.List;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.run.ControllerRegistry;
import org.vpsim.scenario.run.StudyPlan;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario argument, the overrides and the plug-ins shared by {@code run}, {@code validate} and {@code bench}.
 * A problem caused by an override names the option as typed ({@code --days}), not the scenario field.
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

    @Option(names = "--replicates", paramLabel = "N",
            description = "Monte Carlo replicates: every patient runs N times in every arm, each with its own random"
                    + " draws (overrides the scenario's cohort.replicates; replicate 0 is the study without replicates).")
    Integer replicates;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder of controller plug-in jars: every *.jar in it is loaded, and the controllers they"
                    + " provide can be named in the scenario's controller.type.")
    Path plugins;

    /** The controllers the scenario may name: the built-ins, plus those of the --plugins jars. */
    ControllerRegistry controllers() {
        return controllers(plugins);
    }

    /** The built-in controllers plus those of the jars in {@code plugins} (none when null). */
    static ControllerRegistry controllers(Path plugins) {
        if (plugins == null) {
            return ControllerRegistry.builtIn();
        }
        try {
            return ControllerRegistry.withPlugins(plugins);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("--plugins", e.getMessage());
        }
    }

    /** Loads the scenario and applies the overrides; records validate the result. */
    Scenario load() {
        Scenario s = new ScenarioLibrary().resolve(scenario);
        try {
            s = s.withOverrides(seed, days, patients, replicates);
        } catch (ScenarioException e) {
            throw e.mapPaths(this::asTyped);
        }
        return s;
    }

    /**
     * The scenario checked against models, devices and the controllers (built-ins and plug-ins): what
     * {@code run} would run.
     */
    StudyPlan plan() {
        Scenario s = load();
        try {
            return StudyPlan.of(s, controllers(), folder());
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
        if (replicates != null && (path.equals("replicates") || path.equals("cohort.replicates"))) {
            return "--replicates";
        }
        if (patients != null && (path.equals("patients") || path.startsWith("patients[")
                || path.startsWith("cohort.patients"))) {
            return "--patients";
        }
        return path;
    }

    /** Folder of the scenario file (relative external commands and cohort.file resolve against it); null for a built-in. */
    java.nio.file.Path folder() {
        java.nio.file.Path p = java.nio.file.Path.of(scenario);
        return java.nio.file.Files.isRegularFile(p) ? p.toAbsolutePath().getParent() : null;
    }

}
