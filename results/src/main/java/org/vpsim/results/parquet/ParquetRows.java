package org.vpsim.results.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.InvalidRecordException;
import org.apache.parquet.io.LocalInputFile;
import org.vpsim.results.EventRow;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.metrics.GlucoseMetrics;
import org.vpsim.results.metrics.GlucoseOutcome;

/**
 * Reads result files back into records (for tools such as {@code compare}, and tests). Uses the
 * example {@code Group} API: simple, and independent of the write path's {@code WriteSupport}s.
 * The {@code forEach…} methods stream; the {@code read…} methods collect into a list.
 */
public final class ParquetRows {

    private ParquetRows() {
    }

    public static void forEachTimeseries(Path file, Consumer<TimeseriesRow> action) throws IOException {
        forEach(file, ParquetRows::toTimeseries, action);
    }

    public static void forEachEvent(Path file, Consumer<EventRow> action) throws IOException {
        forEach(file, ParquetRows::toEvent, action);
    }

    public static void forEachSummary(Path file, Consumer<SummaryRow> action) throws IOException {
        forEach(file, ParquetRows::toSummary, action);
    }

    public static List<TimeseriesRow> readTimeseries(Path file) throws IOException {
        List<TimeseriesRow> rows = new ArrayList<>();
        forEachTimeseries(file, rows::add);
        return rows;
    }

    public static List<EventRow> readEvents(Path file) throws IOException {
        List<EventRow> rows = new ArrayList<>();
        forEachEvent(file, rows::add);
        return rows;
    }

    public static List<SummaryRow> readSummary(Path file) throws IOException {
        List<SummaryRow> rows = new ArrayList<>();
        forEachSummary(file, rows::add);
        return rows;
    }

    private static <T> void forEach(Path file, Function<Group, T> convert, Consumer<T> action) throws IOException {
        try (ParquetReader<Group> reader = new GroupReaderBuilder(new LocalInputFile(file)).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                T row;
                try {
                    row = convert.apply(g);
                } catch (InvalidRecordException e) {
                    // A column this version reads is absent: the file predates it (or is not vpsim's).
                    throw new IllegalArgumentException(file + " lacks a column this vpsim reads ("
                            + e.getMessage() + "); it was written by another version: re-run the study");
                }
                action.accept(row);
            }
        }
    }

    private static TimeseriesRow toTimeseries(Group g) {
        return new TimeseriesRow(
                g.getString("patient", 0),
                g.getLong("time", 0),
                g.getDouble("glucose_mg_dl", 0),
                optionalDouble(g, "cgm_mg_dl"),
                g.getDouble("insulin_delivered_u", 0),
                g.getDouble("basal_u_per_h", 0),
                g.getDouble("bolus_u", 0),
                g.getDouble("carbs_g", 0),
                g.getDouble("iob_u", 0),
                optionalDouble(g, "reservoir_u"),
                optionalString(g, "pump_status"));
    }

    private static EventRow toEvent(Group g) {
        return new EventRow(
                g.getString("arm", 0),
                g.getString("patient", 0),
                g.getLong("time", 0),
                g.getString("type", 0),
                g.getFieldRepetitionCount("detail") == 0 ? null : g.getString("detail", 0),
                optionalDouble(g, "requested_u"),
                optionalDouble(g, "delivered_u"),
                optionalDouble(g, "carbs_g"));
    }

    private static SummaryRow toSummary(Group g) {
        GlucoseMetrics plasma = new GlucoseMetrics(
                g.getLong("readings", 0),
                g.getDouble("mean_glucose_mg_dl", 0),
                g.getDouble("sd_glucose_mg_dl", 0),
                g.getDouble("cv_pct", 0),
                g.getDouble("gmi_pct", 0),
                g.getDouble("tir_70_180_pct", 0),
                g.getDouble("tbr_below_70_pct", 0),
                g.getDouble("tbr_below_54_pct", 0),
                g.getDouble("tar_above_180_pct", 0),
                g.getDouble("tar_above_250_pct", 0),
                g.getDouble("lbgi", 0),
                g.getDouble("hbgi", 0),
                g.getDouble("gri", 0),
                g.getDouble("titr_70_140_pct", 0),
                g.getDouble("min_glucose_mg_dl", 0),
                g.getDouble("max_glucose_mg_dl", 0));
        GlucoseOutcome plasmaOutcome = new GlucoseOutcome(plasma, optionalLong(g, "hypo_events_below_54"),
                optionalDouble(g, "nocturnal_tbr_below_70_pct"), optionalDouble(g, "nocturnal_tbr_below_54_pct"));
        GlucoseOutcome cgmOutcome = null;
        long cgmReadings = g.getLong("cgm_readings", 0);
        if (cgmReadings > 0) {
            GlucoseMetrics cgm = new GlucoseMetrics(
                    cgmReadings,
                    g.getDouble("cgm_mean_glucose_mg_dl", 0),
                    nanIfNull(optionalDouble(g, "cgm_sd_glucose_mg_dl")),
                    nanIfNull(optionalDouble(g, "cgm_cv_pct")),
                    g.getDouble("cgm_gmi_pct", 0),
                    g.getDouble("cgm_tir_70_180_pct", 0),
                    g.getDouble("cgm_tbr_below_70_pct", 0),
                    g.getDouble("cgm_tbr_below_54_pct", 0),
                    g.getDouble("cgm_tar_above_180_pct", 0),
                    g.getDouble("cgm_tar_above_250_pct", 0),
                    g.getDouble("cgm_lbgi", 0),
                    g.getDouble("cgm_hbgi", 0),
                    g.getDouble("cgm_gri", 0),
                    g.getDouble("cgm_titr_70_140_pct", 0),
                    g.getDouble("cgm_min_glucose_mg_dl", 0),
                    g.getDouble("cgm_max_glucose_mg_dl", 0));
            cgmOutcome = new GlucoseOutcome(cgm, optionalLong(g, "cgm_hypo_events_below_54"),
                    optionalDouble(g, "cgm_nocturnal_tbr_below_70_pct"),
                    optionalDouble(g, "cgm_nocturnal_tbr_below_54_pct"));
        }
        return new SummaryRow(
                g.getString("arm", 0),
                g.getString("patient", 0),
                g.getDouble("days", 0),
                plasmaOutcome,
                cgmOutcome,
                g.getDouble("total_insulin_u", 0),
                g.getDouble("total_basal_u", 0),
                g.getDouble("total_bolus_u", 0),
                g.getDouble("total_carbs_g", 0),
                optionalDouble(g, "rescue_carbs_g"));
    }

    private static String optionalString(Group g, String field) {
        return g.getFieldRepetitionCount(field) == 0 ? null : g.getString(field, 0);
    }

    private static Long optionalLong(Group g, String field) {
        return g.getFieldRepetitionCount(field) == 0 ? null : g.getLong(field, 0);
    }

    private static double nanIfNull(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static Double optionalDouble(Group g, String field) {
        return g.getFieldRepetitionCount(field) == 0 ? null : g.getDouble(field, 0);
    }

    /** Reader over a local file with a plain (non-Hadoop) configuration. */
    private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {

        GroupReaderBuilder(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
