package org.vpsim.patient.insulin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.vpsim.patient.TherapySettings;

class LongActingDoseRuleTest {
    private static TherapySettings basal(double unitsPerHour) {
        return new TherapySettings(70, unitsPerHour, 10, 40, 40, 30);
    }

    @Test
    void dailyDoseIsTwentyFourHoursOfBasalTimesTheFactor() {
        assertEquals(21.6, LongActingDoseRule.ENDOCRINE_SOCIETY_2022.dailyDoseUnits(basal(0.9)), 1e-12);
        assertEquals(21.6 * 1.2, new LongActingDoseRule(1.2).dailyDoseUnits(basal(0.9)), 1e-12);
    }

    @Test
    void penRoundingIsToTheNearestStepTiesDownAndNeverZero() {
        LongActingDoseRule rule = LongActingDoseRule.ENDOCRINE_SOCIETY_2022;
        assertEquals(22, rule.dailyDoseUnits(basal(0.9), 1.0), 0); // 21.6 -> 22
        assertEquals(21, rule.dailyDoseUnits(basal(21.5 / 24), 1.0), 0); // tie -> down
        assertEquals(21.5, rule.dailyDoseUnits(basal(21.5 / 24), 0.5), 0);
        assertEquals(1, rule.dailyDoseUnits(basal(0.01), 1.0), 0); // 0.24 U -> one step, not 0
        assertEquals(0, rule.dailyDoseUnits(basal(0), 1.0), 0);
    }

    @Test
    void badFactorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LongActingDoseRule(0));
        assertThrows(IllegalArgumentException.class, () -> new LongActingDoseRule(Double.NaN));
    }
}
