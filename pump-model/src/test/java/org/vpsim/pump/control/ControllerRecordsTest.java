package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ControllerRecordsTest {

    @Test
    void observationRequiresAgeExactlyWhenThereIsAReading() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ControllerObservation(0, 0, 120.0, null, 0, 0, 1, "NORMAL"));
        assertEquals("cgmAgeMillis: null must be null exactly when cgmMgDl is null (cgmMgDl: 120.0)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new ControllerObservation(0, 1440, null, null, 0, 0, 1, "NORMAL"));
        assertEquals("timeOfDayMinutes: 1440.0 is not in [0, 1440)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new ControllerObservation(0, 0, null, null, -5, 0, 1, "NORMAL"));
        assertEquals("announcedCarbsGrams: -5.0 is not a non-negative finite number", e.getMessage());
    }

    @Test
    void observationAllowsNegativeNetIob() {
        assertEquals(-0.4, new ControllerObservation(0, 0, null, null, 0, -0.4, 0, "SUSPENDED").iobUnits(), 0.0);
    }

    @Test
    void decisionRefusesContradictoryCommands() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ControllerDecision(0, null, true, true, ""));
        assertEquals("suspend: true together with resume: true", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ControllerDecision.bolus(-1, "x"));
        assertEquals("bolusUnits: -1.0 is not a non-negative finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new TempBasal(0.5, 0));
        assertEquals("durationMillis: 0 is not positive", e.getMessage());
    }
}
