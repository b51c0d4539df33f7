package org.vpsim.spark;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioReader;
import org.vpsim.scenario.run.ControllerRegistry;
import org.vpsim.scenario.run.PatientSimulation;
import org.vpsim.scenario.run.StudyContext;
import org.vpsim.scenario.run.StudyPlan;

/**
 * Runs on an executor: simulates the partition's patient × arm × replicate tasks, one after the other,
 * with the same pure function as {@code vpsim run} ({@link PatientSimulation#run}). The scenario travels
 * as its JSON text and is re-planned once per partition (model and cohort resolved on the executor), so
 * no simulation object is serialized. Each task leaves as one row ({@link TaskRows}).
 */
final class SimulatePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 2L;

    private final String scenarioJson;
    private final String scenarioFolder;
    private final String plugins;
    private final String controllerLogs;

    /**
     * @param scenarioJson   the scenario as run (overrides applied)
     * @param scenarioFolder folder relative external controller commands resolve against (must exist
     *                       on the executors), or null
     * @param plugins        folder of controller plug-in jars (the same path on every executor), or null
     * @param controllerLogs folder external controllers' stderr logs go to ({@code controller-logs} of the run
     *                       directory, which every executor sees), or null to discard them
     */
    SimulatePartition(String scenarioJson, String scenarioFolder, String plugins, String controllerLogs) {
        this.scenarioJson = scenarioJson;
        this.scenarioFolder = scenarioFolder;
        this.plugins = plugins;
        this.controllerLogs = controllerLogs;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> tasks) {
        Scenario scenario = new ScenarioReader().parse(scenarioJson);
        ControllerRegistry controllers = plugins == null ? ControllerRegistry.builtIn()
                : ControllerRegistry.withPlugins(Path.of(plugins));
        StudyPlan plan = StudyPlan.of(scenario, controllers, scenarioFolder == null ? null : Path.of(scenarioFolder));
        StudyContext context = new StudyContext(plan.controllers(), plan.scenarioFolder(),
                controllerLogs == null ? null : Path.of(controllerLogs), plan.therapies());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return tasks.hasNext();
            }

            @Override
            public Row next() {
                if (!tasks.hasNext()) {
                    throw new NoSuchElementException();
                }
                Row task = tasks.next();
                int arm = task.getInt(0);
                int patient = task.getInt(1);
                int replicate = task.getInt(2);
                PatientSimulation.Result r = PatientSimulation.run(plan.scenario(), plan.scenario().arms().get(arm),
                        plan.patients().get(patient), replicate, context);
                return TaskRows.of(arm, patient, r);
            }
        };
    }
}
