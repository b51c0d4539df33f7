package org.vpsim.scenario.run;

import java.nio.file.Path;
import java.util.Objects;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;
import org.vpsim.scenario.model.Scenario;

/**
 * What a patient × arm needs besides the scenario: the controllers it may name, the folder relative
 * external commands resolve against, and where external controllers' stderr logs go.
 *
 * @param controllers            controller providers
 * @param scenarioFolder         folder of the scenario file (the working directory for built-ins)
 * @param controllerLogDirectory folder for {@code <arm>/<patient>.stderr.log}, or null to discard them
 * @param therapies              the study's therapy table (shared titrations), or null to work each one out
 */
public record StudyContext(ControllerRegistry controllers, Path scenarioFolder, Path controllerLogDirectory,
                           TherapyTable therapies) {
    public StudyContext {
        Objects.requireNonNull(controllers, "controllers");
        scenarioFolder = scenarioFolder == null ? Path.of("").toAbsolutePath() : scenarioFolder.toAbsolutePath();
    }

    /** Built-in controllers, the working directory, no logs kept. */
    public static StudyContext builtIn() {
        return new StudyContext(ControllerRegistry.builtIn(), null, null, null);
    }

    /** Controllers, folder and logs as given, therapies worked out per patient × arm. */
    public StudyContext(ControllerRegistry controllers, Path scenarioFolder, Path controllerLogDirectory) {
        this(controllers, scenarioFolder, controllerLogDirectory, null);
    }

    /** The therapy settings {@code patient} is treated with in {@code scenario}. */
    TherapySettings therapyOf(Scenario scenario, PatientModel patient) {
        return therapies != null ? therapies.of(patient) : TherapyChoice.of(scenario, patient);
    }

    /**
     * Where an external controller of this patient × arm writes its stderr: {@code <arm>/<patient>.stderr.log},
     * for a Monte Carlo replicate r > 0 {@code <arm>/<patient>.replicate-<r>.stderr.log}.
     */
    Path stderrLog(String arm, String patient, int replicate) {
        String file = patient.replaceAll("[^A-Za-z0-9_.-]", "_") + (replicate == 0 ? "" : ".replicate-" + replicate)
                + ".stderr.log";
        if (controllerLogDirectory == null) {
            return null;
        }
        return controllerLogDirectory.resolve(arm).resolve(file);
    }
}
