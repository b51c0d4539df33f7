package org.vpsim.patient.variability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.patient.uva.UvaPadovaCohort;

class PhysiologyVariabilityTest {

    private static PhysiologyVariability variability(VariabilityParameters p, String patient, long seed) {
        RandomStreams s = new RandomStreams(seed);
        return new PhysiologyVariability(p, s.stream(patient, StreamPurpose.PHYSIOLOGY_VARIABILITY, 0),
                s.stream(patient, StreamPurpose.PHYSIOLOGY_VARIABILITY, 1));
    }

    /** Basal alone for {@code days}, multipliers every 15 min; returns {min, max} plasma glucose. */
    private static double[] basalOnly(PatientModel m, VariabilityParameters p, long seed, int days) {
        VirtualPatient v = VirtualPatient.atSteadyState(m);
        v.setInsulinInfusionUnitsPerMinute(m.therapy().basalInsulinUnitsPerHour() / 60);
        PhysiologyVariability var = variability(p, m.patientName(), seed);
        double min = v.plasmaGlucoseMgDl();
        double max = min;
        for (double t = 0; t < days * 1440; t += 15) {
            v.advanceToMinute(t);
            min = Math.min(min, v.plasmaGlucoseMgDl());
            max = Math.max(max, v.plasmaGlucoseMgDl());
            v.setInsulinSensitivityMultiplier(var.insulinSensitivityAt(t, t % 1440));
            v.setEndogenousGlucoseMultiplier(var.endogenousGlucoseAt(t % 1440));
        }
        return new double[] {min, max};
    }

    @Test
    void withEveryPartOffThePatientStaysAtItsSteadyStateBitForBit() {
        PatientModel m = UvaPadovaCohort.standard().patient("child#003");
        VirtualPatient plain = VirtualPatient.atSteadyState(m);
        plain.setInsulinInfusionUnitsPerMinute(m.therapy().basalInsulinUnitsPerHour() / 60);
        plain.advanceToMinute(1440);
        double[] off = basalOnly(m, VariabilityParameters.none(), 1, 1);
        double g0 = VirtualPatient.atSteadyState(m).plasmaGlucoseMgDl();
        assertEquals(g0, off[0], 0.01);
        assertEquals(g0, off[1], 0.01);
        // multipliers of exactly 1 leave the state bit-identical
        VirtualPatient ones = VirtualPatient.atSteadyState(m);
        ones.setInsulinInfusionUnitsPerMinute(m.therapy().basalInsulinUnitsPerHour() / 60);
        ones.advanceToMinute(700);
        ones.setInsulinSensitivityMultiplier(1.0);
        ones.setEndogenousGlucoseMultiplier(1.0);
        ones.setCarbAbsorptionMultiplier(1.0);
        ones.advanceToMinute(1440);
        assertArrayEquals(plain.state(), ones.state());
    }

    @Test
    void aPatientLeftAloneOnBasalCanGoLowAndHighAsRealPatientsDo() {
        // Over 14 days of basal alone, the adults span a range of fasting glucose; someone goes below 70.
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (PatientModel m : UvaPadovaCohort.standard().resolve("adults")) {
            double[] r = basalOnly(m, VariabilityParameters.standard(), 7, 14);
            lowest = Math.min(lowest, r[0]);
            highest = Math.max(highest, r[1]);
        }
        assertTrue(lowest < 70, "lowest " + lowest);
        assertTrue(highest > 180, "highest " + highest);
    }

    @Test
    void studiesUseAgeGroupVariabilityThatLeavesAdultsOnBasalAbleToGoLow() {
        // Age groups as in the UVA/Padova cohort: children below 13, adolescents below 20.
        assertEquals(0.05, VariabilityParameters.forAgeYears(12.9).dawnEgpIncrease(), 0.0);
        assertEquals(0.25, VariabilityParameters.forAgeYears(13).dawnEgpIncrease(), 0.0);
        assertEquals(VariabilityParameters.standard().insulinSensitivityWalkSd(),
                VariabilityParameters.forAgeYears(19.9).insulinSensitivityWalkSd(), 0.0);
        assertEquals(0.25, VariabilityParameters.forAgeYears(20).insulinSensitivityWalkSd(), 0.0);
        assertEquals(48.0, VariabilityParameters.forAgeYears(20).insulinSensitivityWalkHours(), 0.0);
        double lowest = Double.POSITIVE_INFINITY;
        for (PatientModel m : UvaPadovaCohort.standard().resolve("adults")) {
            lowest = Math.min(lowest, basalOnly(m, VariabilityParameters.forAgeYears(40), 7, 14)[0]);
        }
        assertTrue(lowest < 70, "lowest " + lowest);
    }

    @Test
    void dawnRaisesEndogenousProductionOnlyBetweenThreeAndNine() {
        assertEquals(1.0, CircadianPattern.dawnEndogenousGlucose(2.9 * 60, 0.15), 0.0);
        assertEquals(1.15, CircadianPattern.dawnEndogenousGlucose(6 * 60, 0.15), 1e-12);
        assertEquals(1.0, CircadianPattern.dawnEndogenousGlucose(9.1 * 60, 0.15), 0.0);
        assertEquals(0.80, CircadianPattern.insulinSensitivity(8 * 60, 1), 1e-12);
        assertEquals(1.0, CircadianPattern.insulinSensitivity(8 * 60, 0), 1e-12);
        assertEquals(CircadianPattern.insulinSensitivity(0, 1), CircadianPattern.insulinSensitivity(1440, 1), 1e-12);
    }

    @Test
    void theRandomWalkHasItsStationarySdAndIsReproducible() {
        // 20 patients x 60 days sampled daily (a = e^-2, nearly independent): 1,200 draws of log SI whose SD
        // should be 0.15; the SD estimate's SE is ~0.15/sqrt(2*1200/1.04) = 0.0031, 4 SE = 0.0125.
        VariabilityParameters walkOnly = new VariabilityParameters(false, 1, 0.15, 12, false, 0, 0, 15);
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int patient = 0; patient < 20; patient++) {
            PhysiologyVariability v = variability(walkOnly, "p" + patient, 3);
            for (int day = 0; day < 60; day++) {
                double w = Math.log(v.insulinSensitivityAt(day * 1440.0, 0));
                sum += w;
                sumSq += w * w;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt((sumSq - n * mean * mean) / (n - 1));
        assertEquals(0.15, sd, 0.0125);
        PhysiologyVariability a = variability(VariabilityParameters.standard(), "adult#001", 9);
        PhysiologyVariability b = variability(VariabilityParameters.standard(), "adult#001", 9);
        for (int k = 0; k < 100; k++) {
            assertEquals(a.insulinSensitivityAt(k * 15, k * 15 % 1440), b.insulinSensitivityAt(k * 15, k * 15 % 1440));
            assertEquals(a.nextMealAbsorptionMultiplier(), b.nextMealAbsorptionMultiplier());
        }
    }

    @Test
    void parametersRefuseBadValuesByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new VariabilityParameters(true, 1, -0.1, 12, true, 0.15, 0.2, 15));
        assertTrue(e.getMessage().startsWith("insulinSensitivityWalkSd:"), e.getMessage());
    }
}
