package org.vpsim.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.vpsim.results.metrics.GlucoseOutcome;

/**
 * The catalogue of the numeric columns of {@code summary.parquet}: one place that names each per
 * patient × arm metric, says what kind of quantity it is and how to read it from a {@link SummaryRow}.
 * Aggregation, {@code compare} gates, the metrics table and the report all go through it, so a metric
 * is called the same everywhere (its Parquet column name). The two string columns ({@code arm},
 * {@code patient}) and the CVGA zones ({@value #CVGA_ZONE}, {@value #CGM_CVGA_ZONE}) are not in it.
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
        DAYS,
        INSULIN_UNITS,
        CARBS_GRAMS
    }

    /**
     * One numeric column.
     *
     * @param name  the Parquet column name, also the metric's name on the command line
     * @param label a short human label
     * @param kind  what it measures
     * @param value reads it from a row; null when the row has no value (e.g. no CGM)
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

    private static final List<Column> ALL;

    static {
        List<Column> all = new ArrayList<>();
        glucoseColumns(all, "", "", SummaryRow::plasma);
        glucoseColumns(all, CGM_PREFIX, "CGM ", SummaryRow::cgm);
        all.add(new Column("days", "days", Kind.DAYS, r -> r.days()));
        all.add(new Column("total_insulin_u", "insulin delivered (U)", Kind.INSULIN_UNITS, r -> r.totalInsulinUnits()));
        all.add(new Column("total_basal_u", "basal (U)", Kind.INSULIN_UNITS, r -> r.totalBasalUnits()));
        all.add(new Column("total_bolus_u", "bolus (U)", Kind.INSULIN_UNITS, r -> r.totalBolusUnits()));
        all.add(new Column("total_daily_dose_u", "total daily dose (U/day)", Kind.INSULIN_UNITS,
                r -> r.totalDailyDoseUnits()));
        all.add(new Column("total_carbs_g", "carbohydrate (g)", Kind.CARBS_GRAMS, r -> r.totalCarbsGrams()));
        all.add(new Column("rescue_carbs_g", "rescue carbohydrate (g)", Kind.CARBS_GRAMS, SummaryRow::rescueCarbsGrams));
        ALL = Collections.unmodifiableList(all);
    }

    private SummaryColumns() {
    }

    private static void glucoseColumns(List<Column> out, String prefix, String labelPrefix,
                                       Function<SummaryRow, GlucoseOutcome> source) {
        add(out, prefix + "readings", labelPrefix + "readings", Kind.COUNT, source, o -> (double) o.metrics().readings());
        add(out, prefix + "mean_glucose_mg_dl", labelPrefix + "mean glucose", Kind.GLUCOSE_MG_DL, source, o -> o.metrics().meanMgDl());
        add(out, prefix + "sd_glucose_mg_dl", labelPrefix + "SD", Kind.GLUCOSE_MG_DL, source, o -> o.metrics().sdMgDl());
        add(out, prefix + "cv_pct", labelPrefix + "CV %", Kind.PERCENT, source, o -> o.metrics().cvPct());
        add(out, prefix + "gmi_pct", labelPrefix + "GMI %", Kind.PERCENT, source, o -> o.metrics().gmiPct());
        add(out, prefix + "tir_70_180_pct", labelPrefix + "TIR 70–180 %", Kind.PERCENT, source, o -> o.metrics().tir70To180Pct());
        add(out, prefix + "titr_70_140_pct", labelPrefix + "TITR 70–140 %", Kind.PERCENT, source, o -> o.metrics().titr70To140Pct());
        add(out, prefix + "tbr_below_70_pct", labelPrefix + "TBR <70 %", Kind.PERCENT, source, o -> o.metrics().tbrBelow70Pct());
        add(out, prefix + "tbr_below_54_pct", labelPrefix + "TBR <54 %", Kind.PERCENT, source, o -> o.metrics().tbrBelow54Pct());
        add(out, prefix + "tar_above_180_pct", labelPrefix + "TAR >180 %", Kind.PERCENT, source, o -> o.metrics().tarAbove180Pct());
        add(out, prefix + "tar_above_250_pct", labelPrefix + "TAR >250 %", Kind.PERCENT, source, o -> o.metrics().tarAbove250Pct());
        add(out, prefix + "lbgi", labelPrefix + "LBGI", Kind.INDEX, source, o -> o.metrics().lbgi());
        add(out, prefix + "hbgi", labelPrefix + "HBGI", Kind.INDEX, source, o -> o.metrics().hbgi());
        add(out, prefix + "gri", labelPrefix + "GRI", Kind.INDEX, source, o -> o.metrics().gri());
        add(out, prefix + "min_glucose_mg_dl", labelPrefix + "min glucose", Kind.GLUCOSE_MG_DL, source, o -> o.metrics().minMgDl());
        add(out, prefix + "max_glucose_mg_dl", labelPrefix + "max glucose", Kind.GLUCOSE_MG_DL, source, o -> o.metrics().maxMgDl());
        add(out, prefix + "hypo_events_below_54", labelPrefix + "hypo events <54", Kind.COUNT, source,
                o -> o.hypoEventsBelow54() == null ? null : o.hypoEventsBelow54().doubleValue());
        add(out, prefix + "nocturnal_tbr_below_70_pct", labelPrefix + "night TBR <70 %", Kind.PERCENT, source,
                GlucoseOutcome::nocturnalTbrBelow70Pct);
        add(out, prefix + "nocturnal_tbr_below_54_pct", labelPrefix + "night TBR <54 %", Kind.PERCENT, source,
                GlucoseOutcome::nocturnalTbrBelow54Pct);
    }

    private static void add(List<Column> out, String name, String label, Kind kind,
                            Function<SummaryRow, GlucoseOutcome> source, Function<GlucoseOutcome, Double> get) {
        out.add(new Column(name, label, kind, row -> {
            GlucoseOutcome o = source.apply(row);
            if (o == null) {
                // No CGM readings: CGM readings count is 0, every other CGM metric is unknown.
                return name.endsWith("readings") ? 0.0 : null;
            }
            Double v = get.apply(o);
            return v == null || v.isNaN() ? null : v;
        }));
    }

    /** Every numeric column, plasma metrics first, then CGM, then therapy totals. */
    public static List<Column> all() {
        return ALL;
    }

    /**
     * The column called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown metric and listing the known ones
     */
    public static Column byName(String name) {
        for (Column c : ALL) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; metrics are the summary's column names: "
                + String.join(", ", ALL.stream().map(Column::name).toList()));
    }
}
