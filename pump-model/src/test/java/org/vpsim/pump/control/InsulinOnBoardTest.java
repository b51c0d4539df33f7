package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

class InsulinOnBoardTest {
    private static final long MINUTE = 60_000L;

    @Test
    void singleBolusDecaysAlongTheCurve() {
        InsulinOnBoard iob = InsulinOnBoard.forCurve(ExponentialInsulinCurve.rapidActingAdult());
        iob.record(10 * MINUTE, 4.0);
        assertEquals(4.0, iob.unitsAt(10 * MINUTE), 1e-12);
        assertEquals(4.0 * 0.92952, iob.unitsAt(40 * MINUTE), 4e-5);
        assertEquals(4.0 * 0.44975, iob.unitsAt(130 * MINUTE), 4e-5);
        assertEquals(4.0 * 0.07267, iob.unitsAt(250 * MINUTE), 4e-5);
        assertEquals(0.0, iob.unitsAt(370 * MINUTE), 0.0);
    }

    @Test
    void forCurvePicksTheRecurrenceForExponentialAndSummationOtherwise() {
        assertInstanceOf(ExponentialInsulinOnBoard.class, InsulinOnBoard.forCurve(ExponentialInsulinCurve.rapidActingAdult()));
        assertInstanceOf(SummedInsulinOnBoard.class, InsulinOnBoard.forCurve(new BilinearInsulinCurve(240)));
    }

    @Test
    void recurrenceAgreesWithDirectSummationOverThreeDaysOfPulsesAndBoluses() {
        // A pump-like history: 0.025 U basal pulses every 1.5 min (1 U/h), boluses as pulse bursts
        // at random times, with gaps (suspensions) so that the window empties and refills.
        ExponentialInsulinCurve curve = ExponentialInsulinCurve.rapidActingAdult();
        ExponentialInsulinOnBoard fast = new ExponentialInsulinOnBoard(curve);
        SummedInsulinOnBoard reference = new SummedInsulinOnBoard(curve);
        UniformRandomProvider rng = new RandomStreams(5L).stream("iob-test", StreamPurpose.PUMP_ERROR);
        long t = 0;
        double maxDifference = 0;
        ArrayDeque<Long> expectedHeld = new ArrayDeque<>();
        while (t < 3 * 24 * 60 * MINUTE) {
            t += 90_000L;
            boolean suspended = (t / (8 * 60 * MINUTE)) % 3 == 2 && (t % (8 * 60 * MINUTE)) < 7 * 60 * MINUTE;
            if (!suspended) {
                fast.record(t, 0.025);
                reference.record(t, 0.025);
                expectedHeld.addLast(t);
            }
            if (!suspended && rng.nextDouble() < 0.01) {
                for (int pulse = 0; pulse < 200; pulse++) {
                    t += 1_000L;
                    fast.record(t, 0.025);
                    reference.record(t, 0.025);
                    expectedHeld.addLast(t);
                }
            }
            if (rng.nextDouble() < 0.3) {
                double a = fast.unitsAt(t);
                double b = reference.unitsAt(t);
                maxDifference = Math.max(maxDifference, Math.abs(a - b));
            }
            // Memory is bounded by one duration: exactly the deliveries of the last 360 minutes are held.
            fast.unitsAt(t);
            while (!expectedHeld.isEmpty() && t - expectedHeld.peekFirst() >= 360 * MINUTE) {
                expectedHeld.removeFirst();
            }
            assertEquals(expectedHeld.size(), fast.heldDeliveries(), "at " + t);
        }
        assertTrue(maxDifference < 1e-9, "max |recurrence - sum| = " + maxDifference);
    }

    @Test
    void dropsDeliveriesOlderThanTheDuration() {
        SummedInsulinOnBoard iob = new SummedInsulinOnBoard(new BilinearInsulinCurve(180));
        for (int i = 0; i < 100; i++) {
            iob.record(i * MINUTE, 0.1);
        }
        assertEquals(0.0, iob.unitsAt(100 * MINUTE + 180 * MINUTE), 0.0);
        assertEquals(0, iob.heldDeliveries());
    }

    @Test
    void deliveriesAtTheSameMillisecondAreMerged() {
        ExponentialInsulinOnBoard iob = new ExponentialInsulinOnBoard(ExponentialInsulinCurve.rapidActingAdult());
        iob.record(MINUTE, 0.025);
        iob.record(MINUTE, 0.025);
        assertEquals(1, iob.heldDeliveries());
        assertEquals(0.05, iob.unitsAt(MINUTE), 1e-15);
    }

    @Test
    void refusesTimeGoingBackwardsAndNegativeUnits() {
        InsulinOnBoard iob = InsulinOnBoard.forCurve(ExponentialInsulinCurve.rapidActingAdult());
        iob.record(10 * MINUTE, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> iob.unitsAt(5 * MINUTE));
        assertTrue(e.getMessage().startsWith("timeMillis: 300000"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> iob.record(20 * MINUTE, -0.5));
        assertEquals("units: -0.5 is not a non-negative finite number", e.getMessage());
    }
}
