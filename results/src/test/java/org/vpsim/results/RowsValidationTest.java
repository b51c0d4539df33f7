package org.vpsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RowsValidationTest {

    private static String messageOf(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void timeseriesRowNamesTheOffendingFieldAndValue() {
        assertEquals("basalUnitsPerHour: -0.5 is negative or not finite", messageOf(() -> new TimeseriesRow(
                "p", 0, 100, null, 0, -0.5, 0, 0, 0, 100, "RUNNING")));
        assertEquals("cgmMgDl: 0.0 is not a finite positive number", messageOf(() -> new TimeseriesRow(
                "p", 0, 100, 0.0, 0, 1, 0, 0, 0, 100, "RUNNING")));
        assertEquals("patient: ' ' is blank", messageOf(() -> new TimeseriesRow(
                " ", 0, 100, null, 0, 1, 0, 0, 0, 100, "RUNNING")));
        assertEquals("iobUnits: NaN is not finite", messageOf(() -> new TimeseriesRow(
                "p", 0, 100, null, 0, 1, 0, 0, Double.NaN, 100, "RUNNING")));
    }

    @Test
    void eventRowRejectsNegativeInsulinAndInvalidArm() {
        assertEquals("deliveredUnits: -1.0 is negative or not finite",
                messageOf(() -> new EventRow("a", "p", 0, "BOLUS", null, 1.0, -1.0, null)));
        assertEquals("arm: 'a b' is not a valid arm name (letters, digits, '_', '.', '-'; not starting with '.' or '-')",
                messageOf(() -> new EventRow("a b", "p", 0, "BOLUS", null, null, null, null)));
    }

    @Test
    void summaryBuilderTotalsAndCgmTirAreNullWithoutCgm() {
        SummaryRow s = new SummaryBuilder("a", "p")
                .addPlasmaGlucose(100).addPlasmaGlucose(200)
                .addBasal(10).addBolus(5).addInsulinDelivered(15).addCarbs(180).addCarbs(20)
                .build(1.0);
        assertEquals(2, s.glucose().readings());
        assertEquals(50.0, s.glucose().tir70To180Pct(), 0.0);
        assertNull(s.cgmTir70To180Pct());
        assertEquals(15.0, s.totalInsulinUnits(), 0.0);
        assertEquals(10.0, s.totalBasalUnits(), 0.0);
        assertEquals(5.0, s.totalBolusUnits(), 0.0);
        assertEquals(200.0, s.totalCarbsGrams(), 0.0);
    }

    @Test
    void summaryCgmTirUsesOnlyCgmReadings() {
        SummaryBuilder b = new SummaryBuilder("a", "p");
        b.addGlucose(new TimeseriesRow("p", 0, 100, 60.0, 0, 1, 0, 0, 0, 100, "RUNNING"));
        b.addGlucose(new TimeseriesRow("p", 1, 100, null, 0, 1, 0, 0, 0, 100, "RUNNING"));
        b.addGlucose(new TimeseriesRow("p", 2, 100, 100.0, 0, 1, 0, 0, 0, 100, "RUNNING"));
        SummaryRow s = b.build(0.5);
        assertEquals(100.0, s.glucose().tir70To180Pct(), 0.0);
        assertEquals(3, s.glucose().readings());
        assertEquals(50.0, s.cgmTir70To180Pct(), 0.0);
    }
}
