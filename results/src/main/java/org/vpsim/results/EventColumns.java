package org.vpsim.results;

import static org.vpsim.results.columns.ColumnType.DOUBLE;
import static org.vpsim.results.columns.ColumnType.STRING;
import static org.vpsim.results.columns.ColumnType.TIMESTAMP_MILLIS;

import org.vpsim.results.columns.Table;

/** The columns of {@code events.parquet}, in stored order. */
public final class EventColumns {

    public static final Table<EventRow> TABLE = new Table.Builder<EventRow>()
            .required("arm", "", STRING, "therapy arm", EventRow::arm)
            .required("patient", "", STRING, "patient id", EventRow::patient)
            .required("time", "UTC", TIMESTAMP_MILLIS, "absolute time of the event", EventRow::timeMillis)
            .required("type", "", STRING, "event type: MEAL, BOLUS, ALARM, FAULT, SET_CHANGE, RESERVOIR_CHANGE,"
                    + " SUSPEND, RESUME, CONTROLLER_COMMAND, RESCUE_CARBS, …", EventRow::type)
            .optional("detail", "", STRING, "free text, e.g. the alarm's name", EventRow::detail)
            .optional("requested_u", "U", DOUBLE, "insulin requested; null when not an insulin event",
                    EventRow::requestedUnits)
            .optional("delivered_u", "U", DOUBLE, "insulin delivered; null when not an insulin event",
                    EventRow::deliveredUnits)
            .optional("carbs_g", "g", DOUBLE, "carbohydrate; null when not a meal", EventRow::carbsGrams)
            // Appended (as every later column): earlier readers by position keep working.
            .requiredInt(ReplicateColumn.NAME, "", ReplicateColumn.DESCRIPTION, EventRow::replicate)
            .build("events", "events/2", v -> new EventRow(
                    v.string("arm"),
                    v.string("patient"),
                    v.int32("replicate"),
                    v.int64("time"),
                    v.string("type"),
                    (String) v.get("detail"),
                    v.optionalFloat64("requested_u"),
                    v.optionalFloat64("delivered_u"),
                    v.optionalFloat64("carbs_g")));

    private EventColumns() {
    }
}
