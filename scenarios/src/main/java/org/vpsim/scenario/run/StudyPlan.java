package org.vpsim.scenario.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.scenario.model.ControllerSettings;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.run.external.ExternalProcessController;

/**
 * A scenario checked against the model registry: the model exists and every cohort entry names a
 * patient or group of it. Built before anything runs, so a bad name never leaves half a run behind.
 */
public record StudyPlan(Scenario scenario, PatientCohort cohort, List<PatientModel> patients,
                        ControllerRegistry controllers, Path scenarioFolder) {

    /** A built-in scenario (or one whose external commands resolve against the working directory), built-in controllers. */
    public static StudyPlan of(Scenario scenario) {
        return of(scenario, ControllerRegistry.builtIn(), null);
    }

    /**
     * @param controllers    the controllers the arms may name (built-ins and plug-ins)
     * @param scenarioFolder folder of the scenario file, against which relative external commands and a
     *                       relative {@code cohort.file} resolve; null for the working directory
     */
    public static StudyPlan of(Scenario scenario, ControllerRegistry controllers, Path scenarioFolder) {
        PatientCohort cohort;
        try {
            cohort = PatientModels.cohort(scenario.model());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("model", e.getMessage());
        }
        if (scenario.cohort().file() != null) {
            try {
                cohort = PatientModels.cohortFromFile(
                        (scenarioFolder == null ? Path.of("") : scenarioFolder).resolve(scenario.cohort().file()));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException("cohort.file", e.getMessage());
            }
            if (!cohort.modelId().equals(scenario.model())) {
                throw new ScenarioException("cohort.file", scenario.cohort().file() + " holds " + cohort.modelId()
                        + " patients but the scenario's model is " + scenario.model() + "; set \"model\": \""
                        + cohort.modelId() + "\"");
            }
        }
        Map<String, PatientModel> byName = new LinkedHashMap<>();
        List<String> entries = scenario.cohort().patients();
        for (int i = 0; i < entries.size(); i++) {
            List<PatientModel> resolved;
            try {
                resolved = cohort.resolve(entries.get(i));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException("cohort.patients[" + i + "]", e.getMessage());
            }
            for (PatientModel p : resolved) {
                byName.putIfAbsent(p.patientName(), p);
            }
        }
        for (int f = 0; f < scenario.faults().size(); f++) {
            List<String> names = scenario.faults().get(f).patients();
            for (int i = 0; i < names.size(); i++) {
                if (!byName.containsKey(names.get(i))) {
                    throw new ScenarioException("faults[" + f + "].patients[" + i + "]",
                            "'" + names.get(i) + "' is not in the cohort");
                }
            }
        }
        // Device settings are checked against the device models now, not when a worker meets them.
        for (int a = 0; a < scenario.arms().size(); a++) {
            try {
                ArmDevices.pumpSpec(scenario.arms().get(a).pump(), "legacy".equals(scenario.deviceCalibration()));
                ArmDevices.cgmSpec(scenario.arms().get(a).cgm());
            } catch (IllegalArgumentException e) {
                String msg = e.getMessage();
                int colon = msg.indexOf(':');
                throw colon > 0
                        ? new ScenarioException("arms[" + a + "]." + msg.substring(0, colon), msg.substring(colon + 1).trim())
                        : new ScenarioException("arms[" + a + "]", msg);
            }
        }
        List<String> controllerProblems = new ArrayList<>();
        for (int a = 0; a < scenario.arms().size(); a++) {
            ControllerSettings c = scenario.arms().get(a).controller();
            String prefix = "arms[" + a + "].controller.";
            controllerProblems.addAll(controllers.validate(c, prefix));
            if (c.external()) {
                // A mistyped program or script is found now, not once per patient × arm at run time.
                ExternalProcessController.findProblem(c.command(), scenarioFolder == null ? Path.of("") : scenarioFolder)
                        .ifPresent(p -> controllerProblems.add(prefix + p));
            }
        }
        if (!controllerProblems.isEmpty()) {
            String first = controllerProblems.get(0);
            int colon = first.indexOf(": ");
            String rest = String.join("\n  ", controllerProblems.subList(1, controllerProblems.size()));
            throw new ScenarioException(first.substring(0, colon),
                    first.substring(colon + 2) + (rest.isEmpty() ? "" : "\n  " + rest));
        }
        return new StudyPlan(scenario, cohort, List.copyOf(new ArrayList<>(byName.values())), controllers,
                scenarioFolder == null ? null : scenarioFolder.toAbsolutePath());
    }

    /** Patient × arm simulations in the study's output order: arm-major, then cohort order. */
    public int simulations() {
        return patients.size() * scenario.arms().size();
    }
}
