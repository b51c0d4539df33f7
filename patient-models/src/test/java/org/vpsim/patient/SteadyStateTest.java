package org.vpsim.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.patient.uva.UvaPadovaCohort;

/** x0 of every published patient is an exact steady state under basal u2ss·BW/6000 U/min. */
class SteadyStateTest {

    @Test
    void everyPatientHeldAtBasalForADayDriftsLessThanOneHundredthMgDl() {
        for (PatientModel model : UvaPadovaCohort.standard().resolve("all")) {
            VirtualPatient p = VirtualPatient.atSteadyState(model);
            double g0 = p.plasmaGlucoseMgDl();
            double s0 = p.interstitialGlucoseMgDl();
            p.setInsulinInfusionUnitsPerMinute(p.basalInsulinUnitsPerHour() / 60.0);
            double maxDrift = 0;
            for (int hour = 1; hour <= 24; hour++) {
                p.advanceToMinute(60.0 * hour);
                maxDrift = Math.max(maxDrift, Math.abs(p.plasmaGlucoseMgDl() - g0));
                maxDrift = Math.max(maxDrift, Math.abs(p.interstitialGlucoseMgDl() - s0));
            }
            assertTrue(maxDrift < 0.01, model.patientName() + " drifted " + maxDrift + " mg/dL");
        }
    }

    @Test
    void derivativesVanishAtTheInitialStateUnderBasal() {
        for (PatientModel model : UvaPadovaCohort.standard().resolve("all")) {
            double[] x = model.initialState();
            double[] dx = new double[model.dimension()];
            double basalPerMinute = model.therapy().basalInsulinUnitsPerHour() / 60.0;
            model.derivatives(x, new ModelInputs(0, basalPerMinute, 0, 1), dx);
            for (int i = 0; i < dx.length; i++) {
                // Relative to the state's own scale: the tables carry ~12 significant digits.
                double scale = Math.max(1.0, Math.abs(x[i]));
                assertEquals(0.0, dx[i] / scale, 1e-9, model.patientName() + " dx[" + i + "]");
            }
        }
    }
}
