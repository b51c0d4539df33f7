package org.vpsim.results.parquet;

import org.vpsim.results.SummaryRow;
import org.vpsim.results.metrics.GlucoseMetrics;
import org.vpsim.results.metrics.GlucoseOutcome;

/** Writes {@link SummaryRow}s in {@link Schemas#SUMMARY} column order. */
final class SummaryWriteSupport extends RecordWriteSupport<SummaryRow> {

    SummaryWriteSupport() {
        super(Schemas.SUMMARY, "summary/2");
    }

    @Override
    void writeFields(SummaryRow row) {
        GlucoseOutcome p = row.plasma();
        GlucoseMetrics g = p.metrics();
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
        float64(21, g.titr70To140Pct());
        float64(22, g.minMgDl());
        float64(23, g.maxMgDl());
        string(24, p.cvgaZone().label());
        int64(25, p.hypoEventsBelow54());
        float64(26, p.nocturnalTbrBelow70Pct());
        float64(27, p.nocturnalTbrBelow54Pct());
        GlucoseOutcome c = row.cgm();
        int64(28, c == null ? 0L : c.metrics().readings());
        if (c != null) {
            GlucoseMetrics m = c.metrics();
            optional(29, m.meanMgDl());
            optional(30, m.sdMgDl());
            optional(31, m.cvPct());
            float64(32, m.gmiPct());
            float64(33, m.titr70To140Pct());
            float64(34, m.tbrBelow70Pct());
            float64(35, m.tbrBelow54Pct());
            float64(36, m.tarAbove180Pct());
            float64(37, m.tarAbove250Pct());
            float64(38, m.lbgi());
            float64(39, m.hbgi());
            float64(40, m.gri());
            float64(41, m.minMgDl());
            float64(42, m.maxMgDl());
            string(43, c.cvgaZone().label());
            int64(44, c.hypoEventsBelow54());
            float64(45, c.nocturnalTbrBelow70Pct());
            float64(46, c.nocturnalTbrBelow54Pct());
        }
        float64(47, row.totalDailyDoseUnits());
        float64(48, row.rescueCarbsGrams());
    }

    /** An optional CGM column: NaN (e.g. the SD of a single reading) is stored as null. */
    private void optional(int index, double value) {
        if (!Double.isNaN(value)) {
            float64(index, value);
        }
    }
}
