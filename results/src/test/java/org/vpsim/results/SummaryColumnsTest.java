package org.vpsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vpsim.results.columns.Column;
import org.vpsim.results.columns.ColumnType;

class SummaryColumnsTest {

    @Test
    void metricsAreExactlyTheNumericColumnsOfTheSummaryTable() {
        Set<String> numeric = new TreeSet<>();
        Set<String> strings = new TreeSet<>();
        for (Column<SummaryRow> c : SummaryColumns.TABLE.columns()) {
            if (!c.name().equals(ReplicateColumn.NAME)) { // a key, like arm and patient: not a metric
                (c.type() == ColumnType.STRING ? strings : numeric).add(c.name());
            }
        }
        Set<String> catalogue = new TreeSet<>(SummaryColumns.all().stream().map(SummaryColumns.Column::name).toList());
        assertEquals(numeric, catalogue);
        assertEquals(Set.of("arm", "patient", SummaryColumns.CVGA_ZONE, SummaryColumns.CGM_CVGA_ZONE), strings);
    }

    @Test
    void cgmColumnsAreNullWithoutCgmAndReadingsZero() {
        SummaryRow r = new SummaryBuilder("a", "p").addPlasmaGlucose(100).addPlasmaGlucose(110).build(1.0);
        assertEquals(0.0, SummaryColumns.byName("cgm_readings").of(r));
        assertNull(SummaryColumns.byName("cgm_mean_glucose_mg_dl").of(r));
        assertNull(SummaryColumns.byName("rescue_carbs_g").of(r));
        assertNotNull(SummaryColumns.byName("mean_glucose_mg_dl").of(r));
        assertNull(SummaryColumns.byName("hypo_events_below_54").of(r), "untimed readings: events unknown");
        assertEquals(List.of(), SummaryColumns.all().stream().map(SummaryColumns.Column::name)
                .filter(n -> SummaryColumns.all().stream().filter(c -> c.name().equals(n)).count() > 1).toList());
    }

    @Test
    void metricsListPlasmaThenCgmThenTherapyTotals() {
        List<String> names = SummaryColumns.all().stream().map(SummaryColumns.Column::name).toList();
        assertEquals("readings", names.get(0));
        assertEquals("severe_hypo_events", names.get(19));
        assertEquals("nocturnal_auc_below_70", names.get(23));
        assertEquals("cgm_tir_70_180_pct", names.get(24));
        assertEquals(List.of("days", "total_insulin_u", "total_basal_u", "total_bolus_u", "total_carbs_g",
                "total_daily_dose_u", "rescue_carbs_g"), names.subList(names.size() - 7, names.size()));
    }

    @Test
    void aRowReadBackFromItsStoredValuesEqualsTheRow() {
        SummaryRow r = new SummaryBuilder("a", "p").addPlasmaGlucose(0, 100).addPlasmaGlucose(300_000, 60)
                .addCgmGlucose(0, 95.0).addBasal(1.5).addInsulinDelivered(1.5).addCarbs(20).build(1.0);
        java.util.Map<String, Object> stored = new java.util.HashMap<>();
        for (Column<SummaryRow> c : SummaryColumns.TABLE.columns()) {
            stored.put(c.name(), c.of(r));
        }
        assertEquals(r, SummaryColumns.TABLE.read(stored::get));
    }

    @Test
    void severeEventsAreNullUnlessTheRunCountsThemAndAreReadBackAsStored() {
        SummaryBuilder b = new SummaryBuilder("a", "p").addPlasmaGlucose(0, 100).addPlasmaGlucose(300_000, 35);
        assertEquals(null, b.build(1.0).severeHypoEvents());
        SummaryRow r = b.addSevereHypoEvents(2).addSevereHypoEvents(1).build(1.0);
        assertEquals(3L, r.severeHypoEvents());
        assertEquals(3.0, SummaryColumns.byName("severe_hypo_events").of(r));
        java.util.Map<String, Object> stored = new java.util.HashMap<>();
        for (Column<SummaryRow> c : SummaryColumns.TABLE.columns()) {
            stored.put(c.name(), c.of(r));
        }
        assertEquals(r, SummaryColumns.TABLE.read(stored::get));
    }

    @Test
    void mmolConversionUsesTheGlucoseMolarMass() {
        assertEquals(5.5, GlucoseUnit.MMOL_L.fromMgDl(5.5 * 18.0156), 1e-12);
        assertEquals("mean_glucose_mmol_l", GlucoseUnit.MMOL_L.columnName("mean_glucose_mg_dl"));
        assertEquals(GlucoseUnit.MMOL_L, GlucoseUnit.parse("mmol"));
    }
}
