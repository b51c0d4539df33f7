package org.vpsim.results.parquet;

import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.EventRow;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.SummaryBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RunInfo;
import org.vpsim.results.manifest.Sha256;

/** A small deterministic run: 2 arms × 3 patients × 300 rows at 5 min, CGM missing on some rows. */
public final class SampleRuns {

    static final List<String> ARMS = List.of("closed-loop", "open_loop");
    static final List<String> PATIENTS = List.of("adult#001", "adult#002", "child#003");
    static final int ROWS_PER_PATIENT = 300;
    static final long START_MILLIS = 1_717_200_000_000L; // 2024-06-01T00:00:00Z
    static final long STEP_MILLIS = 5 * 60_000L;

    private SampleRuns() {
    }

    static List<TimeseriesRow> timeseries(String arm, String patient) {
        int a = ARMS.indexOf(arm);
        int p = PATIENTS.indexOf(patient);
        List<TimeseriesRow> rows = new ArrayList<>();
        double reservoir = 200;
        for (int i = 0; i < ROWS_PER_PATIENT; i++) {
            double glucose = 130 + 70 * Math.sin(i / 20.0 + p) - 15 * a + (i % 11) * 0.37;
            Double cgm = (i % 13 == 5) ? null : glucose + ((i % 5) - 2) * 1.5;
            double bolus = (i % 60 == 10) ? 4.5 + p : 0.0;
            double delivered = 0.9 / 12 + bolus;
            reservoir -= delivered;
            rows.add(new TimeseriesRow(patient, START_MILLIS + i * STEP_MILLIS, glucose, cgm, delivered,
                    0.9 + 0.05 * a, bolus, (i % 60 == 10) ? 45 + 5 * p : 0.0, 1.5 + 0.01 * i - 0.2 * p,
                    reservoir, i % 97 == 50 ? "SUSPENDED" : "RUNNING"));
        }
        return rows;
    }

    static List<EventRow> events(String arm, String patient) {
        List<EventRow> rows = new ArrayList<>();
        for (int i = 10; i < ROWS_PER_PATIENT; i += 60) {
            long t = START_MILLIS + i * STEP_MILLIS;
            rows.add(new EventRow(arm, patient, t, "MEAL", null, null, null, 45.0 + 5 * PATIENTS.indexOf(patient)));
            rows.add(new EventRow(arm, patient, t + 1000, "BOLUS", "normal", 4.5, 4.475, null));
        }
        rows.add(new EventRow(arm, patient, START_MILLIS + 50 * STEP_MILLIS, "ALARM", "LOW_RESERVOIR",
                null, null, null));
        return rows;
    }

    static SummaryRow summary(String arm, String patient) {
        SummaryBuilder b = new SummaryBuilder(arm, patient);
        for (TimeseriesRow r : timeseries(arm, patient)) {
            b.addGlucose(r).addInsulinDelivered(r.insulinDeliveredUnits()).addBolus(r.bolusUnits())
                    .addBasal(r.insulinDeliveredUnits() - r.bolusUnits()).addCarbs(r.carbsGrams());
        }
        return b.build(ROWS_PER_PATIENT * STEP_MILLIS / 86_400_000.0);
    }

    /** Writes the whole sample in the order a cohort runner would: per arm, per patient. */
    static void writeRows(RunWriter out) throws IOException {
        for (String arm : ARMS) {
            for (String patient : PATIENTS) {
                for (TimeseriesRow r : timeseries(arm, patient)) {
                    out.writeTimeseries(arm, r);
                }
                for (EventRow e : events(arm, patient)) {
                    out.writeEvent(e);
                }
                out.writeSummary(summary(arm, patient));
            }
        }
    }

    static RunInfo info() throws IOException {
        JsonNode scenario = Manifests.parseJson(
                "{\"name\":\"sample\",\"durationDays\":1.04,\"seed\":42,\"arms\":[\"closed-loop\",\"open_loop\"]}");
        return new RunInfo("0.1.0-SNAPSHOT", "sample", scenario, 42L, "uva-padova-2008",
                Sha256.of("params".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                List.of("vpsim", "run", "sample.json", "--out", "out"), 2);
    }

    public static void writeCompleteRun(Path dir) throws IOException {
        try (RunWriter out = RunWriter.open(dir, false)) {
            writeRows(out);
            out.commit(info());
        }
    }
}
