package org.vpsim.patient.hovorka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.VirtualPatient;

class Hovorka2004ModelTest {
    private final Hovorka2004Model nominal = new Hovorka2004Model(HovorkaPatient.nominal());

    @Test
    void nominalSeventyFiveKgPatientNeedsPoint4202UnitsPerHourAtOneHundredMgDl() {
        // Hovorka 2004 nominal patient: the basal holding 100 mg/dL is 0.4202 U/h.
        assertEquals(0.4202, nominal.therapy().basalInsulinUnitsPerHour(), 5e-5);
        assertEquals(100.0, nominal.plasmaGlucoseMgDl(nominal.initialState()), 1e-12);
        assertEquals(100.0, nominal.interstitialGlucoseMgDl(nominal.initialState()), 1e-12);
    }

    @Test
    void derivativesVanishAtTheSteadyStateUnderItsBasal() {
        double[] x = nominal.initialState();
        double[] dx = new double[Hovorka2004Model.DIMENSION];
        nominal.derivatives(x, new ModelInputs(0, nominal.therapy().basalInsulinUnitsPerHour() / 60, 0, 1), dx);
        for (int i = 0; i < dx.length; i++) {
            assertEquals(0.0, dx[i] / Math.max(1.0, Math.abs(x[i])), 1e-13, "dx[" + i + "]");
        }
    }

    @Test
    void steadyStateHoldsForTwentyFourHoursOnBasal() {
        VirtualPatient p = VirtualPatient.atSteadyState(nominal);
        p.setInsulinInfusionUnitsPerMinute(p.basalInsulinUnitsPerHour() / 60);
        for (int h = 1; h <= 24; h++) {
            p.advanceToMinute(60.0 * h);
            assertEquals(100.0, p.plasmaGlucoseMgDl(), 1e-6, "hour " + h);
            assertEquals(100.0, p.interstitialGlucoseMgDl(), 1e-6, "hour " + h);
        }
    }

    @Test
    void impulseMealGutAppearanceIsTheGammaClosedForm() {
        // UG(t) = D·AG·t·e^(−t/tmaxG)/tmaxG² after an impulse D at t = 0 (D1(0) = AG·D, D2(0) = 0).
        double dMmol = 50 * Hovorka2004Model.MMOL_PER_GRAM;
        double ag = 0.8;
        double tmaxG = 40;
        double[] x = nominal.initialState();
        x[Hovorka2004Model.D1] = ag * dMmol;
        OdeSystem sys = nominal.system(new ModelInputs(0, nominal.therapy().basalInsulinUnitsPerHour() / 60, 0, 1));
        DormandPrince45 ode = new DormandPrince45(1e-12, 1e-12, 5);
        double t = 0;
        double peak = 0;
        for (int minute = 1; minute <= 360; minute++) {
            ode.integrate(sys, t, x, minute);
            t = minute;
            double expected = dMmol * ag * t * Math.exp(-t / tmaxG) / (tmaxG * tmaxG);
            assertEquals(expected, nominal.gutAppearanceMmolPerMin(x), 1e-9 * dMmol, "minute " + minute);
            peak = Math.max(peak, nominal.gutAppearanceMmolPerMin(x));
        }
        // Peak at t = tmaxG: D·AG/(e·tmaxG).
        assertEquals(dMmol * ag / (Math.E * tmaxG), peak, 1e-9 * dMmol);
    }

    @Test
    void renalClearanceActsOnlyAboveNineMmolPerLitre() {
        double vg = 0.16 * 75;
        assertEquals(0.0, nominal.renalClearanceMmolPerMin(5.0));
        assertEquals(0.0, nominal.renalClearanceMmolPerMin(8.999));
        assertEquals(0.0, nominal.renalClearanceMmolPerMin(9.0));
        assertEquals(0.003 * 3.0 * vg, nominal.renalClearanceMmolPerMin(12.0), 1e-15);
        // In the right-hand side: the glucose derivative differs from the same state without F_R by exactly F_R.
        double[] x = nominal.initialState();
        x[Hovorka2004Model.Q1] = 14.0 * vg;
        double[] dx = new double[Hovorka2004Model.DIMENSION];
        nominal.derivatives(x, ModelInputs.NONE, dx);
        double withoutRenal = -0.0097 * 75 - x[Hovorka2004Model.X1] * x[Hovorka2004Model.Q1]
                + 0.066 * x[Hovorka2004Model.Q2] + 0.0161 * 75 * (1 - x[Hovorka2004Model.X3]);
        assertEquals(withoutRenal - 0.003 * 5.0 * vg, dx[Hovorka2004Model.Q1], 1e-12);
    }

    @Test
    void nonInsulinDependentUptakeFallsLinearlyBelowFourPointFiveMmolPerLitre() {
        double f01 = 0.0097 * 75;
        assertEquals(f01, nominal.f01c(4.5), 0);
        assertEquals(f01, nominal.f01c(10), 0);
        assertEquals(f01 * 3.0 / 4.5, nominal.f01c(3.0), 1e-15);
        assertEquals(0.0, nominal.f01c(0.0), 0);
    }

    @Test
    void subcutaneousImpulseMovesTheDerivativeExactlyLikeAFreshEvaluation() {
        double[] x = nominal.initialState();
        x[Hovorka2004Model.D1] = 100;
        ModelInputs in = new ModelInputs(2.0, 0.01, 0, 1.3);
        double[] moved = new double[Hovorka2004Model.DIMENSION];
        nominal.derivatives(x, in, moved);
        assertTrue(nominal.addSubcutaneousInsulinToDerivative(x, in, 0.05, moved));
        nominal.addSubcutaneousInsulin(x, 0.05);
        double[] fresh = new double[Hovorka2004Model.DIMENSION];
        nominal.derivatives(x, in, fresh);
        assertArrayEquals(fresh, moved, 1e-15);
    }

    @Test
    void aBolusIsAbsorbedWhollyIntoPlasma() {
        // ∫ UI dt over the two-compartment depot equals the dose: what enters S1 leaves S2.
        VirtualPatient p = VirtualPatient.atSteadyState(nominal);
        p.setInsulinInfusionUnitsPerMinute(p.basalInsulinUnitsPerHour() / 60);
        double depot0 = p.subcutaneousInsulinUnits();
        p.injectSubcutaneousInsulin(2.0);
        assertEquals(depot0 + 2.0, p.subcutaneousInsulinUnits(), 1e-12);
        p.advanceToMinute(24 * 60);
        assertEquals(depot0, p.subcutaneousInsulinUnits(), 1e-6);
        // The extra insulin has lowered glucose, which without counter-regulation recovers only slowly.
        assertTrue(p.plasmaGlucoseMgDl() < 100, "glucose " + p.plasmaGlucoseMgDl());
    }

    @Test
    void registryResolvesTheNominalPatientById() {
        PatientModel m = PatientModels.create("hovorka-2004", "nominal");
        assertEquals("hovorka-2004", m.modelId());
        assertEquals(0.4202, m.therapy().basalInsulinUnitsPerHour(), 5e-5);
        assertThrows(IllegalArgumentException.class, () -> PatientModels.create("hovorka-2004", "adult#001"));
    }

    @Test
    void noSteadyStateWhenEndogenousProductionCannotCoverBasalUptake() {
        HovorkaParameters n = HovorkaParameters.NOMINAL;
        HovorkaParameters bad = new HovorkaParameters(75, 0.009, 0.0097, n.k12PerMin(), n.ka1PerMin(), n.ka2PerMin(),
                n.ka3PerMin(), n.sitPerMinPerMuPerL(), n.sidPerMinPerMuPerL(), n.siePerMuPerL(), n.kePerMin(),
                n.viLPerKg(), n.vgLPerKg(), n.tmaxIMinutes(), n.tmaxGMinutes(), n.carbBioavailability(),
                n.kaIntPerMin());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HovorkaSteadyState.solve(bad, 100));
        assertTrue(e.getMessage().contains("no steady state"), e.getMessage());
    }

    @Test
    void endogenousProductionIsBoundedAtZeroOnceInsulinActionOnTheLiverExceedsOne() {
        // EGP = max(0, EGP0·(1 − x3)): at x3 = 2 the glucose balance is the paper's without the EGP term, not with a
        // liver consuming EGP0 of glucose; below x3 = 1 the paper's linear suppression holds unchanged.
        HovorkaParameters p = HovorkaParameters.NOMINAL;
        double egp0 = p.egp0MmolPerKgMin() * p.bodyWeightKg();
        ModelInputs in = new ModelInputs(0, 0, 0, 1);
        double[] x = nominal.initialState();
        double[] at = new double[Hovorka2004Model.DIMENSION];
        double[] zero = new double[Hovorka2004Model.DIMENSION];
        x[Hovorka2004Model.X3] = 2.0;
        nominal.derivatives(x, in, at);
        x[Hovorka2004Model.X3] = 1.0;
        nominal.derivatives(x, in, zero);
        assertEquals(zero[Hovorka2004Model.Q1], at[Hovorka2004Model.Q1], 1e-15);
        x[Hovorka2004Model.X3] = 0.25;
        double[] quarter = new double[Hovorka2004Model.DIMENSION];
        nominal.derivatives(x, in, quarter);
        assertEquals(egp0 * 0.75, quarter[Hovorka2004Model.Q1] - zero[Hovorka2004Model.Q1], 1e-12);
    }

    @Test
    void variabilityScalesInsulinSensitivitiesEndogenousProductionAndGutRate() {
        // At the steady state under basal, insulin sensitivity s scales kb_i: x_i' = (s − 1)·kb_i·I; the dawn
        // multiplier e scales EGP0: Q1' = (e − 1)·EGP0·(1 − x3); the meal multiplier scales 1/tmaxG.
        HovorkaParameters p = HovorkaParameters.NOMINAL;
        double[] x = nominal.initialState();
        double basal = nominal.therapy().basalInsulinUnitsPerHour() / 60;
        double[] dx = new double[Hovorka2004Model.DIMENSION];
        nominal.derivatives(x, new ModelInputs(0, basal, 0, 1, 1.3, 1.2, 1.0), dx);
        double insulin = x[Hovorka2004Model.I];
        assertEquals(0.3 * p.sitPerMinPerMuPerL() * p.ka1PerMin() * insulin, dx[Hovorka2004Model.X1], 1e-15);
        assertEquals(0.3 * p.sidPerMinPerMuPerL() * p.ka2PerMin() * insulin, dx[Hovorka2004Model.X2], 1e-15);
        assertEquals(0.3 * p.siePerMuPerL() * p.ka3PerMin() * insulin, dx[Hovorka2004Model.X3], 1e-15);
        assertEquals(0.2 * p.egp0MmolPerKgMin() * p.bodyWeightKg() * (1 - x[Hovorka2004Model.X3]),
                dx[Hovorka2004Model.Q1], 1e-12);
        x[Hovorka2004Model.D1] = 10;
        nominal.derivatives(x, new ModelInputs(0, basal, 0, 1, 1, 1, 1.5), dx);
        assertEquals(-10 * 1.5 / p.tmaxGMinutes(), dx[Hovorka2004Model.D1], 1e-14);
        // All multipliers 1: the published model.
        double[] published = new double[Hovorka2004Model.DIMENSION];
        double[] ones = new double[Hovorka2004Model.DIMENSION];
        nominal.derivatives(x, new ModelInputs(0, basal, 0, 1), published);
        nominal.derivatives(x, new ModelInputs(0, basal, 0, 1, 1, 1, 1), ones);
        assertArrayEquals(published, ones, 0.0);
    }
}
