package org.vpsim.pump.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PumpSpecTest {
    @Test
    void defaultsAreTheMiniMed7xxFigures() {
        PumpSpec s = PumpSpec.minimed7xx();
        assertEquals(0.025, s.pulseUnits());
        assertEquals(300, s.reservoirCapacityUnits());
        assertEquals(20, s.lowReservoirAlertUnits());
        assertEquals(1.5, s.standardBolusUnitsPerMinute());
        assertEquals(25, s.maxBolusUnits());
        assertEquals(35, s.maxBasalUnitsPerHour());
        assertEquals(1.25, s.occlusionAlarmThresholdUnits());
        assertEquals(0.5, s.occlusionAlarmThresholdMinUnits());
        assertEquals(3.0, s.occlusionAlarmThresholdMaxUnits());
        assertEquals(72, s.setWearHours());
        assertEquals(1000L, s.bolusStrokeSpacingMillis(BolusSpeed.STANDARD));
        assertEquals(100L, s.bolusStrokeSpacingMillis(BolusSpeed.QUICK));
    }

    @Test
    void presetsDifferOnlyWhereTheirModelDiffers() {
        assertEquals(180, PumpSpec.preset("minimed5xx").reservoirCapacityUnits());
        assertEquals(168, PumpSpec.preset("minimed7xx-extended-wear").setWearHours());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PumpSpec.preset("omnipod"));
        assertTrue(e.getMessage().startsWith("model: 'omnipod'"), e.getMessage());
    }

    @Test
    void overridesReplaceNamedFieldsAndAreValidated() {
        PumpSpec s = PumpSpec.minimed7xx().withOverrides(Map.of("occlusionsPerDay", 0.2, "autoSetChange", true,
                "occlusionAlarmThresholdUnits", 3));
        assertEquals(0.2, s.occlusionsPerDay());
        assertTrue(s.autoSetChange());
        assertEquals(3.0, s.occlusionAlarmThresholdUnits());
        assertEquals(PumpSpec.minimed7xx().toBuilder().occlusionsPerDay(0.2).autoSetChange(true)
                .occlusionAlarmThresholdRangeUnits(0.5, 3, 3).build(), s);
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> PumpSpec.minimed7xx().withOverrides(Map.of("occlusionAlarmThresholdUnits", 5)));
        assertEquals("occlusionAlarmThresholdUnits: 5.0 is above occlusionAlarmThresholdMaxUnits 3.0",
                above.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PumpSpec.minimed7xx().withOverrides(Map.of("occlusionRate", 1)));
        assertTrue(unknown.getMessage().startsWith("occlusionRate: unknown pump field"), unknown.getMessage());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> PumpSpec.minimed7xx().withOverrides(Map.of("leakFraction", 1.5)));
        assertEquals("leakFraction: 1.5 is outside [0, 1]", invalid.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> PumpSpec.minimed7xx().withOverrides(Map.of("autoSetChange", "yes")));
        assertEquals("autoSetChange: yes is not true or false", type.getMessage());
    }
}
