package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vpsim cohort generate}, {@code vpsim patients}, scenarios with {@code cohort.file}, Hovorka replay. */
class PopulationCommandsTest {
    @TempDir
    Path dir;

    private static RunCommandTest.Outcome vpsim(String... args) {
        return RunCommandTest.vpsim(args);
    }

    @Test
    void generatedPopulationIsReproducibleFromItsSeedAndCarriesProvenance() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        for (String sub : List.of("a", "b")) {
            RunCommandTest.Outcome r = vpsim("cohort", "generate", "--model", "hovorka-2004", "--size", "25",
                    "--seed", "9", "--output", dir.resolve(sub).resolve("pop.json").toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("25 hovorka-2004 patients"), r.out());
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(dir.resolve("a/pop.json").toFile());
        JsonNode b = json.readTree(dir.resolve("b/pop.json").toFile());
        assertEquals(a.get("patients"), b.get("patients"));
        assertEquals("hovorka-2004", a.get("model").asText());
        JsonNode first = a.get("patients").get(0);
        assertEquals(9, first.get("provenance").get("seed").asLong());
        assertEquals(0, first.get("provenance").get("index").asInt());
        assertTrue(first.get("provenance").get("attempts").asInt() >= 1);
        // An existing file is not replaced without --overwrite.
        RunCommandTest.Outcome again = vpsim("cohort", "generate", "--model", "hovorka-2004", "--size", "5",
                "--seed", "1", "--output", dir.resolve("a/pop.json").toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void generateRefusesBadArgumentsWithExitTwo() {
        RunCommandTest.Outcome unknown = vpsim("cohort", "generate", "--model", "sorensen", "--size", "5", "--seed",
                "1", "--output", dir.resolve("x.json").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("sorensen"), unknown.err());
        RunCommandTest.Outcome size = vpsim("cohort", "generate", "--model", "hovorka-2004", "--size", "0", "--seed",
                "1", "--output", dir.resolve("x.json").toString());
        assertEquals(2, size.exit());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void patientsListsBuiltInAndFilePatientsWithTheirSettings() throws Exception {
        RunCommandTest.Outcome all = vpsim("patients");
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("adult#001") && all.out().contains("hovorka-2004")
                && all.out().contains("bergman-minimal"), all.out());
        RunCommandTest.Outcome hov = vpsim("patients", "--model", "hovorka-2004");
        assertTrue(hov.out().contains("nominal") && hov.out().contains("0.420"), hov.out());
        Path pop = dir.resolve("uva.json");
        assertEquals(0, vpsim("cohort", "generate", "--model", "uva-padova-2008", "--size", "6", "--seed", "2",
                "--output", pop.toString()).exit());
        RunCommandTest.Outcome file = vpsim("patients", "--file", pop.toString());
        assertEquals(0, file.exit(), file.err());
        assertTrue(file.out().contains("adolescent#v00001") && file.out().contains("child#v00006"), file.out());
        RunCommandTest.Outcome missing = vpsim("patients", "--file", dir.resolve("none.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void aScenarioRunsOnAGeneratedPopulationNamedRelativeToTheScenarioFile() throws Exception {
        Path studyDir = dir.resolve("study");
        Files.createDirectories(studyDir);
        assertEquals(0, vpsim("cohort", "generate", "--model", "hovorka-2004", "--size", "4", "--seed", "5",
                "--output", studyDir.resolve("pop.json").toString()).exit());
        String scenario = """
                {"name": "hovorka-population", "durationDays": 1, "seed": 3, "model": "hovorka-2004",
                 "cohort": {"file": "pop.json"},
                 "meals": {"fixed": [{"time": "07:00", "carbsGrams": 50}, {"time": "12:00", "carbsGrams": 70}]},
                 "arms": [{"name": "pump", "pump": {}, "cgm": {"sampleIntervalMinutes": 5, "noise": true},
                           "controller": {"type": "bolus-calculator", "settings": {"targetMgDl": 110}}}]}""";
        Path file = studyDir.resolve("scenario.json");
        Files.writeString(file, scenario);
        Path out = dir.resolve("run");
        RunCommandTest.Outcome r = vpsim("run", file.toString(), "--output", out.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), min(mean_glucose_mg_dl), max(mean_glucose_mg_dl) FROM '"
                     + out.resolve("summary.parquet") + "'")) {
            rs.next();
            assertEquals(4, rs.getLong(1));
            assertTrue(rs.getDouble(2) > 40 && rs.getDouble(3) < 300, rs.getDouble(2) + " " + rs.getDouble(3));
        }
        // The same file under the wrong model is refused, naming the field.
        Files.writeString(file, scenario.replace("\"model\": \"hovorka-2004\"", "\"model\": \"uva-padova-2008\""));
        RunCommandTest.Outcome wrong = vpsim("validate", file.toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("cohort.file") && wrong.err().contains("hovorka-2004"), wrong.err());
    }

    @Test
    void bergmanPopulationRunsWithExerciseAndOtherModelsRefuseExercise() throws Exception {
        Path studyDir = dir.resolve("bergman");
        Files.createDirectories(studyDir);
        RunCommandTest.Outcome gen = vpsim("cohort", "generate", "--model", "bergman-minimal", "--size", "3", "--seed", "4",
                "--output", studyDir.resolve("pop.json").toString());
        assertEquals(0, gen.exit(), gen.err());
        String scenario = """
                {"name": "bergman-exercise", "durationDays": 1, "seed": 3, "model": "bergman-minimal",
                 "cohort": {"file": "pop.json"},
                 "meals": {"fixed": [{"time": "07:00", "carbsGrams": 50}]},
                 "exercise": [{"time": "15:00", "durationMinutes": 45, "intensityPercentVo2max": 60}],
                 "arms": [{"name": "pump", "pump": {}, "cgm": {"sampleIntervalMinutes": 5, "noise": true}}]}""";
        Path file = studyDir.resolve("scenario.json");
        Files.writeString(file, scenario);
        Path out = dir.resolve("bergman-run");
        RunCommandTest.Outcome r = vpsim("run", file.toString(), "--output", out.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE type = 'EXERCISE_START'),"
                     + " count(*) FILTER (WHERE type = 'EXERCISE_END') FROM '" + out.resolve("events.parquet") + "'")) {
            rs.next();
            assertEquals(3, rs.getLong(1));
            assertEquals(3, rs.getLong(2));
        }
        // Models that do not represent exercise refuse the field, naming it, with exit 2 and nothing run.
        for (String model : new String[] {"hovorka-2004", "uva-padova-2008"}) {
            Files.writeString(file, scenario.replace("\"model\": \"bergman-minimal\"", "\"model\": \"" + model + "\"")
                    .replace("\"cohort\": {\"file\": \"pop.json\"}", "\"cohort\": {\"patients\": [\""
                            + (model.startsWith("hovorka") ? "nominal" : "adult#001") + "\"]}"));
            RunCommandTest.Outcome refused = vpsim("run", file.toString(), "--output", dir.resolve("x-" + model).toString(),
                    "--no-progress");
            assertEquals(2, refused.exit(), model + ": " + refused.err());
            assertTrue(refused.err().contains("exercise") && refused.err().contains("does not represent exercise")
                    && !refused.err().contains("Exception"), refused.err());
            assertFalse(Files.exists(dir.resolve("x-" + model).resolve("summary.parquet")));
        }
        // Two sessions overlapping on a shared day are refused.
        Files.writeString(file, scenario.replace("\"exercise\": [", "\"exercise\": [{\"time\": \"15:30\","
                + " \"durationMinutes\": 30, \"intensityPercentVo2max\": 40, \"days\": [1]}, "));
        RunCommandTest.Outcome overlap = vpsim("validate", file.toString());
        assertEquals(2, overlap.exit());
        assertTrue(overlap.err().contains("exercise[1].time"), overlap.err());
    }

    @Test
    void hovorkaReplayHoldsTheSteadyStateAndReproducesTheGutClosedForm() throws Exception {
        // Minute 0: 50 g over [0, 1) on top of the nominal basal; then basal only. For a 1-min pulse the gut
        // appearance is UG(t) = D·AG/τ²·∫_{t−1}^{t} u·e^(−u/τ) du, the impulse closed form smeared over the minute.
        double basal = 0.42023067987711843 / 60;
        StringBuilder in = new StringBuilder("minute,cho_g_per_min,insulin_u_per_min\n");
        for (int t = 0; t < 600; t++) {
            in.append(t).append(',').append(t == 0 ? 50 : 0).append(',').append(basal).append('\n');
        }
        Path inputs = dir.resolve("in.csv");
        Files.writeString(inputs, in);
        Path out = dir.resolve("out.csv");
        RunCommandTest.Outcome r = vpsim("replay", "--model", "hovorka-2004", "--patient", "nominal",
                "--inputs", inputs.toString(), "--output", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("minute,bg_plasma_mg_dl,gsub_mg_dl,x0,x1,x2,x3,x4,x5,x6,x7,x8,x9,x10", lines.get(0));
        assertEquals(100.0, Double.parseDouble(lines.get(1).split(",")[1]), 1e-12);
        double tau = 40;
        double dMmol = 50 * 1000 / 180.16;
        for (int t = 1; t <= 600; t++) {
            double d2 = Double.parseDouble(lines.get(t + 1).split(",")[3 + 9]);
            double expected = dMmol * 0.8 / (tau * tau) * (antiderivative(t, tau) - antiderivative(t - 1, tau));
            assertEquals(expected, d2 / tau, 1e-5 * dMmol * 0.8 / tau, "minute " + t);
        }
        double peakGlucose = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).max().orElseThrow();
        assertNotEquals(100.0, peakGlucose);
    }

    /** ∫ u·e^(−u/τ) du = −τ·e^(−u/τ)·(u + τ). */
    private static double antiderivative(double u, double tau) {
        return -tau * Math.exp(-u / tau) * (u + tau);
    }
}
