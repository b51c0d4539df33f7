package org.vpsim.results.parquet;

import org.vpsim.results.EventRow;

/** Writes {@link EventRow}s in {@link Schemas#EVENTS} column order. */
final class EventWriteSupport extends RecordWriteSupport<EventRow> {

    EventWriteSupport() {
        super(Schemas.EVENTS, "events/1");
    }

    @Override
    void writeFields(EventRow row) {
        string(0, row.arm());
        string(1, row.patient());
        int64(2, row.timeMillis());
        string(3, row.type());
        string(4, row.detail());
        float64(5, row.requestedUnits());
        float64(6, row.deliveredUnits());
        float64(7, row.carbsGrams());
    }
}
