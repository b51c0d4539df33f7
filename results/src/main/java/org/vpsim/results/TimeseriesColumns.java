package org.vpsim.results;

import static org.vpsim.results.columns.ColumnType.DOUBLE;
import static org.vpsim.results.columns.ColumnType.STRING;
import static org.vpsim.results.columns.ColumnType.TIMESTAMP_MILLIS;

import org.vpsim.results.columns.Table;

/**
 * The columns of {@code timeseries/arm=<arm>/part-*.parquet}, in stored order. The arm is not a
 * column of the file: it is the Hive-style partition directory ({@value #PARTITION}).
 */
public final class TimeseriesColumns {

    /** The partition column (a directory level, not a column of the files). */
    public static final String PARTITION = "arm";

    public static final Table<TimeseriesRow> TABLE = new Table.Builder<TimeseriesRow>()
            .required("patient", "", STRING, "patient id", TimeseriesRow::patient)
            .requiredLong("time", "UTC", TIMESTAMP_MILLIS, "absolute time of the sample", TimeseriesRow::timeMillis)
            .requiredDouble("glucose_mg_dl", "mg/dL", "true plasma glucose", TimeseriesRow::glucoseMgDl)
            .optional("cgm_mg_dl", "mg/dL", DOUBLE, "CGM reading at this row; null when the sensor gave none",
                    TimeseriesRow::cgmMgDl)
            .requiredDouble("insulin_delivered_u", "U",
                    "insulin that entered the patient during the output interval starting at this row's time",
                    TimeseriesRow::insulinDeliveredUnits)
            .requiredDouble("basal_u_per_h", "U/h", "programmed basal rate in effect", TimeseriesRow::basalUnitsPerHour)
            .requiredDouble("bolus_u", "U", "bolus insulin delivered during the output interval starting at this row's time",
                    TimeseriesRow::bolusUnits)
            .requiredDouble("carbs_g", "g", "carbohydrate eaten during the output interval starting at this row's time",
                    TimeseriesRow::carbsGrams)
            .requiredDouble("iob_u", "U", "insulin on board as the device computes it (negative when net of the"
                    + " scheduled basal)", TimeseriesRow::iobUnits)
            .optional("reservoir_u", "U", DOUBLE, "insulin left in the pump's reservoir; null for an arm on insulin"
                    + " pens", TimeseriesRow::reservoirUnits)
            .optional("pump_status", "", STRING, "pump state: RUNNING, SUSPENDED, OCCLUDED, EMPTY, …; null for an arm"
                    + " on insulin pens", TimeseriesRow::pumpStatus)
            // Appended (as every later column): earlier readers by position keep working.
            .requiredInt(ReplicateColumn.NAME, "", ReplicateColumn.DESCRIPTION, TimeseriesRow::replicate)
            .build("timeseries", "timeseries/2", v -> new TimeseriesRow(
                    v.string("patient"),
                    v.int32("replicate"),
                    v.int64("time"),
                    v.float64("glucose_mg_dl"),
                    v.optionalFloat64("cgm_mg_dl"),
                    v.float64("insulin_delivered_u"),
                    v.float64("basal_u_per_h"),
                    v.float64("bolus_u"),
                    v.float64("carbs_g"),
                    v.float64("iob_u"),
                    v.optionalFloat64("reservoir_u"),
                    v.optionalString("pump_status")));

    private TimeseriesColumns() {
    }
}
