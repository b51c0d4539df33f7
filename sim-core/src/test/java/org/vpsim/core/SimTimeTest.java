package org.vpsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimTimeTest {

    @Test
    void unitConstantsAreConsistent() {
        assertEquals(1_000L, SimTime.MILLIS_PER_SECOND);
        assertEquals(60 * SimTime.MILLIS_PER_SECOND, SimTime.MILLIS_PER_MINUTE);
        assertEquals(60 * SimTime.MILLIS_PER_MINUTE, SimTime.MILLIS_PER_HOUR);
        assertEquals(24 * SimTime.MILLIS_PER_HOUR, SimTime.MILLIS_PER_DAY);
    }

    @Test
    void minutesHoursDaysConvertToMillis() {
        assertEquals(300_000L, SimTime.minutes(5));
        assertEquals(5_400_000L, SimTime.hours(1) + SimTime.minutes(30));
        assertEquals(86_400_000L, SimTime.days(1));
        assertEquals(SimTime.days(28), SimTime.hours(28 * 24));
        assertEquals(0L, SimTime.minutes(0));
        assertEquals(-60_000L, SimTime.minutes(-1));
    }

    @Test
    void overflowingConversionsThrowInsteadOfWrapping() {
        assertThrows(ArithmeticException.class, () -> SimTime.days(Long.MAX_VALUE / 1_000));
        assertThrows(ArithmeticException.class, () -> SimTime.minutes(Long.MIN_VALUE / 2));
    }

    @Test
    void toMinutesGivesFractionalMinutes() {
        assertEquals(1.0, SimTime.toMinutes(60_000L), 0.0);
        assertEquals(0.5, SimTime.toMinutes(30_000L), 0.0);
        assertEquals(1.0 / 60_000, SimTime.toMinutes(1L), 1e-20);
        assertEquals(40_320.0, SimTime.toMinutes(SimTime.days(28)), 0.0);
    }

    @Test
    void fromMinutesRoundsToNearestMillisecond() {
        assertEquals(90_000L, SimTime.fromMinutes(1.5));
        assertEquals(1L, SimTime.fromMinutes(0.6 / 60_000));
        assertEquals(0L, SimTime.fromMinutes(0.4 / 60_000));
        assertEquals(-90_000L, SimTime.fromMinutes(-1.5));
    }

    @Test
    void millisRoundTripThroughMinutesExactlyOverAYear() {
        // A double has 53 bits; a year in ms needs 35, so the round trip must be exact.
        for (long t = 0; t <= SimTime.days(366); t += 7_919_999L) {
            assertEquals(t, SimTime.fromMinutes(SimTime.toMinutes(t)), "t=" + t);
        }
        long t = SimTime.days(365) + 1;
        assertEquals(t, SimTime.fromMinutes(SimTime.toMinutes(t)));
    }
}
