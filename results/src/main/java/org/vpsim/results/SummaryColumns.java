package org.vpsim.results;

import static org.vpsim.results.columns.ColumnType.DOUBLE;
import static org.vpsim.results.columns.ColumnType.INT64;
import static org.vpsim.results.columns.ColumnType.STRING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.vpsim.results.columns.ColumnType;
import org.vpsim.results.columns.Table;
import org.vpsim.results.metrics.GlucoseMetrics;
import org.vpsim.results.metrics.GlucoseOutcome;
import org.vpsim.results.metrics.HypoglycaemiaEndpoints;

/**
 * The catalogue of {@code summary.parquet}: every column in stored order ({@link #TABLE}: name, unit,
 * type, nullability, description, how to read it from a {@link SummaryRow}) and, derived from it, the
 * per patient × arm metrics ({@link #all()}: the numeric columns with a short label and the kind of
 * quantity). Aggregation, {@code compare} gates, the metrics table, the report and the file writers
 * all go through it, so a metric is called the same everywhere (its column name).
 *
 * <p>Stored order: columns after {@code total_carbs_g} were added later and are appended, so earlier
 * readers by position keep working. CGM columns are null when the arm had no CGM reading; event and
 * nocturnal columns are null when the readings came without timestamps.
 */
public final class SummaryColumns {

    /** What a column measures; decides its display unit and how it converts to mmol/L. */
    public enum Kind {
        /** A glucose concentration in mg/dL (mean, SD, extremes): converts to mmol/L. */
        GLUCOSE_MG_DL,
        /** Percent of readings or of time; differences are percentage points. */
        PERCENT,
        /** A dimensionless index (LBGI, HBGI, GRI). */
        INDEX,
        /** A count (readings, events). */
        COUNT,
        /** An area between a glucose level and the curve, mg/dL·min (per night); always in mg/dL·min, as published. */
        AREA_MG_DL_MINUTES,
        DAYS,
        INSULIN_UNITS,
        CARBS_GRAMS
    }

    /**
     * One numeric column seen as a metric.
     *
     * @param name  the Parquet column name, also the metric's name on the command line
     * @param label a short human label
     * @param kind  what it measures
     * @param value reads it from a row; null when the row has no value (e.g. no CGM), never NaN
     */
    public record Column(String name, String label, Kind kind, Function<SummaryRow, Double> value) {
        public Double of(SummaryRow row) {
            return value.apply(row);
        }
    }

    /** Column of the plasma-glucose CVGA zone (a string). */
    public static final String CVGA_ZONE = "cvga_zone";
    /** Column of the CGM CVGA zone (a string, null without CGM). */
    public static final String CGM_CVGA_ZONE = "cgm_cvga_zone";
    /** Prefix of the columns computed from CGM readings instead of plasma glucose. */
    public static final String CGM_PREFIX = "cgm_";

    /** mg/dL per mmol/L for glucose (molar mass 180.156 g/mol ÷ 10). */
    public static final double MG_DL_PER_MMOL_L = 18.0156;

    /** Every column of {@code summary.parquet}, in stored order. */
    public static final Table<SummaryRow> TABLE;
    private static final List<Column> METRICS;

    static {
        Catalogue c = new Catalogue();
        c.text("arm", false, "therapy arm", SummaryRow::arm);
        c.text("patient", false, "patient id", SummaryRow::patient);
        c.metric("days", "days", DOUBLE, false, "days", Kind.DAYS, "simulated duration", SummaryRow::days);
        c.plasma("readings", "", INT64, "readings", Kind.COUNT, "samples the metrics are computed from",
                m -> m.readings());
        c.plasma("mean_glucose_mg_dl", "mg/dL", DOUBLE, "mean glucose", Kind.GLUCOSE_MG_DL, "mean",
                m -> m.meanMgDl());
        c.plasma("sd_glucose_mg_dl", "mg/dL", DOUBLE, "SD", Kind.GLUCOSE_MG_DL, "sample standard deviation",
                m -> m.sdMgDl());
        c.plasma("cv_pct", "%", DOUBLE, "CV %", Kind.PERCENT, "coefficient of variation SD/mean", m -> m.cvPct());
        c.plasma("gmi_pct", "%", DOUBLE, "GMI %", Kind.PERCENT,
                "glucose management indicator 3.31 + 0.02392 · mean (Bergenstal 2018)", m -> m.gmiPct());
        c.plasma("tir_70_180_pct", "%", DOUBLE, "TIR 70–180 %", Kind.PERCENT,
                "percent of readings in 70–180 mg/dL inclusive (Battelino 2019)", m -> m.tir70To180Pct());
        c.plasma("tbr_below_70_pct", "%", DOUBLE, "TBR <70 %", Kind.PERCENT, "percent of readings below 70 mg/dL",
                m -> m.tbrBelow70Pct());
        c.plasma("tbr_below_54_pct", "%", DOUBLE, "TBR <54 %", Kind.PERCENT, "percent of readings below 54 mg/dL",
                m -> m.tbrBelow54Pct());
        c.plasma("tar_above_180_pct", "%", DOUBLE, "TAR >180 %", Kind.PERCENT, "percent of readings above 180 mg/dL",
                m -> m.tarAbove180Pct());
        c.plasma("tar_above_250_pct", "%", DOUBLE, "TAR >250 %", Kind.PERCENT, "percent of readings above 250 mg/dL",
                m -> m.tarAbove250Pct());
        c.plasma("lbgi", "", DOUBLE, "LBGI", Kind.INDEX, "Kovatchev low blood glucose index", m -> m.lbgi());
        c.plasma("hbgi", "", DOUBLE, "HBGI", Kind.INDEX, "Kovatchev high blood glucose index", m -> m.hbgi());
        c.plasma("gri", "", DOUBLE, "GRI", Kind.INDEX,
                "glycemia risk index 3.0·VLow + 2.4·Low + 1.6·VHigh + 0.8·High, capped at 100 (Klonoff 2023)",
                m -> m.gri());
        c.cgm("tir_70_180_pct", "%", DOUBLE, "TIR 70–180 %", Kind.PERCENT,
                "percent of readings in 70–180 mg/dL inclusive (Battelino 2019)", m -> m.tir70To180Pct());
        c.metric("total_insulin_u", "U", DOUBLE, false, "insulin delivered (U)", Kind.INSULIN_UNITS,
                "insulin delivered into the patient", SummaryRow::totalInsulinUnits);
        c.metric("total_basal_u", "U", DOUBLE, false, "basal (U)", Kind.INSULIN_UNITS, "basal part of it",
                SummaryRow::totalBasalUnits);
        c.metric("total_bolus_u", "U", DOUBLE, false, "bolus (U)", Kind.INSULIN_UNITS, "bolus part of it",
                SummaryRow::totalBolusUnits);
        c.metric("total_carbs_g", "g", DOUBLE, false, "carbohydrate (g)", Kind.CARBS_GRAMS,
                "carbohydrate eaten (meals and rescue carbohydrate)", SummaryRow::totalCarbsGrams);
        c.plasma("titr_70_140_pct", "%", DOUBLE, "TITR 70–140 %", Kind.PERCENT,
                "percent of readings in 70–140 mg/dL inclusive (Battelino 2023)", m -> m.titr70To140Pct());
        c.plasma("min_glucose_mg_dl", "mg/dL", DOUBLE, "min glucose", Kind.GLUCOSE_MG_DL, "lowest reading",
                m -> m.minMgDl());
        c.plasma("max_glucose_mg_dl", "mg/dL", DOUBLE, "max glucose", Kind.GLUCOSE_MG_DL, "highest reading",
                m -> m.maxMgDl());
        c.text(CVGA_ZONE, false, "CVGA zone of the extremes (Magni 2008; cuts at 90/70 and 180/300 mg/dL)",
                r -> r.plasma().cvgaZone().label());
        c.outcome("", "hypo_events_below_54", r -> r.plasma());
        c.metric("cgm_readings", "", INT64, false, "CGM readings", Kind.COUNT,
                "CGM readings the CGM metrics are computed from (0 without CGM)",
                r -> r.cgm() == null ? 0L : r.cgm().metrics().readings());
        // SD and CV of a single CGM reading are undefined: stored as null rather than NaN.
        c.cgm("mean_glucose_mg_dl", "mg/dL", DOUBLE, "mean glucose", Kind.GLUCOSE_MG_DL, "mean",
                m -> nullIfNaN(m.meanMgDl()));
        c.cgm("sd_glucose_mg_dl", "mg/dL", DOUBLE, "SD", Kind.GLUCOSE_MG_DL,
                "sample standard deviation (null for a single reading)", m -> nullIfNaN(m.sdMgDl()));
        c.cgm("cv_pct", "%", DOUBLE, "CV %", Kind.PERCENT, "coefficient of variation SD/mean (null for a single reading)",
                m -> nullIfNaN(m.cvPct()));
        c.cgm("gmi_pct", "%", DOUBLE, "GMI %", Kind.PERCENT, "glucose management indicator", m -> m.gmiPct());
        c.cgm("titr_70_140_pct", "%", DOUBLE, "TITR 70–140 %", Kind.PERCENT, "percent of readings in 70–140 mg/dL",
                m -> m.titr70To140Pct());
        c.cgm("tbr_below_70_pct", "%", DOUBLE, "TBR <70 %", Kind.PERCENT, "percent of readings below 70 mg/dL",
                m -> m.tbrBelow70Pct());
        c.cgm("tbr_below_54_pct", "%", DOUBLE, "TBR <54 %", Kind.PERCENT, "percent of readings below 54 mg/dL",
                m -> m.tbrBelow54Pct());
        c.cgm("tar_above_180_pct", "%", DOUBLE, "TAR >180 %", Kind.PERCENT, "percent of readings above 180 mg/dL",
                m -> m.tarAbove180Pct());
        c.cgm("tar_above_250_pct", "%", DOUBLE, "TAR >250 %", Kind.PERCENT, "percent of readings above 250 mg/dL",
                m -> m.tarAbove250Pct());
        c.cgm("lbgi", "", DOUBLE, "LBGI", Kind.INDEX, "low blood glucose index", m -> m.lbgi());
        c.cgm("hbgi", "", DOUBLE, "HBGI", Kind.INDEX, "high blood glucose index", m -> m.hbgi());
        c.cgm("gri", "", DOUBLE, "GRI", Kind.INDEX, "glycemia risk index", m -> m.gri());
        c.cgm("min_glucose_mg_dl", "mg/dL", DOUBLE, "min glucose", Kind.GLUCOSE_MG_DL, "lowest reading",
                m -> m.minMgDl());
        c.cgm("max_glucose_mg_dl", "mg/dL", DOUBLE, "max glucose", Kind.GLUCOSE_MG_DL, "highest reading",
                m -> m.maxMgDl());
        c.text(CGM_CVGA_ZONE, true, "CVGA zone of the CGM extremes",
                r -> r.cgm() == null ? null : r.cgm().cvgaZone().label());
        c.outcome(CGM_PREFIX, "cgm_hypo_events_below_54", r -> r.cgm());
        c.metric("total_daily_dose_u", "U/day", DOUBLE, false, "total daily dose (U/day)", Kind.INSULIN_UNITS,
                "insulin delivered per simulated day", SummaryRow::totalDailyDoseUnits);
        c.metric("rescue_carbs_g", "g", DOUBLE, true, "rescue carbohydrate (g)", Kind.CARBS_GRAMS,
                "carbohydrate eaten to treat lows; null when the run records no rescue treatment",
                SummaryRow::rescueCarbsGrams);
        c.metric("severe_hypo_events", "", INT64, true, "severe hypo events", Kind.COUNT,
                "severe (level-3) hypoglycaemic events: episodes treated by another person because plasma glucose"
                        + " stayed below the person's severeThresholdMgDl for severeAfterMinutes without the person"
                        + " treating, each counted once, ending when glucose is back at the rescue threshold; null when"
                        + " the run does not simulate the person",
                SummaryRow::severeHypoEvents);
        c.endpoints("", r -> r.plasma());
        c.endpoints(CGM_PREFIX, r -> r.cgm());
        // Appended (as every later column): earlier readers by position keep working.
        c.table.requiredInt(ReplicateColumn.NAME, "", ReplicateColumn.DESCRIPTION, SummaryRow::replicate);
        TABLE = c.table.build("summary", "summary/3", SummaryColumns::read);
        // Metrics are listed plasma first, then CGM, then therapy totals (stored order within each).
        List<Column> metrics = new ArrayList<>(c.metrics);
        metrics.sort(Comparator.comparingInt(SummaryColumns::group));
        METRICS = Collections.unmodifiableList(metrics);
    }

    private SummaryColumns() {
    }

    private static int group(Column c) {
        return switch (c.kind()) {
            case DAYS, INSULIN_UNITS, CARBS_GRAMS -> 2;
            default -> c.name().startsWith(CGM_PREFIX) ? 1 : 0;
        };
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** Builds {@link #TABLE} and the metric view from one declaration per column. */
    private static final class Catalogue {
        final Table.Builder<SummaryRow> table = new Table.Builder<>();
        final List<Column> metrics = new ArrayList<>();

        void text(String name, boolean nullable, String description, Function<SummaryRow, String> value) {
            if (nullable) {
                table.optional(name, "", STRING, description, value);
            } else {
                table.required(name, "", STRING, description, value);
            }
        }

        void metric(String name, String unit, ColumnType type, boolean nullable, String label, Kind kind,
                    String description, Function<SummaryRow, ?> value) {
            if (nullable) {
                table.optional(name, unit, type, description, value);
            } else {
                table.required(name, unit, type, description, value);
            }
            metrics.add(new Column(name, label, kind, row -> {
                Object v = value.apply(row);
                if (v == null) {
                    return null;
                }
                double d = ((Number) v).doubleValue();
                return Double.isNaN(d) ? null : d;
            }));
        }

        /** A required column computed from the plasma glucose readings. */
        void plasma(String name, String unit, ColumnType type, String label, Kind kind, String description,
                    Function<GlucoseMetrics, ?> value) {
            metric(name, unit, type, false, label, kind, description + " (plasma glucose)",
                    r -> value.apply(r.plasma().metrics()));
        }

        /** The same metric from CGM readings: {@code cgm_} prefix, null without CGM readings. */
        void cgm(String name, String unit, ColumnType type, String label, Kind kind, String description,
                 Function<GlucoseMetrics, ?> value) {
            metric(CGM_PREFIX + name, unit, type, true, "CGM " + label, kind, description + " (CGM readings)",
                    r -> r.cgm() == null ? null : value.apply(r.cgm().metrics()));
        }

        /**
         * The trial hypoglycaemia endpoints of an outcome ({@link HypoglycaemiaEndpoints}): level-1, below-40 and
         * nocturnal events and the nocturnal area below 70. Null without timestamps.
         */
        void endpoints(String prefix, Function<SummaryRow, GlucoseOutcome> source) {
            String of = prefix.isEmpty() ? " (plasma glucose)" : " (CGM readings)";
            String label = prefix.isEmpty() ? "" : "CGM ";
            Function<SummaryRow, HypoglycaemiaEndpoints> e = r -> source.apply(r) == null ? null
                    : source.apply(r).endpoints();
            metric(prefix + "hypo_events_below_70", "", INT64, true, label + "hypo events <70", Kind.COUNT,
                    "level-1 events: start after ≥ 15 consecutive min < 70 mg/dL, end after ≥ 15 min ≥ 70"
                            + " (Battelino 2023); null without timestamps" + of,
                    r -> e.apply(r) == null ? null : e.apply(r).eventsBelow70());
            metric(prefix + "hypo_events_below_40", "", INT64, true, label + "hypo events <40", Kind.COUNT,
                    "episodes below 40 mg/dL (a proxy of severe hypoglycaemia from glucose alone): any reading"
                            + " < 40 mg/dL starts one, it ends after"
                            + " ≥ 15 min ≥ 40 (the companion's treatment level); null without timestamps" + of,
                    r -> e.apply(r) == null ? null : e.apply(r).eventsBelow40());
            metric(prefix + "nocturnal_hypo_events_below_70", "", INT64, true, label + "night hypo events <70",
                    Kind.COUNT, "level-1 events whose low run began at 22:00–08:00 clock time (ASPIRE In-Home's night);"
                            + " null without timestamps" + of,
                    r -> e.apply(r) == null ? null : e.apply(r).nocturnalEventsBelow70());
            metric(prefix + "nocturnal_auc_below_70", "mg/dL·min/night", DOUBLE, true, label + "night AUC <70",
                    Kind.AREA_MG_DL_MINUTES, "area between 70 mg/dL and glucose over 22:00–08:00 readings, per 10-h"
                            + " night (ASPIRE In-Home's measure, summed per night instead of per event); null"
                            + " without timestamps or night readings" + of,
                    r -> e.apply(r) == null ? null : e.apply(r).nocturnalAucBelow70PerNight());
        }

        /** The timestamp-based metrics of an outcome: level-2 hypoglycaemic events and nocturnal TBR. */
        void outcome(String prefix, String eventsName, Function<SummaryRow, GlucoseOutcome> source) {
            String of = prefix.isEmpty() ? " (plasma glucose)" : " (CGM readings)";
            String label = prefix.isEmpty() ? "" : "CGM ";
            metric(eventsName, "", INT64, true, label + "hypo events <54", Kind.COUNT,
                    "level-2 events: start after ≥ 15 consecutive min < 54 mg/dL, end after ≥ 15 min ≥ 54"
                            + " (Battelino 2023); null without timestamps" + of,
                    r -> source.apply(r) == null ? null : source.apply(r).hypoEventsBelow54());
            metric(prefix + "nocturnal_tbr_below_70_pct", "%", DOUBLE, true, label + "night TBR <70 %", Kind.PERCENT,
                    "TBR <70 over readings at 00:00–06:00 clock time; null without timestamps" + of,
                    r -> source.apply(r) == null ? null : source.apply(r).nocturnalTbrBelow70Pct());
            metric(prefix + "nocturnal_tbr_below_54_pct", "%", DOUBLE, true, label + "night TBR <54 %", Kind.PERCENT,
                    "TBR <54 over readings at 00:00–06:00 clock time; null without timestamps" + of,
                    r -> source.apply(r) == null ? null : source.apply(r).nocturnalTbrBelow54Pct());
        }
    }

    /** The record of a stored summary row. */
    private static SummaryRow read(org.vpsim.results.columns.Values v) {
        GlucoseMetrics plasma = new GlucoseMetrics(
                v.int64("readings"),
                v.float64("mean_glucose_mg_dl"),
                v.float64("sd_glucose_mg_dl"),
                v.float64("cv_pct"),
                v.float64("gmi_pct"),
                v.float64("tir_70_180_pct"),
                v.float64("tbr_below_70_pct"),
                v.float64("tbr_below_54_pct"),
                v.float64("tar_above_180_pct"),
                v.float64("tar_above_250_pct"),
                v.float64("lbgi"),
                v.float64("hbgi"),
                v.float64("gri"),
                v.float64("titr_70_140_pct"),
                v.float64("min_glucose_mg_dl"),
                v.float64("max_glucose_mg_dl"));
        GlucoseOutcome plasmaOutcome = new GlucoseOutcome(plasma, v.optionalInt64("hypo_events_below_54"),
                v.optionalFloat64("nocturnal_tbr_below_70_pct"), v.optionalFloat64("nocturnal_tbr_below_54_pct"),
                endpoints(v, ""));
        GlucoseOutcome cgmOutcome = null;
        long cgmReadings = v.int64("cgm_readings");
        if (cgmReadings > 0) {
            GlucoseMetrics cgm = new GlucoseMetrics(
                    cgmReadings,
                    v.float64("cgm_mean_glucose_mg_dl"),
                    nanIfNull(v.optionalFloat64("cgm_sd_glucose_mg_dl")),
                    nanIfNull(v.optionalFloat64("cgm_cv_pct")),
                    v.float64("cgm_gmi_pct"),
                    v.float64("cgm_tir_70_180_pct"),
                    v.float64("cgm_tbr_below_70_pct"),
                    v.float64("cgm_tbr_below_54_pct"),
                    v.float64("cgm_tar_above_180_pct"),
                    v.float64("cgm_tar_above_250_pct"),
                    v.float64("cgm_lbgi"),
                    v.float64("cgm_hbgi"),
                    v.float64("cgm_gri"),
                    v.float64("cgm_titr_70_140_pct"),
                    v.float64("cgm_min_glucose_mg_dl"),
                    v.float64("cgm_max_glucose_mg_dl"));
            cgmOutcome = new GlucoseOutcome(cgm, v.optionalInt64("cgm_hypo_events_below_54"),
                    v.optionalFloat64("cgm_nocturnal_tbr_below_70_pct"),
                    v.optionalFloat64("cgm_nocturnal_tbr_below_54_pct"), endpoints(v, CGM_PREFIX));
        }
        return new SummaryRow(
                v.string("arm"),
                v.string("patient"),
                v.int32("replicate"),
                v.float64("days"),
                plasmaOutcome,
                cgmOutcome,
                v.float64("total_insulin_u"),
                v.float64("total_basal_u"),
                v.float64("total_bolus_u"),
                v.float64("total_carbs_g"),
                v.optionalFloat64("rescue_carbs_g"),
                v.optionalInt64("severe_hypo_events"));
    }

    /** The stored trial endpoints, or null when the row has none (no timestamps, or an older file). */
    private static HypoglycaemiaEndpoints endpoints(org.vpsim.results.columns.Values v, String prefix) {
        Long level1 = v.optionalInt64(prefix + "hypo_events_below_70");
        if (level1 == null) {
            return null;
        }
        return new HypoglycaemiaEndpoints(level1, v.int64(prefix + "hypo_events_below_40"),
                v.int64(prefix + "nocturnal_hypo_events_below_70"), v.optionalFloat64(prefix + "nocturnal_auc_below_70"));
    }

    private static double nanIfNull(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** Every metric: plasma metrics first, then CGM, then therapy totals. */
    public static List<Column> all() {
        return METRICS;
    }

    /**
     * The metric called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown metric and listing the known ones
     */
    public static Column byName(String name) {
        for (Column c : METRICS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; metrics are the summary's column names: "
                + String.join(", ", METRICS.stream().map(Column::name).toList()));
    }
}
