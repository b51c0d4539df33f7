package org.vpsim.results.parquet;

import org.vpsim.results.SummaryRow;
import org.vpsim.results.metrics.GlucoseMetrics;

/** Writes {@link SummaryRow}s in {@link Schemas#SUMMARY} column order. */
final class SummaryWriteSupport extends RecordWriteSupport<SummaryRow> {

    SummaryWriteSupport() {
        super(Schemas.SUMMARY, "summary/1");
    }

    @Override
    void writeFields(SummaryRow row) {
        GlucoseMetrics g = row.glucose();
        string(0, row.arm());
        string(1, row.patient());
        float64(2, row.days());
        int64(3, g.readings());
        float64(4, g.meanMgDl());
        float64(5, g.sdMgDl());
        float64(6, g.cvPct());
        float64(7, g.gmiPct());
        float64(8, g.tir70To180Pct());
        float64(9, g.tbrBelow70Pct());
        float64(10, g.tbrBelow54Pct());
        float64(11, g.tarAbove180Pct());
        float64(12, g.tarAbove250Pct());
        float64(13, g.lbgi());
        float64(14, g.hbgi());
        float64(15, g.gri());
        float64(16, row.cgmTir70To180Pct());
        float64(17, row.totalInsulinUnits());
        float64(18, row.totalBasalUnits());
        float64(19, row.totalBolusUnits());
        float64(20, row.totalCarbsGrams());
    }
}
