package org.vpsim.results.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;

class PrimitiveAccessorTest {
    @Test
    @SuppressWarnings("unchecked")
    void unboxedAccessorsGiveTheSameValuesAsTheBoxedOnes() {
        TimeseriesRow row = new TimeseriesRow("adult#001", 1_767_225_600_000L, 123.4, Double.valueOf(120.0), 0.05, 1.1, 0.5, 10.0,
                1.25, Double.valueOf(150.0), "RUNNING");
        int primitives = 0;
        for (Column<TimeseriesRow> c : TimeseriesColumns.TABLE.columns()) {
            if (c.primitive() instanceof ToDoubleFunction<?> d) {
                assertEquals(((Number) c.of(row)).doubleValue(), ((ToDoubleFunction<TimeseriesRow>) d).applyAsDouble(row), c.name());
                primitives++;
            } else if (c.primitive() instanceof ToLongFunction<?> l) {
                assertEquals(((Number) c.of(row)).longValue(), ((ToLongFunction<TimeseriesRow>) l).applyAsLong(row), c.name());
                primitives++;
            }
        }
        assertTrue(primitives >= 7, "time and the six required doubles");
    }

    @Test
    void aPrimitiveAccessorIsOnlyForRequiredColumnsOfItsKind() {
        ToDoubleFunction<TimeseriesRow> d = TimeseriesRow::glucoseMgDl;
        assertThrows(IllegalArgumentException.class,
                () -> new Column<TimeseriesRow>("x", "", ColumnType.DOUBLE, true, "nullable", r -> 1.0, d));
        assertThrows(IllegalArgumentException.class,
                () -> new Column<TimeseriesRow>("x", "", ColumnType.INT64, false, "wrong kind", r -> 1L, d));
    }
}
