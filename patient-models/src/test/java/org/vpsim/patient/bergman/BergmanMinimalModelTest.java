package org.vpsim.patient.bergman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.VirtualPatient;

class BergmanMinimalModelTest {
    private final BergmanMinimalModel nominal = (BergmanMinimalModel) PatientModels.create("bergman-minimal", "nominal");
    private final BergmanParameters p = BergmanParameters.NOMINAL;

    private ModelInputs basal() {
        return new ModelInputs(0, nominal.therapy().basalInsulinUnitsPerHour() / 60, 0, 1);
    }

    @Test
    void steadyStateAtBasalGlucoseHoldsForTwentyFourHours() {
        double[] dx = new double[BergmanMinimalModel.DIMENSION];
        nominal.derivatives(nominal.initialState(), basal(), dx);
        for (int i = 0; i < dx.length; i++) {
            assertEquals(0.0, dx[i], 1e-14, "dx[" + i + "]");
        }
        VirtualPatient v = VirtualPatient.atSteadyState(nominal);
        v.setInsulinInfusionUnitsPerMinute(v.basalInsulinUnitsPerHour() / 60);
        v.advanceToMinute(1440);
        assertEquals(119.13, v.plasmaGlucoseMgDl(), 1e-8);
        assertEquals(119.13, v.interstitialGlucoseMgDl(), 1e-8);
        assertEquals(0.8, v.basalInsulinUnitsPerHour(), 1e-12);
    }

    @Test
    void atBasalInsulinGlucoseRelaxesToGbWithGlucoseEffectiveness() {
        // X = 0 when plasma insulin is basal, so G(t) = Gb + (G0 − Gb)·e^(−SG·t) (Bergman 1979).
        double[] x = nominal.initialState();
        x[BergmanMinimalModel.G] = 250;
        OdeSystem sys = nominal.system(basal());
        DormandPrince45 ode = new DormandPrince45(1e-12, 1e-12, 5);
        for (int t = 1; t <= 180; t++) {
            ode.integrate(sys, t - 1, x, t);
            assertEquals(p.basalGlucoseMgDl() + (250 - p.basalGlucoseMgDl()) * Math.exp(-p.sgPerMin() * t),
                    x[BergmanMinimalModel.G], 1e-8, "minute " + t);
        }
    }

    @Test
    void impulseMealAppearanceMatchesTheThreeCompartmentClosedForm() {
        // Qsto1(0) = D, kgri = kempt = k, kabs = a: Qgut(t) = D·k²·e^(−a t)·[1 − e^(−b t)(1 + b t)]/b², b = k − a.
        double d = 50_000.0 / p.bodyWeightKg();
        double k = p.kgriPerMin();
        double a = p.kabsPerMin();
        double b = k - a;
        double[] x = nominal.initialState();
        x[BergmanMinimalModel.QSTO1] = d;
        OdeSystem sys = nominal.system(basal());
        DormandPrince45 ode = new DormandPrince45(1e-12, 1e-12, 5);
        for (int t = 1; t <= 480; t++) {
            ode.integrate(sys, t - 1, x, t);
            double qgut = d * k * k * Math.exp(-a * t) * (1 - Math.exp(-b * t) * (1 + b * t)) / (b * b);
            assertEquals(p.f() * a * qgut, nominal.mealAppearanceMgPerKgMin(x), 1e-9 * d, "minute " + t);
        }
    }

    @Test
    void subcutaneousImpulseMovesTheDerivativeExactlyLikeAFreshEvaluation() {
        PatientModel m = nominal;
        double[] x = m.initialState();
        ModelInputs in = new ModelInputs(3, 0.02, 0, 0.7);
        double[] moved = new double[m.dimension()];
        m.derivatives(x, in, moved);
        assertTrue(m.addSubcutaneousInsulinToDerivative(x, in, 0.1, moved));
        m.addSubcutaneousInsulin(x, 0.1);
        double[] fresh = new double[m.dimension()];
        m.derivatives(x, in, fresh);
        assertArrayEquals(fresh, moved, 1e-15);
    }

    @Test
    void aBolusLowersGlucoseAndAMealRaisesIt() {
        VirtualPatient bolus = VirtualPatient.atSteadyState(nominal);
        bolus.setInsulinInfusionUnitsPerMinute(0.8 / 60);
        bolus.injectSubcutaneousInsulin(1.0);
        bolus.advanceToMinute(240);
        double drop = 119.13 - bolus.plasmaGlucoseMgDl();
        assertTrue(drop > 5 && drop < 119, "1 U drop " + drop);
        VirtualPatient meal = VirtualPatient.atSteadyState(nominal);
        meal.setInsulinInfusionUnitsPerMinute(0.8 / 60);
        meal.setCarbIntakeGramsPerMinute(5);
        meal.advanceToMinute(10);
        meal.setCarbIntakeGramsPerMinute(0);
        meal.advanceToMinute(90);
        assertTrue(meal.plasmaGlucoseMgDl() > 150, "50 g meal " + meal.plasmaGlucoseMgDl());
    }
}
