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

/** The built-in pump-vs-mdi comparison from the command line: pump columns null on the pen arm, injections as events. */
class PumpVsMdiStudyTest {
    @TempDir
    Path dir;

    @Test
    void pumpAndPenArmsRunAndThePenArmHasNoPumpColumns() throws Exception {
        Path out = dir.resolve("run");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", "pump-vs-mdi", "--days", "2", "--patients",
                "adult#003,child#002", "--output", out.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("mdi") && r.out().contains("pump"), r.out());
        String ts = out.resolve("timeseries").toString();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(reservoir_u), count(pump_status) FROM '" + ts
                    + "/arm=mdi/*.parquet'")) {
                assertTrue(rs.next());
                assertEquals(2 * 576, rs.getLong(1));
                assertEquals(0, rs.getLong(2), "reservoir_u is null on pens");
                assertEquals(0, rs.getLong(3), "pump_status is null on pens");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(reservoir_u), count(pump_status) FROM '" + ts
                    + "/arm=pump/*.parquet'")) {
                assertTrue(rs.next());
                assertEquals(2 * 576, rs.getLong(1));
                assertEquals(2 * 576, rs.getLong(2));
            }
            // The summary's basal and bolus on the pen arm are the injected units of PEN_BASAL and PEN_RAPID.
            try (ResultSet rs = st.executeQuery("SELECT s.patient, s.total_basal_u, s.total_bolus_u, "
                    + "(SELECT sum(delivered_u) FROM '" + out.resolve("events.parquet") + "' e WHERE e.arm = 'mdi' "
                    + "AND e.patient = s.patient AND e.type = 'PEN_BASAL'), "
                    + "(SELECT sum(delivered_u) FROM '" + out.resolve("events.parquet") + "' e WHERE e.arm = 'mdi' "
                    + "AND e.patient = s.patient AND e.type = 'PEN_RAPID') "
                    + "FROM '" + out.resolve("summary.parquet") + "' s WHERE s.arm = 'mdi'")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    assertEquals(rs.getDouble(4), rs.getDouble(2), 1e-9, rs.getString(1));
                    assertEquals(rs.getDouble(5), rs.getDouble(3), 1e-9, rs.getString(1));
                    assertTrue(rs.getDouble(2) > 0 && rs.getDouble(3) > 0);
                }
                assertEquals(2, n);
            }
        }
    }
}
