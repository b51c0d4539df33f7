package org.vpsim.patient.uva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.patient.ModelInputs;

class UvaPadova2008ModelTest {
    private final UvaPadova2008Model adult = UvaPadovaCohort.standard().patient("adult#001");

    @Test
    void fastTanhDifferenceAgreesWithMathTanhToRoundingAcrossItsRange() {
        for (double u = -40; u <= 40; u += 0.0137) {
            for (double v : new double[] {-25, -3.1, -0.2, 0.0, 0.7, 4.4, 30}) {
                assertEquals(Math.tanh(u) - Math.tanh(v), UvaPadova2008Model.tanhDifference(u, v), 1e-15,
                        "u=" + u + " v=" + v);
            }
        }
        assertEquals(2.0, UvaPadova2008Model.tanhDifference(1e6, -1e6));
        assertEquals(0.0, UvaPadova2008Model.tanhDifference(0.0, 0.0));
    }

    @Test
    void gastricEmptyingIsMaximalWithoutAMealAndSlowsMidMeal() {
        // Dalla Man 2007 eq. (12): kgut = kmax when the stomach is full (Qsto = D̄) or empty, dips towards kmin between.
        UvaPadovaParameters p = adult.patient().parameters();
        double[] x = adult.initialState();
        double[] dx = new double[13];
        x[UvaPadova2008Model.QSTO2] = 1000;
        adult.derivatives(x, new ModelInputs(0, 0, 0, 1), dx);
        assertEquals(-p.kmaxPerMin() * 1000, dx[UvaPadova2008Model.QSTO2], 1e-12, "D̄ = 0: kgut = kmax");
        double dbar = 50_000;
        x[UvaPadova2008Model.QSTO2] = (p.b() + p.d()) / 2 * dbar;
        adult.derivatives(x, new ModelInputs(0, 0, dbar, 1), dx);
        double kgut = -dx[UvaPadova2008Model.QSTO2] / x[UvaPadova2008Model.QSTO2];
        assertTrue(kgut < (p.kmaxPerMin() + p.kminPerMin()) / 2, "kgut mid-meal " + kgut);
    }

    @Test
    void aNegativeStateFallsNoFurtherButRecoversWhenItsInputsPushItUp() {
        double[] x = adult.initialState();
        double[] dx = new double[13];
        // No insulin infused: a depot and plasma insulin slightly below zero (an integrator's overshoot) never fall
        // further; their own clearance terms bring them back towards zero.
        x[UvaPadova2008Model.ISC1] = -1e-6;
        x[UvaPadova2008Model.IP] = -1e-6;
        x[UvaPadova2008Model.IL] = 0;
        x[UvaPadova2008Model.ISC2] = 0;
        adult.derivatives(x, new ModelInputs(0, 0, 0, 1), dx);
        assertTrue(dx[UvaPadova2008Model.ISC1] >= 0, "negative depot falls: " + dx[UvaPadova2008Model.ISC1]);
        assertTrue(dx[UvaPadova2008Model.IP] >= 0, "negative plasma insulin falls: " + dx[UvaPadova2008Model.IP]);
        x[UvaPadova2008Model.IP] = -1e-6;
        x[UvaPadova2008Model.IL] = -1; // a state pushing plasma further down is not followed below zero
        adult.derivatives(x, new ModelInputs(0, 0, 0, 1), dx);
        assertEquals(0.0, dx[UvaPadova2008Model.IP], "plasma insulin pushed further below zero");
        // Recovering: infused insulin fills the depot, and a depot with insulin feeds plasma again (the literal
        // reference guard would keep both derivatives at 0 for ever: no insulin would reach plasma again).
        adult.derivatives(x, new ModelInputs(0, 1, 0, 1), dx);
        assertTrue(dx[UvaPadova2008Model.ISC1] > 0, "infusion refills a negative depot: " + dx[UvaPadova2008Model.ISC1]);
        x[UvaPadova2008Model.ISC1] = 5;
        x[UvaPadova2008Model.IL] = 0;
        adult.derivatives(x, new ModelInputs(0, 0, 0, 1), dx);
        assertTrue(dx[UvaPadova2008Model.IP] > 0, "absorbed insulin reaches plasma: " + dx[UvaPadova2008Model.IP]);
    }

    @Test
    void derivativeMovedByAnImpulseEqualsAFreshEvaluationForEveryPatient() {
        // Mid-meal state with worn-set absorption: every term of the right-hand side is active.
        for (UvaPadovaPatient p : UvaPadovaCohort.standard().patients()) {
            UvaPadova2008Model m = UvaPadovaCohort.standard().patient(p.name());
            double[] x = m.initialState();
            x[UvaPadova2008Model.QSTO1] = 20_000;
            x[UvaPadova2008Model.QSTO2] = 15_000;
            x[UvaPadova2008Model.ISC1] += 40;
            ModelInputs in = new ModelInputs(5, 0.01, 50_000, 1.4);
            double[] moved = new double[13];
            m.derivatives(x, in, moved);
            assertTrue(m.addSubcutaneousInsulinToDerivative(x, in, 0.025, moved));
            m.addSubcutaneousInsulin(x, 0.025);
            double[] fresh = new double[13];
            m.derivatives(x, in, fresh);
            for (int i = 0; i < 13; i++) {
                assertEquals(fresh[i], moved[i], 1e-12 * (1 + Math.abs(fresh[i])), m.patientName() + " dx[" + i + "]");
            }
        }
    }

    @Test
    void impulseIntoANegativeDepotAsksForAFreshEvaluation() {
        double[] x = adult.initialState();
        x[UvaPadova2008Model.ISC1] = -1e-9; // the guard may switch: the linear update is not valid
        assertTrue(!adult.addSubcutaneousInsulinToDerivative(x, ModelInputs.NONE, 0.025, new double[13]));
    }
}
