package org.vpsim.patient.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.patient.bergman.BergmanMinimalModel;

class RoyParker2007ExerciseTest {
    private final BergmanMinimalModel nominal = (BergmanMinimalModel) PatientModels.create("bergman-minimal", "nominal");
    private static final int E = BergmanMinimalModel.EXERCISE;

    private ModelInputs exercising(double u3, boolean declining) {
        return new ModelInputs(0, nominal.therapy().basalInsulinUnitsPerHour() / 60, 0, 1, 1, 1, 1, u3, declining);
    }

    @Test
    void exerciseStatesFollowTheirLinearClosedFormsDuringAConstantSession() {
        // u3 step at t = 0: PVO2max = u3(1 − e^(−0.8t)); Gup' = a3·PVO2max − a4·Gup with Gup(0) = 0 gives
        // Gup = a3·u3·[(1 − e^(−a4 t))/a4 − (e^(−a4 t) − e^(−0.8 t))/(0.8 − a4)] (likewise Gprod with a1, a2, Ie
        // with a5, a6); Ggly stays 0 before the depletion time.
        double u3 = 50;
        double[] x = nominal.initialState();
        OdeSystem sys = nominal.system(exercising(u3, false));
        DormandPrince45 ode = new DormandPrince45(1e-12, 1e-12, 5);
        for (int t = 1; t <= 30; t++) {
            ode.integrate(sys, t - 1, x, t);
            assertEquals(u3 * (1 - Math.exp(-0.8 * t)), x[E + RoyParker2007.PVO2MAX], 1e-8, "PVO2max at " + t);
            assertEquals(firstOrder(RoyParker2007.A1, RoyParker2007.A2, u3, t), x[E + RoyParker2007.GPROD], 1e-9);
            assertEquals(firstOrder(RoyParker2007.A3, RoyParker2007.A4, u3, t), x[E + RoyParker2007.GUP], 1e-9);
            assertEquals(firstOrder(RoyParker2007.A5, RoyParker2007.A6, u3, t), x[E + RoyParker2007.IE], 1e-9);
            assertEquals(0.0, x[E + RoyParker2007.GGLY], 0.0);
        }
    }

    private static double firstOrder(double gain, double rate, double u3, double t) {
        return gain * u3 * ((1 - Math.exp(-rate * t)) / rate - (Math.exp(-rate * t) - Math.exp(-0.8 * t)) / (0.8 - rate));
    }

    @Test
    void glycogenolysisFallsAtRateKAfterDepletionAndRecoversWithTimeConstantT1() {
        double[] x = nominal.initialState();
        DormandPrince45 ode = new DormandPrince45(1e-12, 1e-12, 5);
        ode.integrate(nominal.system(exercising(60, true)), 0, x, 20);
        assertEquals(RoyParker2007.K * 20, x[E + RoyParker2007.GGLY], 1e-10);
        double atEnd = x[E + RoyParker2007.GGLY];
        ode.integrate(nominal.system(exercising(0, false)), 20, x, 32);
        assertEquals(atEnd * Math.exp(-12 / RoyParker2007.T1_MINUTES), x[E + RoyParker2007.GGLY], 1e-10);
    }

    @Test
    void criticalTimeIsAthOverTheIntensity() {
        // Roy & Parker eq. (13): A(t) = u3·t reaches ATH = −1.1521·u3² + 87.471·u3.
        assertEquals(-1.1521 * 40 + 87.471, RoyParker2007.glycogenDepletionMinutes(40), 1e-12);
        assertEquals(0.0, RoyParker2007.glycogenDepletionMinutes(90), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, RoyParker2007.glycogenDepletionMinutes(0), 0.0);
        assertThrows(IllegalArgumentException.class, () -> RoyParker2007.glycogenDepletionMinutes(101));
    }

    @Test
    void atRestTheExerciseStatesStayZeroAndTheModelIsTheMinimalModel() {
        double[] dx = new double[nominal.dimension()];
        nominal.derivatives(nominal.initialState(), exercising(0, false), dx);
        for (int i = 0; i < dx.length; i++) {
            assertEquals(0.0, dx[i], 1e-14, "dx[" + i + "]");
        }
    }

    /** Glucose of the nominal patient on basal, minute by minute, with a session [start, start + minutes) at u3. */
    private double[] glucose(double u3, int start, int minutes, int horizon) {
        VirtualPatient v = VirtualPatient.atSteadyState(nominal);
        v.setInsulinInfusionUnitsPerMinute(nominal.therapy().basalInsulinUnitsPerHour() / 60);
        double depleted = start + RoyParker2007.glycogenDepletionMinutes(u3);
        double[] g = new double[horizon + 1];
        g[0] = v.plasmaGlucoseMgDl();
        for (int t = 1; t <= horizon; t++) {
            int now = t - 1;
            if (u3 > 0 && now >= start && now < start + minutes) {
                v.setExercise(u3, now >= depleted);
            } else {
                v.setExercise(0, false);
            }
            v.advanceToMinute(t);
            g[t] = v.plasmaGlucoseMgDl();
        }
        return g;
    }

    @Test
    void exerciseLowersGlucoseMoreAtHigherIntensityWithTheNadirAtTheEndOfTheSession() {
        double gb = nominal.parameters().basalGlucoseMgDl();
        double previousDrop = 0;
        for (double u3 : new double[] {30, 45, 60}) {
            double[] g = glucose(u3, 60, 60, 300);
            int nadirAt = 0;
            for (int t = 1; t < g.length; t++) {
                if (g[t] < g[nadirAt]) {
                    nadirAt = t;
                }
            }
            double drop = gb - g[nadirAt];
            assertTrue(drop > previousDrop, u3 + " %: drop " + drop + " not above " + previousDrop);
            previousDrop = drop;
            // Published time course: glucose falls during the session (faster once glycogenolysis declines), the
            // nadir comes at its end (uptake and release decay with 1/a4 ≈ 21 and 1/a2 ≈ 18 min), and it is back
            // within 2 mg/dL of basal an hour after the session.
            assertTrue(nadirAt >= 115 && nadirAt <= 130, u3 + " %: nadir at minute " + nadirAt);
            assertEquals(gb, g[59], 1e-6, "nothing before the session");
            assertTrue(Math.abs(g[180] - gb) < 2 + 0.5 * drop, u3 + " %: at minute 180 " + g[180]);
        }
        assertTrue(previousDrop > 5 && previousDrop < 40, "60 % VO2max for 60 min lowers glucose by " + previousDrop);
    }

    @Test
    void modelsWithoutExerciseRefuseAnIntensity() {
        PatientModel hovorka = PatientModels.create("hovorka-2004", "nominal");
        assertFalse(hovorka.representsExercise());
        assertTrue(nominal.representsExercise());
        VirtualPatient v = VirtualPatient.atSteadyState(hovorka);
        assertThrows(IllegalStateException.class, () -> v.setExercise(50, false));
        assertThrows(IllegalArgumentException.class, () -> new ModelInputs(0, 0, 0, 1, 1, 1, 1, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new ModelInputs(0, 0, 0, 1, 1, 1, 1, 120, false));
    }
}
