package org.vpsim.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sensor-life, warm-up and burst-dropout fields of an arm's cgm: accepted together, refused naming the field. */
class CgmSettingsTest {
    private static CgmSettings cgm(Integer interval, String model, Double lifeDays, Integer warmUp, Double fraction,
                                   Double meanMinutes) {
        return new CgmSettings(interval, null, null, null, null, model, lifeDays, warmUp, fraction, meanMinutes);
    }

    private static String refusal(Runnable r) {
        return assertThrows(RuntimeException.class, r::run).getMessage();
    }

    @Test
    void theFieldsExamplesAreAcceptedTogether() {
        CgmSettings g7 = cgm(5, null, 10.5, 30, 0.03, 30.0);
        assertEquals(10.5, g7.sensorLifeDays());
        assertEquals(30, g7.warmUpMinutes());
        // The Vettoretti model's own 10-day life allows a warm-up without sensorLifeDays.
        assertEquals(120, cgm(5, "vettoretti-2019", null, 120, null, null).warmUpMinutes());
        // 15-minute sampling with 15-minute bursts: the shortest mean burst for a fraction up to 0.5.
        cgm(15, null, null, null, 0.5, 15.0);
    }

    @Test
    void badCombinationsAreRefusedNamingTheField() {
        String m = refusal(() -> cgm(5, null, null, 120, null, null));
        assertTrue(m.contains("warmUpMinutes") && m.contains("sensorLifeDays"), m);
        m = refusal(() -> cgm(5, null, 1.0, 1440, null, null));
        assertTrue(m.contains("warmUpMinutes") && m.contains("shorter than the sensor life"), m);
        m = refusal(() -> cgm(5, null, 10.001, null, null, null));
        assertTrue(m.contains("sensorLifeDays") && m.contains("5 minutes"), m);
        m = refusal(() -> cgm(5, null, null, null, 0.03, null));
        assertTrue(m.contains("dropoutBurstMeanMinutes"), m);
        m = refusal(() -> cgm(15, null, null, null, 0.03, 5.0));
        assertTrue(m.contains("dropoutBurstMeanMinutes") && m.contains("sampleIntervalMinutes"), m);
        m = refusal(() -> cgm(5, null, 40.0, null, null, null));
        assertTrue(m.contains("sensorLifeDays"), m);
    }
}
