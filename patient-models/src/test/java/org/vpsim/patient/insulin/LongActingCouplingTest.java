package org.vpsim.patient.insulin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.ClassicalRungeKutta;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.uva.UvaPadova2008Model;
import org.vpsim.patient.uva.UvaPadovaCohort;

/**
 * The coupling recipe for the models, exercised on the 30 UVA/Padova patients: the depot's two states
 * appended to the model's, its appearance added to dIp as Ra * 6000 / BW pmol/kg/min, the rapid-acting
 * sc depot empty (a pen user has no pump basal on board), the long-acting depot at the regimen's steady
 * state 2 h after a 22:00 dose. The UVA/Padova insulin kinetics (Ip, Il) are linear, so at the periodic
 * steady state the daily mean plasma insulin equals the basal plasma insulin exactly when the daily
 * dose is 24 h x basal: a check of units, coupling and the dose rule together.
 */
class LongActingCouplingTest {

    @Test
    void derivedOnceDailyDoseGivesTheBasalPlasmaInsulinOnAverageForEveryPatient() {
        for (LongActingInsulin insulin : LongActingInsulin.known()) {
            LongActingInsulinDepot depot = new LongActingInsulinDepot(insulin);
            for (PatientModel model : UvaPadovaCohort.standard().resolve("all")) {
                double bodyWeightKg = model.therapy().bodyWeightKg();
                double dose = LongActingDoseRule.ENDOCRINE_SOCIETY_2022.dailyDoseUnits(model.therapy());
                int n = model.dimension();
                double[] y = new double[n + depot.stateDimension()];
                double[] x0 = model.initialState();
                System.arraycopy(x0, 0, y, 0, n);
                y[UvaPadova2008Model.ISC1] = 0;
                y[UvaPadova2008Model.ISC2] = 0;
                System.arraycopy(depot.steadyState(dose, 1440, 120), 0, y, n, depot.stateDimension());
                OdeSystem patient = model.system(ModelInputs.NONE);
                OdeSystem coupled = new OdeSystem() {
                    @Override
                    public int dimension() {
                        return n + depot.stateDimension();
                    }

                    @Override
                    public void computeDerivatives(double t, double[] x, double[] dxdt) {
                        patient.computeDerivatives(t, x, dxdt);
                        depot.computeDerivatives(x, n, 1.0, dxdt);
                        if (x[UvaPadova2008Model.IP] >= 0) {
                            dxdt[UvaPadova2008Model.IP] += depot.plasmaAppearanceUnitsPerMinute(x, n, 1.0)
                                    * UvaPadova2008Model.PMOL_PER_UNIT / bodyWeightKg;
                        }
                    }
                };
                ClassicalRungeKutta rk = new ClassicalRungeKutta(1.0);
                double insulinSum = 0;
                for (int minute = 0; minute < 3 * 1440; minute++) {
                    if (minute % 1440 == 22 * 60) {
                        depot.inject(y, n, dose);
                    }
                    rk.integrate(coupled, minute, y, minute + 1);
                    if (minute >= 2 * 1440) {
                        insulinSum += model.plasmaInsulinPmolPerL(y);
                    }
                }
                double basal = model.plasmaInsulinPmolPerL(x0);
                assertEquals(basal, insulinSum / 1440, 0.01 * basal, insulin.id() + " " + model.patientName());
            }
        }
    }
}
