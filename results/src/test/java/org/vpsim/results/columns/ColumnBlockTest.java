package org.vpsim.results.columns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;

class ColumnBlockTest {

    private static final long T0 = 1_767_571_200_000L; // 2026-01-05T00:00Z

    private static TimeseriesRow row(int i) {
        boolean pen = i % 4 == 3;
        return new TimeseriesRow(i % 2 == 0 ? "adult#001" : "child#007", i % 3, T0 + i * 300_000L, 90.0 + i,
                i % 5 == 0 ? null : 91.0 + i, 0.1 * i, 1.2, 0.0, i % 7 == 0 ? 30.0 : 0.0, -0.0, pen ? null : 250.0 - 0.1 * i,
                pen ? null : "RUNNING");
    }

    @Test
    void rowsComeBackEqualThroughTheColumnsAndTheArraysGrowAsRowsAreAdded() {
        ColumnBlock<TimeseriesRow> block = new ColumnBlock<>(TimeseriesColumns.TABLE, 1);
        List<TimeseriesRow> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(row(i));
            block.add(rows.get(i));
        }
        assertEquals(1_000, block.size());
        List<TimeseriesRow> back = new ArrayList<>();
        block.forEach(back::add);
        assertEquals(rows, back);
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits(block.doubles(TimeseriesColumns.TABLE.indexOf("iob_u"))[3]));
    }

    @Test
    void eachColumnIsStoredAsItsCatalogueTypeWithNullsMarkedAbsent() {
        Table<TimeseriesRow> t = TimeseriesColumns.TABLE;
        ColumnBlock<TimeseriesRow> block = new ColumnBlock<>(t, 4);
        for (int i = 0; i < 4; i++) {
            block.add(row(i));
        }
        int cgm = t.indexOf("cgm_mg_dl");
        int status = t.indexOf("pump_status");
        assertArrayEquals(new long[] {T0, T0 + 300_000L, T0 + 600_000L, T0 + 900_000L}, block.longs(t.indexOf("time")));
        assertArrayEquals(new int[] {0, 1, 2, 0}, block.ints(t.indexOf("replicate")));
        assertTrue(block.isNull(cgm, 0));
        assertFalse(block.isNull(cgm, 1));
        assertEquals(92.0, block.doubles(cgm)[1]);
        assertTrue(block.isNull(status, 3));
        assertNull(block.strings(status)[3]);
        assertSame("adult#001", block.strings(t.indexOf("patient"))[0], "the row's own string, not a copy");
        assertNull(block.presence(t.indexOf("glucose_mg_dl")), "a required column has no presence array");
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class, () -> block.longs(cgm));
        assertTrue(wrongKind.getMessage().contains("cgm_mg_dl"), wrongKind.getMessage());
    }

    @Test
    void clearEmptiesTheBlockAndReleasesItsStrings() {
        ColumnBlock<EventRow> block = new ColumnBlock<>(EventColumns.TABLE, 2);
        block.add(new EventRow("pump", "adult#001", T0, "ALARM", "LOW_RESERVOIR", null, null, null));
        block.clear();
        assertTrue(block.isEmpty());
        assertNull(block.strings(EventColumns.TABLE.indexOf("detail"))[0]);
        EventRow meal = new EventRow("pump", "adult#001", T0 + 60_000L, "MEAL", null, null, null, 45.0);
        block.add(meal);
        assertEquals(meal, block.row(0));
        assertThrows(IndexOutOfBoundsException.class, () -> block.row(1));
    }

    @Test
    void aNullInARequiredColumnIsRefusedNamingTheColumn() {
        Table<String[]> table = new Table.Builder<String[]>()
                .required("name", "", ColumnType.STRING, "a name", r -> r[0])
                .build("names", "names/1", v -> new String[] {v.string("name")});
        ColumnBlock<String[]> block = new ColumnBlock<>(table, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> block.add(new String[] {null}));
        assertEquals("names.name: null in a required column", e.getMessage());
        assertEquals(0, block.size());
    }
}
