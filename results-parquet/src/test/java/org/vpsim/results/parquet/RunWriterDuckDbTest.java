package org.vpsim.results.parquet;

import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.SummaryRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a written run back with DuckDB, an independent Parquet implementation, using plain globs and
 * no reader options — the way a researcher would.
 */
class RunWriterDuckDbTest {

    @TempDir
    static Path dir;
    private static Connection duck;

    @BeforeAll
    static void writeRunAndConnect() throws Exception {
        SampleRuns.writeCompleteRun(dir);
        duck = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void disconnect() throws SQLException {
        duck.close();
    }

    private static String path(String relative) {
        return dir.resolve(relative).toString().replace('\\', '/');
    }

    private static Map<String, String> describe(String source) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                columns.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return columns;
    }

    private static long count(String sql) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void timeseriesColumnsHaveUnitNamesAndTypesWithArmFromTheHivePath() throws SQLException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("patient", "VARCHAR");
        expected.put("time", "TIMESTAMP WITH TIME ZONE");
        for (String c : List.of("glucose_mg_dl", "cgm_mg_dl", "insulin_delivered_u", "basal_u_per_h", "bolus_u",
                "carbs_g", "iob_u", "reservoir_u")) {
            expected.put(c, "DOUBLE");
        }
        expected.put("pump_status", "VARCHAR");
        expected.put("replicate", "INTEGER");
        expected.put("arm", "VARCHAR");
        assertEquals(expected, describe("read_parquet('" + path("timeseries/*/*.parquet") + "')"));
        // The bare glob (DuckDB's replacement scan) sees the same table.
        assertEquals(expected, describe("'" + path("timeseries/*/*.parquet") + "'"));
    }

    @Test
    void timeseriesRowCountsPerArmAndPatient() throws SQLException {
        String src = "'" + path("timeseries/*/*.parquet") + "'";
        assertEquals(2L * 3 * SampleRuns.ROWS_PER_PATIENT, count("SELECT count(*) FROM " + src));
        for (String arm : SampleRuns.ARMS) {
            for (String patient : SampleRuns.PATIENTS) {
                assertEquals(SampleRuns.ROWS_PER_PATIENT, count("SELECT count(*) FROM " + src
                        + " WHERE arm = '" + arm + "' AND patient = '" + patient + "'"));
            }
        }
    }

    @Test
    void timeseriesValuesRoundTripIncludingNullCgm() throws SQLException {
        String arm = "open_loop";
        String patient = "child#003";
        List<TimeseriesRow> expected = SampleRuns.timeseries(arm, patient);
        String sql = "SELECT patient, epoch_ms(time) AS t, time, glucose_mg_dl, cgm_mg_dl, insulin_delivered_u,"
                + " basal_u_per_h, bolus_u, carbs_g, iob_u, reservoir_u, pump_status"
                + " FROM '" + path("timeseries/*/*.parquet") + "' WHERE arm = '" + arm + "' AND patient = '"
                + patient + "' ORDER BY time";
        int i = 0;
        int nulls = 0;
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                TimeseriesRow e = expected.get(i++);
                assertEquals(e.patient(), rs.getString("patient"));
                assertEquals(e.timeMillis(), rs.getLong("t"));
                // The instant is UTC: 2024-06-01T00:00Z for the first row.
                OffsetDateTime time = rs.getObject("time", OffsetDateTime.class);
                assertEquals(e.timeMillis(), time.toInstant().toEpochMilli());
                assertEquals(e.glucoseMgDl(), rs.getDouble("glucose_mg_dl"), 0.0);
                double cgm = rs.getDouble("cgm_mg_dl");
                if (e.cgmMgDl() == null) {
                    assertTrue(rs.wasNull(), "cgm null at row " + i);
                    nulls++;
                } else {
                    assertFalse(rs.wasNull());
                    assertEquals(e.cgmMgDl(), cgm, 0.0);
                }
                assertEquals(e.insulinDeliveredUnits(), rs.getDouble("insulin_delivered_u"), 0.0);
                assertEquals(e.basalUnitsPerHour(), rs.getDouble("basal_u_per_h"), 0.0);
                assertEquals(e.bolusUnits(), rs.getDouble("bolus_u"), 0.0);
                assertEquals(e.carbsGrams(), rs.getDouble("carbs_g"), 0.0);
                assertEquals(e.iobUnits(), rs.getDouble("iob_u"), 0.0);
                assertEquals(e.reservoirUnits(), rs.getDouble("reservoir_u"), 0.0);
                assertEquals(e.pumpStatus(), rs.getString("pump_status"));
            }
        }
        assertEquals(expected.size(), i);
        assertEquals(expected.stream().filter(r -> r.cgmMgDl() == null).count(), nulls);
        assertTrue(nulls > 0, "the sample has missing CGM readings");
        assertEquals(2L * 3 * expected.stream().filter(r -> r.cgmMgDl() == null).count(),
                count("SELECT count(*) FROM '" + path("timeseries/*/*.parquet") + "' WHERE cgm_mg_dl IS NULL"));
    }

    @Test
    void firstTimestampIsTheUtcInstantWritten() throws SQLException {
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT strftime(min(time) AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S')"
                     + " FROM '" + path("timeseries/*/*.parquet") + "'")) {
            rs.next();
            assertEquals("2024-06-01T00:00:00", rs.getString(1));
        }
    }

    @Test
    void eventsHaveArmColumnTypesAndNullableFields() throws SQLException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("arm", "VARCHAR");
        expected.put("patient", "VARCHAR");
        expected.put("time", "TIMESTAMP WITH TIME ZONE");
        expected.put("type", "VARCHAR");
        expected.put("detail", "VARCHAR");
        expected.put("requested_u", "DOUBLE");
        expected.put("delivered_u", "DOUBLE");
        expected.put("carbs_g", "DOUBLE");
        expected.put("replicate", "INTEGER");
        String src = "'" + path("events.parquet") + "'";
        assertEquals(expected, describe(src));
        long perPatient = SampleRuns.events("closed-loop", "adult#001").size();
        assertEquals(2 * 3 * perPatient, count("SELECT count(*) FROM " + src));
        assertEquals(2 * 3 * 5, count("SELECT count(*) FROM " + src + " WHERE type = 'MEAL' AND detail IS NULL"
                + " AND requested_u IS NULL AND carbs_g IS NOT NULL"));
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT requested_u, delivered_u, carbs_g FROM " + src
                     + " WHERE type = 'BOLUS' AND arm = 'open_loop' AND patient = 'adult#002' ORDER BY time LIMIT 1")) {
            rs.next();
            assertEquals(4.5, rs.getDouble(1), 0.0);
            assertEquals(4.475, rs.getDouble(2), 0.0);
            rs.getDouble(3);
            assertTrue(rs.wasNull());
        }
    }

    @Test
    void summaryHasOneRowPerPatientAndArmWithTheMetrics() throws SQLException {
        String src = "'" + path("summary.parquet") + "'";
        Map<String, String> columns = describe(src);
        // The original 21 columns keep their positions; later ones are appended.
        assertEquals(List.of("arm", "patient", "days", "readings", "mean_glucose_mg_dl", "sd_glucose_mg_dl",
                "cv_pct", "gmi_pct", "tir_70_180_pct", "tbr_below_70_pct", "tbr_below_54_pct", "tar_above_180_pct",
                "tar_above_250_pct", "lbgi", "hbgi", "gri", "cgm_tir_70_180_pct", "total_insulin_u",
                "total_basal_u", "total_bolus_u", "total_carbs_g"), List.copyOf(columns.keySet()).subList(0, 21));
        assertEquals(Schemas.SUMMARY.getFieldCount(), columns.size());
        assertEquals("VARCHAR", columns.get("cvga_zone"));
        assertEquals("BIGINT", columns.get("hypo_events_below_54"));
        assertEquals("BIGINT", columns.get("readings"));
        assertEquals("DOUBLE", columns.get("tir_70_180_pct"));
        assertEquals(6, count("SELECT count(*) FROM " + src));
        assertEquals(6, count("SELECT count(DISTINCT (arm, patient)) FROM " + src));
        SummaryRow expected = SampleRuns.summary("closed-loop", "adult#002");
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + src
                     + " WHERE arm = 'closed-loop' AND patient = 'adult#002'")) {
            rs.next();
            assertEquals(SampleRuns.ROWS_PER_PATIENT, rs.getLong("readings"));
            assertEquals(expected.glucose().meanMgDl(), rs.getDouble("mean_glucose_mg_dl"), 0.0);
            assertEquals(expected.glucose().tir70To180Pct(), rs.getDouble("tir_70_180_pct"), 0.0);
            assertEquals(expected.glucose().lbgi(), rs.getDouble("lbgi"), 0.0);
            assertEquals(expected.cgmTir70To180Pct(), rs.getDouble("cgm_tir_70_180_pct"), 0.0);
            assertEquals(expected.totalBolusUnits(), rs.getDouble("total_bolus_u"), 0.0);
            assertEquals(expected.days(), rs.getDouble("days"), 0.0);
            assertEquals(expected.glucose().titr70To140Pct(), rs.getDouble("titr_70_140_pct"), 0.0);
            assertEquals(expected.plasma().cvgaZone().label(), rs.getString("cvga_zone"));
            assertEquals(expected.plasma().hypoEventsBelow54().longValue(), rs.getLong("hypo_events_below_54"));
            assertEquals(expected.cgm().metrics().meanMgDl(), rs.getDouble("cgm_mean_glucose_mg_dl"), 0.0);
            assertEquals(expected.totalDailyDoseUnits(), rs.getDouble("total_daily_dose_u"), 0.0);
            rs.getDouble("rescue_carbs_g");
            assertTrue(rs.wasNull(), "no rescue treatment recorded: null");
        }
    }

    @Test
    void summaryMeanAgreesWithDuckDbAggregateOverTheTimeseries() throws SQLException {
        // The streaming accumulator against DuckDB's own avg/stddev_samp over the same rows.
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.arm, t.patient, avg(glucose_mg_dl), stddev_samp(glucose_mg_dl),"
                     + " 100.0 * avg(CASE WHEN glucose_mg_dl BETWEEN 70 AND 180 THEN 1 ELSE 0 END),"
                     + " any_value(s.mean_glucose_mg_dl), any_value(s.sd_glucose_mg_dl), any_value(s.tir_70_180_pct)"
                     + " FROM '" + path("timeseries/*/*.parquet") + "' t JOIN '" + path("summary.parquet")
                     + "' s USING (arm, patient) GROUP BY t.arm, t.patient")) {
            int groups = 0;
            while (rs.next()) {
                groups++;
                assertEquals(rs.getDouble(3), rs.getDouble(6), 1e-9);
                assertEquals(rs.getDouble(4), rs.getDouble(7), 1e-9);
                assertEquals(rs.getDouble(5), rs.getDouble(8), 1e-9);
            }
            assertEquals(6, groups);
        }
    }

    @Test
    void footersHoldOnlyTheFixedCreatedByAndSchemaKeyAndAreZstdCompressed() throws SQLException {
        for (String f : List.of("events.parquet", "summary.parquet", "timeseries/arm=open_loop/part-00000.parquet")) {
            String file = "'" + path(f) + "'";
            try (Statement s = duck.createStatement();
                 ResultSet rs = s.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata(" + file + ")")) {
                assertTrue(rs.next(), f);
                assertEquals("vpsim.schema", rs.getString(1));
                assertFalse(rs.next(), f + " has exactly one key-value entry");
            }
            try (Statement s = duck.createStatement();
                 ResultSet rs = s.executeQuery("SELECT created_by FROM parquet_file_metadata(" + file + ")")) {
                rs.next();
                assertTrue(rs.getString(1).startsWith("parquet-mr version 1.17.1"), rs.getString(1));
            }
            assertEquals(0, count("SELECT count(*) FROM parquet_metadata(" + file + ") WHERE compression <> 'ZSTD'"), f);
        }
    }

    @Test
    void stringsAreDictionaryEncodedAndNumbersPlainWithNoEncodingOutsidePlainDictionaryAndRle()
            throws SQLException {
        for (String f : List.of("events.parquet", "summary.parquet", "timeseries/*/*.parquet")) {
            String meta = "parquet_metadata('" + path(f) + "')";
            // Only encodings every common reader (DuckDB, pyarrow, Spark) handles.
            assertEquals(0, count("SELECT count(*) FROM (SELECT unnest(string_split(encodings, ', ')) AS e FROM "
                    + meta + ") WHERE e NOT IN ('PLAIN', 'PLAIN_DICTIONARY', 'RLE_DICTIONARY', 'RLE', 'BIT_PACKED')"), f);
            assertEquals(0, count("SELECT count(*) FROM " + meta + " WHERE type = 'BYTE_ARRAY'"
                    + " AND encodings NOT LIKE '%DICTIONARY%'"), f + ": strings use a dictionary");
            assertEquals(0, count("SELECT count(*) FROM " + meta + " WHERE type IN ('DOUBLE', 'INT64')"
                    + " AND encodings LIKE '%DICTIONARY%'"), f + ": numbers are PLAIN");
        }
    }

    @Test
    void noTemporaryFilesRemainAfterCommit() throws Exception {
        try (var walk = java.nio.file.Files.walk(dir)) {
            assertNull(walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).findAny().orElse(null));
        }
    }
}
