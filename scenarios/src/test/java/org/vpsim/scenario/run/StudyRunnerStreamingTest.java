package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.Observation;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.results.RunDirectory;
import org.vpsim.scenario.model.Cohort;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.model.ScenarioReader;

/**
 * Rows stream from the simulations through bounded per-task spools into the writer: whether a task's rows
 * stay in memory or go through its spool file, and on any thread count, the files are the same bytes.
 */
class StudyRunnerStreamingTest {

    private static StudyRunner.Options options(Path dir, int threads) {
        return new StudyRunner.Options(dir, false, threads, List.of(), null, null);
    }

    @Test
    void rowsThroughSpoolFilesGiveTheSameBytesAsRowsHeldInMemoryOnAnyThreadCount(@TempDir Path dir) throws IOException {
        // The occlusion study (faults, alarms, set changes: many event kinds), two patients, a day and a half.
        Scenario s = new ScenarioLibrary().load("occlusion").withDurationDays(1.5)
                .withCohort(new Cohort(List.of("adult#001", "child#001")));
        StudyPlan plan = StudyPlan.of(s);
        Path inMemory = dir.resolve("in-memory");
        Path spilled = dir.resolve("spilled");
        StudyRunner.run(plan, options(inMemory, 1), Integer.MAX_VALUE); // every row held, as before streaming
        StudyRunner.Outcome out = StudyRunner.run(plan, options(spilled, 2), 5); // nearly every row through a file
        List<Path> files = dataFiles(inMemory);
        assertEquals(files, dataFiles(spilled));
        assertTrue(files.size() >= 3, files.toString());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(inMemory.resolve(f)), Files.readAllBytes(spilled.resolve(f)), f.toString());
        }
        assertEquals(2L * 432 * s.arms().size(), out.manifest().rowCounts().timeseriesTotal());
        assertFalse(Files.exists(spilled.resolve(RunDirectory.SPOOL_DIR)), "the spool folder is deleted on commit");
    }

    /** Fails at minute 600 for one patient: by then its first rows went through its spool file. */
    private static final class FailingProvider implements ControllerProvider {
        @Override
        public String id() {
            return "fails-at-600";
        }

        @Override
        public String description() {
            return "test controller that throws at minute 600 for adult#002";
        }

        @Override
        public List<SettingsProblem> validate(Settings settings) {
            return List.of();
        }

        @Override
        public Controller create(Settings settings) {
            return new Controller() {
                String patient;

                @Override
                public void start(org.vpsim.controller.ControllerStart s) {
                    patient = s.patient();
                }

                @Override
                public Command decide(Observation o) {
                    if (patient.equals("adult#002") && o.minute() == 600) {
                        throw new IllegalStateException("my algorithm gave up");
                    }
                    return Command.none();
                }
            };
        }
    }

    @Test
    void aFailedPatientLeavesItsEventsButNoRowsEvenWhenItsRowsWereSpilled(@TempDir Path dir) throws IOException {
        ScenarioReader reader = new ScenarioReader();
        String json = reader.toJson(new ScenarioLibrary().load("reference-day"))
                .replaceAll("\"controller\" : \\{[^}]*\\{[^}]*\\}[^}]*\\}", "\"controller\" : { \"type\" : \"fails-at-600\" }")
                .replaceAll("\"patients\" : \\[[^\\]]*\\]", "\"patients\" : [\"adult#001\", \"adult#002\", \"adult#003\"]");
        Scenario s = reader.parse(json);
        StudyPlan plan = StudyPlan.of(s, ControllerRegistry.of(List.of(new FailingProvider())), null);
        Path run = dir.resolve("run");
        StudyRunner.Outcome out = StudyRunner.run(plan, options(run, 2), 7);
        assertEquals(1, out.manifest().failures().size());
        assertEquals(600.0, out.manifest().failures().get(0).minute());
        assertEquals(2L * 288, out.manifest().rowCounts().timeseriesTotal(), "the failed patient's 120 rows are not written");
        List<String> patientsWithRows = new ArrayList<>();
        org.vpsim.results.parquet.ParquetRows.forEachTimeseries(RunDirectory.timeseriesFile(run, s.arms().get(0).name()),
                r -> {
                    if (!patientsWithRows.contains(r.patient())) {
                        patientsWithRows.add(r.patient());
                    }
                });
        assertEquals(List.of("adult#001", "adult#003"), patientsWithRows);
        var events = org.vpsim.results.parquet.ParquetRows.readEvents(RunDirectory.eventsFile(run)).stream()
                .filter(e -> e.patient().equals("adult#002")).toList();
        assertTrue(events.size() > 1, "its events up to the failure are in the run");
        assertEquals("CONTROLLER_FAILURE", events.get(events.size() - 1).type());
        assertFalse(Files.exists(run.resolve(RunDirectory.SPOOL_DIR)));
    }

    private static List<Path> dataFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".parquet")).map(root::relativize).sorted().toList();
        }
    }
}
