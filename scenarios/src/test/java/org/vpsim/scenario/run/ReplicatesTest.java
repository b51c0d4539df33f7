package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.ReplicateColumn;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.Column;
import org.vpsim.results.columns.Table;
import org.vpsim.results.manifest.FileEntry;
import org.vpsim.results.parquet.ParquetRows;
import org.vpsim.results.parquet.RunWriter;
import org.vpsim.scenario.model.Cohort;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.model.ScenarioReader;

/**
 * Monte Carlo replicates ({@code cohort.replicates}): replicate 0 is the study as it ran before replicates
 * existed, every other replicate draws its own randomness, the arms of one replicate share theirs (common
 * random numbers), and the rows come out arm, patient, replicate whatever the thread count.
 */
class ReplicatesTest {

    @TempDir
    Path tmp;

    /**
     * The 2-day default study (30 patients, seed 1, {@code vpsim run default-study --days 2}) without the replicate
     * column: SHA-256 of every row's values in file order, one line per row ({@code column=value\t…},
     * {@code String.valueOf} of the catalogue's value), over every column but {@code replicate}. Recorded first
     * from main 96f6902's jar (before replicates existed; the replicates branch passed against it), then
     * re-recorded at the merge of this session's deliberate simulation changes: the exact UVA/Padova insulin
     * subsystem (low-digit differences, issue 15), the companion's level-3 rule (fewer companion events) and the
     * summary's new trial-endpoint and severe-event columns. If a deliberate change of the simulation moves these,
     * re-record them from that change's commit and say so in its message.
     */
    private static final Map<String, String> DEFAULT_STUDY_2_DAYS = Map.of(
            "timeseries", "bd416b244336c2204733977bdeeb175de096e02d1ccee8f23c3a6139d6d96cf9 rows=17280",
            "events", "5b0147323cb50f5d84b761a9eb95192c080de4db432c3df210b6f705ca58f278 rows=1144",
            "summary", "ef831a4938f0d6b74647d2370a8c1130a033de62b9398d15d61ad5ea97b1d8e2 rows=30");

    @Test
    void replicateZeroIsTheDefaultStudyAsItRanBeforeReplicates() throws Exception {
        Scenario s = new ScenarioLibrary().resolve("default-study").withDurationDays(2);
        Path out = run(s, tmp.resolve("default"), 2);
        Map<String, String> got = new LinkedHashMap<>();
        got.put("timeseries", rowHash(TimeseriesColumns.TABLE,
                ParquetRows.readTimeseries(out.resolve("timeseries/arm=pump-bolus-calculator/part-00000.parquet"))));
        got.put("events", rowHash(EventColumns.TABLE, ParquetRows.readEvents(out.resolve(RunWriter.EVENTS_FILE))));
        got.put("summary", rowHash(SummaryColumns.TABLE, ParquetRows.readSummary(out.resolve(RunWriter.SUMMARY_FILE))));
        assertEquals(DEFAULT_STUDY_2_DAYS, got);
    }

    /** Two arms × 2 patients × 3 replicates of a day, arms differing in therapy only. */
    private static Scenario small(int replicates) {
        Scenario s = new ScenarioLibrary().resolve("two-arm-correction").withDurationDays(1);
        return s.withCohort(new Cohort(List.of("adult#001", "child#002"), null, replicates));
    }

    @Test
    void replicateZeroOfAReplicatedStudyIsTheStudyWithoutReplicates() throws Exception {
        Path one = run(small(1), tmp.resolve("one"), 2);
        Path three = run(small(3), tmp.resolve("three"), 2);
        for (String arm : List.of("with-correction", "meal-bolus-only")) {
            List<TimeseriesRow> single = ParquetRows.readTimeseries(timeseries(one, arm));
            List<TimeseriesRow> zero = ParquetRows.readTimeseries(timeseries(three, arm)).stream()
                    .filter(r -> r.replicate() == 0).toList();
            assertEquals(single, zero, arm);
        }
        List<EventRow> events = ParquetRows.readEvents(three.resolve(RunWriter.EVENTS_FILE));
        assertEquals(ParquetRows.readEvents(one.resolve(RunWriter.EVENTS_FILE)),
                events.stream().filter(e -> e.replicate() == 0).toList());
        List<SummaryRow> summary = ParquetRows.readSummary(three.resolve(RunWriter.SUMMARY_FILE));
        assertEquals(ParquetRows.readSummary(one.resolve(RunWriter.SUMMARY_FILE)),
                summary.stream().filter(r -> r.replicate() == 0).toList());
        assertEquals(2 * 2 * 3, summary.size());
    }

    @Test
    void replicatesDrawTheirOwnMealsAndNoiseWhileArmsShareThemWithinAReplicate() throws Exception {
        Path out = run(small(3), tmp.resolve("crn"), 2);
        List<EventRow> events = ParquetRows.readEvents(out.resolve(RunWriter.EVENTS_FILE));
        // meals[arm][replicate] of adult#001: (time, carbs) of every MEAL event
        Map<String, List<String>> meals = new LinkedHashMap<>();
        for (EventRow e : events) {
            if (e.type().equals("MEAL") && e.patient().equals("adult#001")) {
                meals.computeIfAbsent(e.arm() + " " + e.replicate(), k -> new ArrayList<>())
                        .add(e.timeMillis() + ":" + e.carbsGrams());
            }
        }
        for (int r = 0; r < 3; r++) {
            assertFalse(meals.get("with-correction " + r).isEmpty());
            assertEquals(meals.get("with-correction " + r), meals.get("meal-bolus-only " + r), "common meals in replicate " + r);
        }
        assertNotEquals(meals.get("with-correction 0"), meals.get("with-correction 1"));
        assertNotEquals(meals.get("with-correction 1"), meals.get("with-correction 2"));
        // Sensor noise: the CGM error series (CGM − plasma) of one patient, per replicate.
        Map<Integer, List<Double>> cgmError = new LinkedHashMap<>();
        for (TimeseriesRow r : ParquetRows.readTimeseries(timeseries(out, "with-correction"))) {
            if (r.patient().equals("child#002") && r.cgmMgDl() != null) {
                cgmError.computeIfAbsent(r.replicate(), k -> new ArrayList<>()).add(r.cgmMgDl() - r.glucoseMgDl());
            }
        }
        assertEquals(3, cgmError.size());
        assertNotEquals(cgmError.get(0), cgmError.get(1));
        assertNotEquals(cgmError.get(0), cgmError.get(2));
    }

    @Test
    void rowsComeArmPatientReplicateAndTheFilesAreTheSameForAnyThreadCount() throws Exception {
        Path serial = run(small(3), tmp.resolve("t1"), 1);
        Path parallel = run(small(3), tmp.resolve("t3"), 3);
        assertEquals(checksums(serial), checksums(parallel));
        List<String> order = new ArrayList<>();
        for (SummaryRow r : ParquetRows.readSummary(serial.resolve(RunWriter.SUMMARY_FILE))) {
            order.add(r.arm() + " " + r.patient() + " " + r.replicate());
        }
        assertEquals(List.of( // the scenario's arm order: meal-bolus-only first
                "meal-bolus-only adult#001 0", "meal-bolus-only adult#001 1", "meal-bolus-only adult#001 2",
                "meal-bolus-only child#002 0", "meal-bolus-only child#002 1", "meal-bolus-only child#002 2",
                "with-correction adult#001 0", "with-correction adult#001 1", "with-correction adult#001 2",
                "with-correction child#002 0", "with-correction child#002 1", "with-correction child#002 2"), order);
        List<TimeseriesRow> rows = ParquetRows.readTimeseries(timeseries(serial, "meal-bolus-only"));
        assertEquals(2 * 3 * 288, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            TimeseriesRow a = rows.get(i - 1);
            TimeseriesRow b = rows.get(i);
            boolean same = a.patient().equals(b.patient()) && a.replicate() == b.replicate();
            assertTrue(same ? b.timeMillis() > a.timeMillis() : b.replicate() == (a.replicate() + 1) % 3,
                    "row " + i + " out of order");
        }
    }

    @Test
    void replicatesAreAFieldOfTheCohortWithLimitsAndLeftOutOfTheScenarioWhenOne() {
        ScenarioReader reader = new ScenarioReader();
        Scenario plain = new ScenarioLibrary().resolve("default-study");
        assertEquals(1, plain.cohort().replicates());
        assertFalse(reader.toJson(plain).contains("replicates"), "a study without replicates keeps its JSON and checksum");
        Scenario three = plain.withCohort(plain.cohort().withReplicates(3));
        assertEquals(3, reader.toJsonTree(three).get("cohort").get("replicates").asInt());
        assertEquals(three, reader.parse(reader.toJson(three)));
        assertEquals(30 * 3, StudyPlan.of(three).simulations());
        for (int bad : new int[] {0, -1, Cohort.MAX_REPLICATES + 1}) {
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) reader.toJsonTree(plain);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("cohort")).put("replicates", bad);
            String json = tree.toString();
            ScenarioException e = assertThrows(ScenarioException.class, () -> reader.parse(json));
            assertTrue(e.getMessage().contains("cohort.replicates"), e.getMessage());
        }
    }

    @Test
    void tasksEnumerateArmPatientReplicate() {
        StudyPlan plan = StudyPlan.of(small(3));
        assertEquals(12, plan.simulations());
        assertEquals(new StudyPlan.Task(0, 0, 0), plan.tasks().get(0));
        assertEquals(new StudyPlan.Task(0, 0, 2), plan.tasks().get(2));
        assertEquals(new StudyPlan.Task(0, 1, 0), plan.tasks().get(3));
        assertEquals(new StudyPlan.Task(1, 1, 2), plan.tasks().get(11));
        assertThrows(IndexOutOfBoundsException.class, () -> plan.tasks().get(12));
    }

    private Path run(Scenario s, Path out, int threads) throws Exception {
        StudyRunner.run(StudyPlan.of(s), new StudyRunner.Options(out, false, threads, List.of("test"), "test", null));
        return out;
    }

    private static Path timeseries(Path run, String arm) {
        return run.resolve("timeseries/arm=" + arm + "/part-00000.parquet");
    }

    private static Map<String, String> checksums(Path run) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (FileEntry f : org.vpsim.results.manifest.Manifests.read(run).files()) {
            out.put(f.path(), f.sha256());
        }
        return out;
    }

    /** See {@link #DEFAULT_STUDY_2_DAYS}. */
    private static <R> String rowHash(Table<R> table, List<R> rows) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        StringBuilder sb = new StringBuilder();
        for (R r : rows) {
            sb.setLength(0);
            for (Column<R> c : table.columns()) {
                if (!c.name().equals(ReplicateColumn.NAME)) {
                    sb.append(c.name()).append('=').append(String.valueOf(c.of(r))).append('\t');
                }
            }
            sb.append('\n');
            md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest()) + " rows=" + rows.size();
    }
}
