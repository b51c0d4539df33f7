package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** FixedDecimal writes what String.format's %.Nf writes, character for character. */
class FixedDecimalTest {

    private static void assertSameAsFormatter(double v, int decimals) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), FixedDecimal.format(v, decimals),
                () -> "value " + v + " (bits " + Long.toHexString(Double.doubleToRawLongBits(v)) + "), " + decimals + " decimals");
    }

    @Test
    void halfwayCasesAndSignsAreWrittenAsTheFormatterWritesThem() {
        // Halfway in the shortest decimal though not in binary (1.0005 is 1.000499999… as a double): the formatter
        // rounds the decimal up; -0.0 and negatives that round to zero keep their minus sign.
        double[] values = {0.0, -0.0, 0.0005, 1.0005, 2.675, 0.125, 0.15, 0.25, 0.35, -0.0004, -0.5, 0.5, 1.5, 2.5,
                1e-20, -1e-20, 9.9995, 99.95, 123456789.5, 1e15 + 0.5, 4.35, 1.1e-5, 7.0e7};
        for (double v : values) {
            for (int d = 0; d <= 6; d++) {
                assertSameAsFormatter(v, d);
            }
        }
        assertEquals("1.001", FixedDecimal.format(1.0005, 3));
        assertEquals("-0.000", FixedDecimal.format(-0.0, 3));
    }

    @Test
    void randomValuesOfEveryMagnitudeTheBolusCalculatorWritesAreWrittenAsTheFormatterWritesThem() {
        // 100,000 values from 1e-6 to 1e6, a third of them on a decimal grid one digit finer than printed (ties).
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 100_000; i++) {
            int decimals = random.nextInt(4);
            double v = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(-6, 7));
            if (i % 3 == 0) {
                double grid = Math.pow(10, decimals + 1);
                v = Math.round(v * grid) / grid;
            }
            assertSameAsFormatter(v, decimals);
        }
    }

    @Test
    void nonFiniteValuesAndBadDecimalCounts() {
        assertSameAsFormatter(Double.NaN, 3);
        assertSameAsFormatter(Double.POSITIVE_INFINITY, 3);
        assertSameAsFormatter(Double.NEGATIVE_INFINITY, 1);
        assertThrows(IllegalArgumentException.class, () -> FixedDecimal.format(1, -1));
    }
}
