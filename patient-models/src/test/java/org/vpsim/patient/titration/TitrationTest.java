package org.vpsim.patient.titration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.patient.uva.UvaPadovaCohort;

class TitrationTest {
    private static List<TitrationResult> cohort;

    @BeforeAll
    static void titrateCohort() {
        cohort = Titration.cohort(UvaPadovaCohort.standard());
        for (TitrationResult r : cohort) {
            System.out.printf("%-14s basal %.3f  CR %5.1f (Quest %5.1f)  CF %6.1f (Quest %6.1f)  fasting %.1f"
                            + "  mealNadir %.1f peak %.1f  bolus %.2f  cfNadirAt %.0f min  %.0f h%n",
                    r.patient(), r.titrated().basalInsulinUnitsPerHour(), r.titrated().carbRatioGramsPerUnit(),
                    r.published().carbRatioGramsPerUnit(), r.titrated().correctionFactorMgDlPerUnit(),
                    r.published().correctionFactorMgDlPerUnit(), r.fastingGlucoseMgDl(), r.mealNadirMgDl(),
                    r.mealPeakMgDl(), r.mealBolusUnits(), r.correctionNadirMinutes(), r.simulatedHours());
        }
    }

    @Test
    void theSameCohortGivesBitIdenticalSettings() {
        List<TitrationResult> again = Titration.cohort(UvaPadovaCohort.standard());
        assertEquals(cohort, again);
    }

    @Test
    void uvaPadovaBasalIsTheModelsOwnSteadyBasal() {
        for (TitrationResult r : cohort) {
            assertTrue(r.basalFromSteadyState(), r.patient());
            assertEquals(r.published().basalInsulinUnitsPerHour(), r.titrated().basalInsulinUnitsPerHour(), 0.0);
            assertTrue(Math.abs(r.basalDriftMgDl()) < 0.01, r.patient() + " drift " + r.basalDriftMgDl());
        }
    }

    @Test
    void mealBolusIsTheLargestWhoseNadirStaysWithinToleranceOfFasting() {
        TitrationProtocol p = TitrationProtocol.standard();
        for (TitrationResult r : cohort.subList(0, 30)) {
            if (!r.patient().endsWith("#001") && !r.patient().endsWith("#007")) {
                continue; // a sample of each group keeps the test short
            }
            PatientModel m = UvaPadovaCohort.standard().patient(r.patient());
            double floor = r.fastingGlucoseMgDl() - p.mealNadirToleranceMgDl();
            assertTrue(r.mealNadirMgDl() >= floor, r.patient());
            double[] over = meal(m, r.titrated().basalInsulinUnitsPerHour(), r.mealBolusUnits() + 2 * p.bolusResolutionUnits());
            assertTrue(over[0] < floor, r.patient() + ": a larger bolus should break the nadir rule, nadir " + over[0]);
            assertEquals(p.mealCarbsGrams() / r.mealBolusUnits(), r.titrated().carbRatioGramsPerUnit(), 1e-12);
        }
    }

    @Test
    void correctionFactorIsTheDropToTheNadirWithinFiveHoursAfterOneUnit() {
        TitrationResult r = cohort.get(10); // adult#001
        PatientModel m = UvaPadovaCohort.standard().patient(r.patient());
        VirtualPatient v = VirtualPatient.atSteadyState(m);
        v.setInsulinInfusionUnitsPerMinute(r.titrated().basalInsulinUnitsPerHour() / 60);
        double g0 = v.plasmaGlucoseMgDl();
        v.injectSubcutaneousInsulin(1.0);
        double min = g0;
        for (int t = 1; t <= 300; t++) {
            v.advanceToMinute(t);
            min = Math.min(min, v.plasmaGlucoseMgDl());
        }
        assertEquals(g0 - min, r.titrated().correctionFactorMgDlPerUnit(), 1e-9);
        assertTrue(r.correctionNadirMinutes() > 60 && r.correctionNadirMinutes() <= 300);
    }

    @Test
    void childrenAreMoreInsulinSensitiveThanAdults() {
        double childCf = 0, adultCf = 0, childCr = 0, adultCr = 0;
        for (TitrationResult r : cohort) {
            if (r.patient().startsWith("child")) {
                childCf += r.titrated().correctionFactorMgDlPerUnit();
                childCr += r.titrated().carbRatioGramsPerUnit();
            } else if (r.patient().startsWith("adult")) {
                adultCf += r.titrated().correctionFactorMgDlPerUnit();
                adultCr += r.titrated().carbRatioGramsPerUnit();
            }
        }
        assertTrue(childCf > adultCf, "children's mean CF above adults'");
        assertTrue(childCr > adultCr, "children's mean CR above adults'");
    }

    @Test
    void protocolRefusesNonPositiveFieldsByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TitrationProtocol(24, 1, 1, 5, -50, 5, 10, 20, 0.01, 2));
        assertTrue(e.getMessage().startsWith("mealCarbsGrams:"), e.getMessage());
    }

    private static double[] meal(PatientModel m, double basal, double bolus) {
        VirtualPatient v = VirtualPatient.atSteadyState(m);
        v.setInsulinInfusionUnitsPerMinute(basal / 60);
        v.injectSubcutaneousInsulin(bolus);
        double left = 50, nadir = v.plasmaGlucoseMgDl();
        for (int t = 0; t < 600; t++) {
            double rate = Math.min(5, left);
            v.setCarbIntakeGramsPerMinute(rate <= 1e-12 ? 0 : rate);
            left -= rate;
            v.advanceToMinute(t + 1);
            nadir = Math.min(nadir, v.plasmaGlucoseMgDl());
        }
        return new double[] {nadir};
    }
}
