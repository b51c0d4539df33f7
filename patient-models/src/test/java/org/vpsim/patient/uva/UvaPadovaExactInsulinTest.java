package org.vpsim.patient.uva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.patient.VirtualPatient;

/**
 * The exact insulin solution ({@link UvaPadovaExactInsulin}) against closed forms and against the whole 13-state
 * model integrated numerically at tight tolerances, under what a pump does: strokes every few minutes and one
 * second apart, meals, insulin-sensitivity and absorption-rate changes.
 */
class UvaPadovaExactInsulinTest {
    private static final double STROKE_UNITS = 0.025;
    private static final int[] INSULIN = {UvaPadova2008Model.ISC1, UvaPadova2008Model.ISC2, UvaPadova2008Model.IP,
            UvaPadova2008Model.IL, UvaPadova2008Model.X, UvaPadova2008Model.I_PRIME, UvaPadova2008Model.ID};

    @Test
    void theDepotFollowsItsClosedFormAfterStrokes() {
        UvaPadova2008Model model = UvaPadovaCohort.standard().patient("adult#001");
        UvaPadovaParameters p = model.patient().parameters();
        VirtualPatient v = VirtualPatient.atSteadyState(model);
        assertTrue(v.solvesInsulinExactly());
        double[] x0 = model.initialState();
        double a1 = p.ka1PerMin() + p.kdPerMin();
        double ka2 = p.ka2PerMin();
        double kd = p.kdPerMin();
        double q = 2.0 * UvaPadova2008Model.PMOL_PER_UNIT / p.bodyWeightKg();
        v.advanceToMinute(10);
        v.injectSubcutaneousInsulin(2.0);
        for (double t : new double[] {10.5, 37, 240, 600}) {
            v.advanceToMinute(t);
            double[] x = v.state();
            // Isc1' = −a1·Isc1, Isc2' = kd·Isc1 − ka2·Isc2 with no infusion: a sum of two exponentials per impulse.
            double isc1 = x0[UvaPadova2008Model.ISC1] * Math.exp(-a1 * t) + q * Math.exp(-a1 * (t - 10));
            double isc2 = x0[UvaPadova2008Model.ISC2] * Math.exp(-ka2 * t)
                    + kd * x0[UvaPadova2008Model.ISC1] * (Math.exp(-a1 * t) - Math.exp(-ka2 * t)) / (ka2 - a1)
                    + kd * q * (Math.exp(-a1 * (t - 10)) - Math.exp(-ka2 * (t - 10))) / (ka2 - a1);
            assertEquals(isc1, x[UvaPadova2008Model.ISC1], 1e-12 * isc1, "Isc1 at minute " + t);
            assertEquals(isc2, x[UvaPadova2008Model.ISC2], 1e-12 * isc2, "Isc2 at minute " + t);
        }
    }

    @Test
    void everyPublishedPatientIsSolvedExactlyAndAgreesWithTightNumericalIntegration() {
        double worstInsulin = 0;
        double worstGlucose = 0;
        String where = "";
        for (String name : UvaPadovaCohort.standard().patientNames()) {
            UvaPadova2008Model model = UvaPadovaCohort.standard().patient(name);
            VirtualPatient exact = VirtualPatient.atSteadyState(model);
            VirtualPatient fine = new VirtualPatient(model, new DormandPrince45(1e-11, 1e-11, 5));
            assertTrue(exact.solvesInsulinExactly(), name);
            assertFalse(fine.solvesInsulinExactly(), name);
            double[][] a = pumpHalfDay(exact);
            double[][] f = pumpHalfDay(fine);
            assertEquals(fine.cumulativeInsulinUnits(), exact.cumulativeInsulinUnits(), 1e-12, name);
            for (int i = 0; i < a.length; i++) {
                for (int j : INSULIN) {
                    double d = Math.abs(a[i][j] - f[i][j]) / (1e-3 + Math.abs(f[i][j]));
                    if (d > worstInsulin) {
                        worstInsulin = d;
                        where = name + " state " + j + " sample " + i;
                    }
                }
                worstGlucose = Math.max(worstGlucose,
                        Math.abs(model.plasmaGlucoseMgDl(a[i]) - model.plasmaGlucoseMgDl(f[i])));
            }
        }
        System.out.printf("exact insulin vs DP45(1e-11) on the whole state, 30 patients: worst relative insulin "
                + "difference %.1e (%s), worst plasma glucose difference %.1e mg/dL%n", worstInsulin, where, worstGlucose);
        assertTrue(worstInsulin < 1e-7, where + ": " + worstInsulin);
        assertTrue(worstGlucose < 5e-3, "glucose: " + worstGlucose);
    }

    @Test
    void coincidentRatesFallBackToIntegratingTheWholeState() {
        UvaPadova2008Model published = UvaPadovaCohort.standard().patient("child#001");
        UvaPadovaPatient patient = published.patient();
        UvaPadovaParameters p = patient.parameters();
        // ka2 = ka1 + kd: Isc1 and Isc2 decay at one rate (a Jordan block this solution does not model).
        UvaPadovaParameters same = new UvaPadovaParameters(p.bodyWeightKg(), p.kmaxPerMin(), p.kminPerMin(), p.b(),
                p.d(), p.kabsPerMin(), p.f(), p.kp1MgPerKgMin(), p.kp2PerMin(), p.kp3MgPerKgMinPerPmolL(),
                p.fsncMgPerKgMin(), p.ke1PerMin(), p.ke2MgPerKg(), p.k1PerMin(), p.k2PerMin(), p.vm0MgPerKgMin(),
                p.vmxMgPerKgMinPerPmolL(), p.km0MgPerKg(), p.m1PerMin(), p.m2PerMin(), p.m4PerMin(), p.m30PerMin(),
                p.viLPerKg(), p.ibPmolPerL(), p.p2uPerMin(), p.kiPerMin(), p.ka1PerMin(),
                p.ka1PerMin() + p.kdPerMin(), p.kdPerMin(), p.kscPerMin(), p.vgDlPerKg(), p.u2ssPmolPerKgMin());
        UvaPadova2008Model model = new UvaPadova2008Model(new UvaPadovaPatient(patient.name(), same,
                patient.initialState(), patient.carbRatioGramsPerUnit(), patient.correctionFactorMgDlPerUnit(),
                patient.ageYears(), patient.totalDailyInsulinUnits()));
        VirtualPatient v = VirtualPatient.atSteadyState(model);
        assertFalse(v.solvesInsulinExactly());
        VirtualPatient fine = new VirtualPatient(model, new DormandPrince45(1e-11, 1e-11, 5));
        double[][] a = pumpHalfDay(v);
        double[][] f = pumpHalfDay(fine);
        for (int i = 0; i < a.length; i++) {
            assertEquals(model.plasmaGlucoseMgDl(f[i]), model.plasmaGlucoseMgDl(a[i]), 5e-3, "sample " + i);
        }
    }

    @Test
    void aChangeOfAbsorptionRateMidRunAgreesWithNumericalIntegration() {
        UvaPadova2008Model model = UvaPadovaCohort.standard().patient("adolescent#003");
        VirtualPatient exact = VirtualPatient.atSteadyState(model);
        VirtualPatient fine = new VirtualPatient(model, new DormandPrince45(1e-11, 1e-11, 5));
        for (VirtualPatient v : new VirtualPatient[] {exact, fine}) {
            v.setInsulinInfusionUnitsPerMinute(v.basalInsulinUnitsPerHour() / 60);
            for (int k = 0; k < 80; k++) {
                v.advanceToMinute(30 + k / 60.0);
                v.injectSubcutaneousInsulin(STROKE_UNITS);
            }
            v.setCarbIntakeGramsPerMinute(5);
            v.advanceToMinute(38);
            v.setCarbIntakeGramsPerMinute(0);
            v.advanceToMinute(45);
            v.setAbsorptionRateMultiplier(0.6);
            v.advanceToMinute(200);
            v.setInsulinSensitivityMultiplier(1.3);
            v.setAbsorptionRateMultiplier(1.4);
            v.advanceToMinute(400);
        }
        assertTrue(exact.solvesInsulinExactly());
        double[] a = exact.state();
        double[] f = fine.state();
        for (int j : INSULIN) {
            assertEquals(f[j], a[j], 1e-8 * (1e-3 + Math.abs(f[j])), "state " + j);
        }
        assertTrue(fine.plasmaGlucoseMgDl() > 20, "a scenario away from the guards: " + fine.plasmaGlucoseMgDl());
        assertEquals(fine.plasmaGlucoseMgDl(), exact.plasmaGlucoseMgDl(), 1e-3);
    }

    /**
     * Half a day on a pump: 0.025 U strokes every 1.5 min, a 60 g meal at 5 g/min with its bolus as strokes one
     * second apart, insulin sensitivity moved every 30 min as the variability driver does; the state every 5 min.
     */
    private static double[][] pumpHalfDay(VirtualPatient v) {
        double[][] samples = new double[145][];
        double bolusUnits = 60 / v.carbRatioGramsPerUnit();
        long bolusStrokes = Math.round(bolusUnits / STROKE_UNITS);
        double nextBasal = 0;
        for (int minute = 0; minute < 720; minute++) {
            v.advanceToMinute(minute);
            if (minute % 5 == 0) {
                samples[minute / 5] = v.state();
            }
            if (minute % 30 == 0) {
                v.setInsulinSensitivityMultiplier(1.0 + 0.3 * Math.sin(minute / 97.0));
            }
            v.setCarbIntakeGramsPerMinute(minute >= 300 && minute < 312 ? 5 : 0);
            if (minute >= 300 && minute < 300 + (bolusStrokes + 59) / 60) {
                for (long k = (minute - 300) * 60L; k < Math.min(bolusStrokes, (minute - 299) * 60L); k++) {
                    v.advanceToMinute(300 + k / 60.0);
                    v.injectSubcutaneousInsulin(STROKE_UNITS);
                }
            }
            while (nextBasal < minute + 1) {
                if (nextBasal >= v.nowMinutes()) {
                    v.advanceToMinute(nextBasal);
                }
                v.injectSubcutaneousInsulin(STROKE_UNITS);
                nextBasal += 1.5;
            }
        }
        v.advanceToMinute(720);
        samples[144] = v.state();
        return samples;
    }
}
