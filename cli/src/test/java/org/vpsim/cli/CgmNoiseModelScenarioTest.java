package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arm's {@code cgm.noiseModel} selects the sensor error model. */
class CgmNoiseModelScenarioTest {
    @TempDir
    Path dir;

    private static final String SCENARIO = """
            {"name": "sensors", "durationDays": 1, "seed": 4, "model": "hovorka-2004",
             "cohort": {"patients": ["nominal"]},
             "meals": {"fixed": [{"time": "07:00", "carbsGrams": 50}]},
             "person": {"enabled": false},
             "arms": [{"name": "breton", "pump": {}, "cgm": {"noise": true},
                       "controller": {"type": "basal-only"}},
                      {"name": "vettoretti", "pump": {}, "cgm": {"noise": true, "noiseModel": "%s"},
                       "controller": {"type": "basal-only"}}]}""";

    @Test
    void vettorettiArmReadsTheSameGlucoseWithAnotherErrorModel() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, SCENARIO.formatted("vettoretti-2019"));
        Path out = dir.resolve("run");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", file.toString(), "--output", out.toString(),
                "--no-progress");
        assertEquals(0, r.exit(), r.err());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT b.glucose_mg_dl = v.glucose_mg_dl, avg(abs(b.cgm_mg_dl - v.cgm_mg_dl)) "
                     + "FROM '" + out.resolve("timeseries") + "/arm=breton/*.parquet' b JOIN '" + out.resolve("timeseries")
                     + "/arm=vettoretti/*.parquet' v USING (patient, time) GROUP BY 1")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean(1), "basal-only arms see the same plasma glucose");
            assertTrue(rs.getDouble(2) > 0.5, "the sensors differ: " + rs.getDouble(2));
        }
    }

    @Test
    void anUnknownNoiseModelIsRefusedWithItsPath() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, SCENARIO.formatted("g7"));
        RunCommandTest.Outcome r = RunCommandTest.vpsim("validate", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("arms[1].cgm.noiseModel") && r.err().contains("vettoretti-2019"), r.err());
    }
}
