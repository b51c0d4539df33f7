package org.vpsim.patient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.patient.uva.UvaPadova2008Model;
import org.vpsim.patient.uva.UvaPadovaCohort;

class VirtualPatientTest {
    private static final UvaPadova2008Model ADULT = UvaPadovaCohort.standard().patient("adult#001");
    private static final double BASAL = ADULT.therapy().basalInsulinUnitsPerHour() / 60.0;

    @Test
    void aOneUnitImpulseAndOneUnitOverOneMinuteGiveNearlyTheSameGlucoseFourHoursLater() {
        VirtualPatient impulse = VirtualPatient.atSteadyState(ADULT);
        impulse.setInsulinInfusionUnitsPerMinute(BASAL);
        impulse.injectSubcutaneousInsulin(1.0);
        impulse.advanceToMinute(240);

        VirtualPatient rate = VirtualPatient.atSteadyState(ADULT);
        rate.setInsulinInfusionUnitsPerMinute(BASAL + 1.0);
        rate.advanceToMinute(1);
        rate.setInsulinInfusionUnitsPerMinute(BASAL);
        rate.advanceToMinute(240);

        VirtualPatient none = VirtualPatient.atSteadyState(ADULT);
        none.setInsulinInfusionUnitsPerMinute(BASAL);
        none.advanceToMinute(240);

        double effect = none.plasmaGlucoseMgDl() - impulse.plasmaGlucoseMgDl();
        double difference = Math.abs(impulse.plasmaGlucoseMgDl() - rate.plasmaGlucoseMgDl());
        System.out.printf("1 U impulse vs 1 U/min for 1 min: glucose effect %.2f mg/dL, difference %.3g mg/dL%n",
                effect, difference);
        assertTrue(effect > 5, "1 U must lower glucose visibly; effect " + effect);
        assertTrue(difference < 0.01 * effect, "impulse vs rate differ by " + difference + " mg/dL");
        assertEquals(impulse.cumulativeInsulinUnits(), rate.cumulativeInsulinUnits(), 1e-12);
    }

    @Test
    void mealReferenceIsStomachAtMealStartPlusGramsEatenIncludingTheCurrentMinute() {
        VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
        p.setInsulinInfusionUnitsPerMinute(BASAL);
        assertEquals(0.0, p.mealReferenceCarbsMg());
        p.advanceToMinute(10);
        p.setCarbIntakeGramsPerMinute(5);
        assertEquals(5_000.0, p.mealReferenceCarbsMg(), 1e-9, "the first minute counts at its start");
        p.advanceToMinute(13.5);
        assertEquals(20_000.0, p.mealReferenceCarbsMg(), 1e-9, "minutes 10, 11, 12, 13 started");
        p.advanceToMinute(20);
        p.setCarbIntakeGramsPerMinute(0);
        assertEquals(50_000.0, p.mealReferenceCarbsMg(), 1e-9, "ten minutes at 5 g/min");
        p.advanceToMinute(60);
        assertEquals(50_000.0, p.mealReferenceCarbsMg(), 1e-9, "D̄ keeps its value after the meal");
        double stomach = ADULT.stomachCarbsMg(p.state());
        assertTrue(stomach > 0);
        p.setCarbIntakeGramsPerMinute(4);
        assertEquals(stomach + 4_000.0, p.mealReferenceCarbsMg(), 1e-9, "a new meal remembers the stomach");
    }

    @Test
    void advancingInPumpSizedStepsEqualsAdvancingMinuteByMinute() {
        List<MinuteInput> inputs = new java.util.ArrayList<>();
        for (int t = 0; t < 240; t++) {
            inputs.add(new MinuteInput(t >= 30 && t < 45 ? 5.0 : 0.0, BASAL + (t == 30 ? 6.0 : 0.0)));
        }
        List<ReplayRow> perMinute = Replay.run(ADULT, inputs);
        VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
        for (int t = 0; t < 240; t++) {
            p.setCarbIntakeGramsPerMinute(inputs.get(t).carbIntakeGramsPerMinute());
            p.setInsulinInfusionUnitsPerMinute(inputs.get(t).insulinInfusionUnitsPerMinute());
            for (int k = 1; k <= 8; k++) {
                p.advanceToMinute(t + k / 8.0);
            }
        }
        // Same meal bookkeeping; only the integrator's step sequence differs (tolerance 1e-8 relative).
        assertEquals(perMinute.get(240).plasmaGlucoseMgDl(), p.plasmaGlucoseMgDl(), 1e-4);
        assertEquals(perMinute.get(240).interstitialGlucoseMgDl(), p.interstitialGlucoseMgDl(), 1e-4);
        assertEquals(perMinute.get(240).state()[0], p.state()[0], 1e-3, "stomach Qsto1 (mg)");
    }

    @Test
    void advancingAcrossAMealInOneCallCountsEveryMinuteEaten() {
        VirtualPatient oneCall = VirtualPatient.atSteadyState(ADULT);
        oneCall.setCarbIntakeGramsPerMinute(5);
        oneCall.advanceToMinute(12);
        VirtualPatient perMinute = VirtualPatient.atSteadyState(ADULT);
        for (int t = 0; t < 12; t++) {
            perMinute.setCarbIntakeGramsPerMinute(5);
            perMinute.advanceToMinute(t + 1);
        }
        assertEquals(perMinute.mealReferenceCarbsMg(), oneCall.mealReferenceCarbsMg(), 1e-9);
        assertArrayEquals(perMinute.state(), oneCall.state(), 1e-6);
    }

    @Test
    void asAContinuousProcessMillisecondsMapToMinutes() {
        VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
        p.advanceTo(90_000L);
        assertEquals(1.5, p.nowMinutes());
    }

    @Test
    void sameInputsGiveBitIdenticalStates() {
        double[][] runs = new double[2][];
        for (int r = 0; r < 2; r++) {
            VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
            p.setCarbIntakeGramsPerMinute(5);
            p.setInsulinInfusionUnitsPerMinute(0.5);
            p.advanceToMinute(10);
            p.setCarbIntakeGramsPerMinute(0);
            p.injectSubcutaneousInsulin(0.025);
            p.advanceToMinute(300);
            runs[r] = p.state();
        }
        assertArrayEquals(runs[0], runs[1], 0.0);
    }

    @Test
    void fasterAbsorptionBringsThePlasmaInsulinPeakEarlier() {
        double[] peakMinute = new double[2];
        double[] multipliers = {1.0, 2.0};
        for (int r = 0; r < 2; r++) {
            VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
            p.setAbsorptionRateMultiplier(multipliers[r]);
            p.setInsulinInfusionUnitsPerMinute(BASAL);
            p.injectSubcutaneousInsulin(5.0);
            double peak = 0;
            for (int t = 1; t <= 300; t++) {
                p.advanceToMinute(t);
                if (p.plasmaInsulinPmolPerL() > peak) {
                    peak = p.plasmaInsulinPmolPerL();
                    peakMinute[r] = t;
                }
            }
        }
        assertTrue(peakMinute[1] < peakMinute[0], "peaks at " + peakMinute[0] + " and " + peakMinute[1]);
    }

    @Test
    void negativeOrNonFiniteInputsAreRejectedNamingTheInput() {
        VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
        var e1 = assertThrows(IllegalArgumentException.class, () -> p.setCarbIntakeGramsPerMinute(-1));
        assertTrue(e1.getMessage().contains("carbIntakeGramsPerMinute"), e1.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> p.setInsulinInfusionUnitsPerMinute(Double.NaN));
        assertTrue(e2.getMessage().contains("insulinInfusionUnitsPerMinute"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class, () -> p.injectSubcutaneousInsulin(
                Double.POSITIVE_INFINITY));
        assertTrue(e3.getMessage().contains("insulinUnits"), e3.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.setAbsorptionRateMultiplier(0));
        p.advanceToMinute(5);
        assertThrows(IllegalArgumentException.class, () -> p.advanceToMinute(4));
    }

    @Test
    void therapyFactsComeFromTheParameterTables() {
        VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
        // simglucose adult#001: u2ss 1.2386244136 pmol/kg/min, BW 102.32 kg; Quest CR 10, CF 8.77..., Age 61, TDI 50.42...
        assertEquals(1.2386244136 * 102.32 / 6000 * 60, p.basalInsulinUnitsPerHour(), 1e-12);
        assertEquals(102.32, p.bodyWeightKg());
        assertEquals(10.0, p.carbRatioGramsPerUnit());
        assertEquals(61.0, p.ageYears());
        assertEquals(138.56, p.plasmaGlucoseMgDl(), 1e-9);
    }
}
