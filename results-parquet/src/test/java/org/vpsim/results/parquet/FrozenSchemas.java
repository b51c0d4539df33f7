package org.vpsim.results.parquet;

import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The schemas as they were written by hand before the column catalogue existed (commit 47c9678): the
 * catalogue-derived {@link Schemas} must give exactly these, so files stay what readers expect.
 */
final class FrozenSchemas {

    private static final LogicalTypeAnnotation STRING = LogicalTypeAnnotation.stringType();
    private static final LogicalTypeAnnotation UTC_MILLIS =
            LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS);

    /** {@code timeseries/arm=<arm>/part-*.parquet}; the arm is the partition, not a column. */
    public static final MessageType TIMESERIES = Types.buildMessage()
            .required(BINARY).as(STRING).named("patient")
            .required(INT64).as(UTC_MILLIS).named("time")
            .required(DOUBLE).named("glucose_mg_dl")
            .optional(DOUBLE).named("cgm_mg_dl")
            .required(DOUBLE).named("insulin_delivered_u")
            .required(DOUBLE).named("basal_u_per_h")
            .required(DOUBLE).named("bolus_u")
            .required(DOUBLE).named("carbs_g")
            .required(DOUBLE).named("iob_u")
            // pump-only columns: null for pen arms (no reservoir, no pump status)
            .optional(DOUBLE).named("reservoir_u")
            .optional(BINARY).as(STRING).named("pump_status")
            .named("timeseries");

    /** {@code events.parquet}. */
    public static final MessageType EVENTS = Types.buildMessage()
            .required(BINARY).as(STRING).named("arm")
            .required(BINARY).as(STRING).named("patient")
            .required(INT64).as(UTC_MILLIS).named("time")
            .required(BINARY).as(STRING).named("type")
            .optional(BINARY).as(STRING).named("detail")
            .optional(DOUBLE).named("requested_u")
            .optional(DOUBLE).named("delivered_u")
            .optional(DOUBLE).named("carbs_g")
            .named("events");

    /**
     * {@code summary.parquet}: one row per patient × arm. Columns after {@code total_carbs_g} were added
     * later and are appended so earlier readers by position keep working; the numeric columns are
     * described in {@link org.vpsim.results.SummaryColumns}. CGM columns are null when the arm had no
     * CGM reading; event and nocturnal columns are null when the readings came without timestamps.
     */
    public static final MessageType SUMMARY = Types.buildMessage()
            .required(BINARY).as(STRING).named("arm")
            .required(BINARY).as(STRING).named("patient")
            .required(DOUBLE).named("days")
            .required(INT64).named("readings")
            .required(DOUBLE).named("mean_glucose_mg_dl")
            .required(DOUBLE).named("sd_glucose_mg_dl")
            .required(DOUBLE).named("cv_pct")
            .required(DOUBLE).named("gmi_pct")
            .required(DOUBLE).named("tir_70_180_pct")
            .required(DOUBLE).named("tbr_below_70_pct")
            .required(DOUBLE).named("tbr_below_54_pct")
            .required(DOUBLE).named("tar_above_180_pct")
            .required(DOUBLE).named("tar_above_250_pct")
            .required(DOUBLE).named("lbgi")
            .required(DOUBLE).named("hbgi")
            .required(DOUBLE).named("gri")
            .optional(DOUBLE).named("cgm_tir_70_180_pct")
            .required(DOUBLE).named("total_insulin_u")
            .required(DOUBLE).named("total_basal_u")
            .required(DOUBLE).named("total_bolus_u")
            .required(DOUBLE).named("total_carbs_g")
            .required(DOUBLE).named("titr_70_140_pct")
            .required(DOUBLE).named("min_glucose_mg_dl")
            .required(DOUBLE).named("max_glucose_mg_dl")
            .required(BINARY).as(STRING).named("cvga_zone")
            .optional(INT64).named("hypo_events_below_54")
            .optional(DOUBLE).named("nocturnal_tbr_below_70_pct")
            .optional(DOUBLE).named("nocturnal_tbr_below_54_pct")
            .required(INT64).named("cgm_readings")
            .optional(DOUBLE).named("cgm_mean_glucose_mg_dl")
            .optional(DOUBLE).named("cgm_sd_glucose_mg_dl")
            .optional(DOUBLE).named("cgm_cv_pct")
            .optional(DOUBLE).named("cgm_gmi_pct")
            .optional(DOUBLE).named("cgm_titr_70_140_pct")
            .optional(DOUBLE).named("cgm_tbr_below_70_pct")
            .optional(DOUBLE).named("cgm_tbr_below_54_pct")
            .optional(DOUBLE).named("cgm_tar_above_180_pct")
            .optional(DOUBLE).named("cgm_tar_above_250_pct")
            .optional(DOUBLE).named("cgm_lbgi")
            .optional(DOUBLE).named("cgm_hbgi")
            .optional(DOUBLE).named("cgm_gri")
            .optional(DOUBLE).named("cgm_min_glucose_mg_dl")
            .optional(DOUBLE).named("cgm_max_glucose_mg_dl")
            .optional(BINARY).as(STRING).named("cgm_cvga_zone")
            .optional(INT64).named("cgm_hypo_events_below_54")
            .optional(DOUBLE).named("cgm_nocturnal_tbr_below_70_pct")
            .optional(DOUBLE).named("cgm_nocturnal_tbr_below_54_pct")
            .required(DOUBLE).named("total_daily_dose_u")
            .optional(DOUBLE).named("rescue_carbs_g")
            // issue 14: appended, so readers by position keep working
            .optional(INT64).named("severe_hypo_events")
            // summary/3: the trial endpoints (plasma, then CGM)
            .optional(INT64).named("hypo_events_below_70")
            .optional(INT64).named("hypo_events_below_40")
            .optional(INT64).named("nocturnal_hypo_events_below_70")
            .optional(DOUBLE).named("nocturnal_auc_below_70")
            .optional(INT64).named("cgm_hypo_events_below_70")
            .optional(INT64).named("cgm_hypo_events_below_40")
            .optional(INT64).named("cgm_nocturnal_hypo_events_below_70")
            .optional(DOUBLE).named("cgm_nocturnal_auc_below_70")
            .named("summary");

    private FrozenSchemas() {
    }
}
