package org.vpsim.results.parquet;

import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/** The Parquet schemas of the three result files. Column order is part of the contract. */
public final class Schemas {

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
            .required(DOUBLE).named("reservoir_u")
            .required(BINARY).as(STRING).named("pump_status")
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

    /** {@code summary.parquet}: one row per patient × arm. */
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
            .named("summary");

    private Schemas() {
    }
}
