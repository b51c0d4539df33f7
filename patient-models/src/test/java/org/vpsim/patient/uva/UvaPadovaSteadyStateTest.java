package org.vpsim.patient.uva;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UvaPadovaSteadyStateTest {

    @Test
    void derivedSteadyStateReproducesEveryPublishedPatient() {
        for (UvaPadovaPatient p : UvaPadovaCohort.standard().patients()) {
            UvaPadovaPatient d = UvaPadovaSteadyState.patient(p.name(), p.parameters(),
                    UvaPadovaSteadyState.basalGlucoseMgDl(p), UvaPadovaSteadyState.basalEgpMgPerKgMin(p),
                    p.carbRatioGramsPerUnit(), p.correctionFactorMgDlPerUnit(), p.ageYears(),
                    p.totalDailyInsulinUnits());
            double[] x = p.initialState();
            double[] y = d.initialState();
            for (int i = 0; i < x.length; i++) {
                assertEquals(x[i], y[i], 1e-9 * Math.max(1, Math.abs(x[i])), p.name() + " x0[" + i + "]");
            }
            assertEquals(p.parameters().vm0MgPerKgMin(), d.parameters().vm0MgPerKgMin(), 1e-9 * p.parameters().vm0MgPerKgMin());
            assertEquals(p.parameters().kp1MgPerKgMin(), d.parameters().kp1MgPerKgMin(), 1e-9 * p.parameters().kp1MgPerKgMin());
            assertEquals(p.parameters().ibPmolPerL(), d.parameters().ibPmolPerL(), 1e-9 * p.parameters().ibPmolPerL());
        }
    }
}
