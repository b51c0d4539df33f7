package org.vpsim.results.parquet;

import org.vpsim.results.TimeseriesRow;

/** Writes {@link TimeseriesRow}s in {@link Schemas#TIMESERIES} column order. */
final class TimeseriesWriteSupport extends RecordWriteSupport<TimeseriesRow> {

    TimeseriesWriteSupport() {
        super(Schemas.TIMESERIES, "timeseries/1");
    }

    @Override
    void writeFields(TimeseriesRow row) {
        string(0, row.patient());
        int64(1, row.timeMillis());
        float64(2, row.glucoseMgDl());
        float64(3, row.cgmMgDl());
        float64(4, row.insulinDeliveredUnits());
        float64(5, row.basalUnitsPerHour());
        float64(6, row.bolusUnits());
        float64(7, row.carbsGrams());
        float64(8, row.iobUnits());
        float64(9, row.reservoirUnits());
        string(10, row.pumpStatus());
    }
}
