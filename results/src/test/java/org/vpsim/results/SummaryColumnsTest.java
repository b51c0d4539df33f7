package org.vpsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.vpsim.results.parquet.Schemas;

class SummaryColumnsTest {

    @Test
    void catalogueNamesExactlyTheNumericColumnsOfTheSummarySchema() {
        Set<String> numeric = new TreeSet<>();
        Set<String> strings = new TreeSet<>();
        for (Type t : Schemas.SUMMARY.getFields()) {
            if (t.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY) {
                strings.add(t.getName());
            } else {
                numeric.add(t.getName());
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
    void mmolConversionUsesTheGlucoseMolarMass() {
        assertEquals(5.5, GlucoseUnit.MMOL_L.fromMgDl(5.5 * 18.0156), 1e-12);
        assertEquals("mean_glucose_mmol_l", GlucoseUnit.MMOL_L.columnName("mean_glucose_mg_dl"));
        assertEquals(GlucoseUnit.MMOL_L, GlucoseUnit.parse("mmol"));
    }
}
