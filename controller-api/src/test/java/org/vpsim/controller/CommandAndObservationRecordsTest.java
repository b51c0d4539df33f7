package org.vpsim.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ported from pump-model's ControllerRecordsTest: the API records refuse what cannot be meant. */
class CommandAndObservationRecordsTest {
    private static final PumpState RUNNING = new PumpState("running", 0, 200, 1.0, null);

    @Test
    void observationRefusesOutOfRangeFields() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Observation(0, 1440, null, List.of(), 0, 0, RUNNING, List.of(), List.of()));
        assertEquals("timeOfDayMinutes: 1440.0 is outside [0, 1440)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Observation(0, 0, null, List.of(), -5, 0, RUNNING, List.of(), List.of()));
        assertEquals("announcedCarbsGrams: -5.0 is not a non-negative finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Observation(0, 0, 0.0, List.of(), 0, 0, RUNNING, List.of(), List.of()));
        assertEquals("cgmMgDl: 0.0 is not a positive finite number", e.getMessage());
    }

    @Test
    void observationAllowsNegativeNetIob() {
        // Net-basal IOB (Loop, oref0) goes below 0 during a suspension.
        assertEquals(-0.4, new Observation(0, 0, null, List.of(), 0, -0.4, RUNNING, List.of(), List.of()).iobUnits(), 0.0);
    }

    @Test
    void commandRefusesContradictoryOrNegativeRequests() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Command(0, null, true, true, null));
        assertEquals("suspend and resume are both true", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Command.bolus(-1, "x"));
        assertEquals("bolusUnits: -1.0 is not a non-negative finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Command.tempBasal(0.5, 0, "x"));
        assertEquals("tempBasal.durationMinutes: 0.0 is not a positive finite number", e.getMessage());
    }

    @Test
    void commandNoneIsEmptyAndCarriesItsReason() {
        assertTrue(Command.none().isEmpty());
        assertEquals("", Command.none().reason());
        assertEquals("why", Command.none("why").reason());
        Command c = Command.tempBasal(0.8, 30, "auto-basal").withBolus(2.0);
        assertEquals(2.0, c.bolusUnits(), 0.0);
        assertEquals(new TempBasalChange.Start(0.8, 30), c.tempBasal());
        assertEquals("auto-basal", c.reason());
    }

    @Test
    void pumpStateShowsTheProgrammedRateNotTheDeliveredOne() {
        PumpState suspended = new PumpState("suspended", 10, 200, 1.2, null);
        assertEquals(1.2, suspended.programmedBasalUnitsPerHour(), 0.0);
        PumpState temp = new PumpState("running", 10, 200, 1.2, new TempBasalState(0.5, 10, 30, 20));
        assertEquals(0.5, temp.programmedBasalUnitsPerHour(), 0.0);
    }
}
