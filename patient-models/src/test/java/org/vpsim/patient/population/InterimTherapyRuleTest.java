package org.vpsim.patient.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.TherapySettings;

class InterimTherapyRuleTest {

    @Test
    void basalIsHalfTheDailyInsulinAndCarbRatioAndCorrectionFollowThe500And1800Rules() {
        TherapySettings t = InterimTherapyRule.settings(70, 0.75, Double.NaN);
        assertEquals(36.0, t.totalDailyInsulinUnits(), 1e-12);
        assertEquals(500 / 36.0, t.carbRatioGramsPerUnit(), 1e-12);
        assertEquals(1800 / 36.0, t.correctionFactorMgDlPerUnit(), 1e-12);
        assertEquals(Double.NaN, t.ageYears());
    }

    @Test
    void theNominalHovorkaPatientGetsItsSteadyStateBasalAndTheDerivedSettings() {
        TherapySettings t = PatientModels.create("hovorka-2004", "nominal").therapy();
        assertEquals(48 * t.basalInsulinUnitsPerHour(), t.totalDailyInsulinUnits(), 1e-12);
        assertEquals(500 / t.totalDailyInsulinUnits(), t.carbRatioGramsPerUnit(), 1e-12);
    }

    @Test
    void aZeroBasalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InterimTherapyRule.settings(70, 0, 30));
    }
}
