package org.vpsim.scenario.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a patient × arm needs besides the scenario: the controllers it may name, the folder relative
 * external commands resolve against, and where external controllers' stderr logs go.
 *
 * @param controllers            controller providers
 * @param scenarioFolder         folder of the scenario file (the working directory for built-ins)
 * @param controllerLogDirectory folder for {@code <arm>/<patient>.stderr.log}, or null to discard them
 */
public record StudyContext(ControllerRegistry controllers, Path scenarioFolder, Path controllerLogDirectory) {
    public StudyContext {
        Objects.requireNonNull(controllers, "controllers");
        scenarioFolder = scenarioFolder == null ? Path.of("").toAbsolutePath() : scenarioFolder.toAbsolutePath();
    }

    /** Built-in controllers, the working directory, no logs kept. */
    public static StudyContext builtIn() {
        return new StudyContext(ControllerRegistry.builtIn(), null, null);
    }

    /** Where an external controller of this patient × arm writes its stderr. */
    Path stderrLog(String arm, String patient) {
        String file = patient.replaceAll("[^A-Za-z0-9_.-]", "_") + ".stderr.log";
        if (controllerLogDirectory == null) {
            return null;
        }
        return controllerLogDirectory.resolve(arm).resolve(file);
    }
}
