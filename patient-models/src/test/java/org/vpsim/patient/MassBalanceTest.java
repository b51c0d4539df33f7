package org.vpsim.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.uva.UvaPadova2008Model;
import org.vpsim.patient.uva.UvaPadovaCohort;

/**
 * Conservation (DESIGN "Verification"). The model is integrated together with two accumulators: insulin
 * absorbed from the subcutaneous depot into plasma, (ka1·Isc1 + ka2·Isc2)·BW/6000 U/min, and carbohydrate
 * absorbed from the gut, kabs·Qgut mg/min. Then insulin entered = still in the depot + absorbed, and
 * carbohydrate eaten = still in stomach and gut + absorbed, to rounding error.
 */
class MassBalanceTest {
    private static final UvaPadova2008Model ADULT = UvaPadovaCohort.standard().patient("adult#001");

    /** The UVA model plus accumulators [13] insulin absorbed (U) and [14] carbohydrate absorbed (g). */
    private static final class WithAccumulators implements OdeSystem {
        ModelInputs inputs = ModelInputs.NONE;

        @Override
        public int dimension() {
            return 15;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            ADULT.derivatives(y, inputs, yDot);
            yDot[13] = ADULT.subcutaneousAbsorptionUnitsPerMinute(y, inputs.absorptionRateMultiplier());
            yDot[14] = ADULT.gutAbsorptionGramsPerMinute(y);
        }
    }

    @Test
    void insulinEnteredEqualsDepotPlusAbsorbedAndCarbsEatenEqualGutPlusAbsorbed() {
        WithAccumulators sys = new WithAccumulators();
        DormandPrince45 dp = new DormandPrince45(1e-10, 1e-10, 10);
        double[] y = new double[15];
        System.arraycopy(ADULT.initialState(), 0, y, 0, 13);
        double depot0 = ADULT.subcutaneousInsulinUnits(y);
        double insulinIn = 0;
        double carbsIn = 0;
        // 60 g over 12 min with D̄ = 60 000 mg, a 6 U bolus by rate over 2 min and a 1.5 U impulse, then 8 h at basal.
        double basal = ADULT.therapy().basalInsulinUnitsPerHour() / 60.0;
        sys.inputs = new ModelInputs(5.0, 3.0, 60_000, 1.0);
        dp.integrate(sys, 0, y, 2);
        insulinIn += 6.0;
        carbsIn += 10.0;
        sys.inputs = new ModelInputs(5.0, basal, 60_000, 1.0);
        dp.integrate(sys, 2, y, 12);
        insulinIn += basal * 10;
        carbsIn += 50.0;
        ADULT.addSubcutaneousInsulin(y, 1.5);
        insulinIn += 1.5;
        sys.inputs = new ModelInputs(0.0, basal, 60_000, 1.3);
        dp.integrate(sys, 12, y, 492);
        insulinIn += basal * 480;

        double depot = ADULT.subcutaneousInsulinUnits(y);
        assertEquals(insulinIn, depot - depot0 + y[13], 1e-9 * insulinIn, "insulin balance (U)");
        assertEquals(carbsIn, ADULT.gutContentGrams(y) + y[14], 1e-9 * carbsIn, "carbohydrate balance (g)");
    }

    @Test
    void virtualPatientCountsInfusedAndInjectedInsulinAndEatenCarbs() {
        VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
        p.setInsulinInfusionUnitsPerMinute(0.02);
        p.setCarbIntakeGramsPerMinute(5);
        p.advanceToMinute(9);
        p.setCarbIntakeGramsPerMinute(0);
        for (int i = 0; i < 40; i++) {
            p.injectSubcutaneousInsulin(0.025);
            p.advanceMinutes(1.5);
        }
        assertEquals(0.02 * 69 + 40 * 0.025, p.cumulativeInsulinUnits(), 1e-12);
        assertEquals(45.0, p.cumulativeCarbsGrams(), 1e-12);
    }

    @Test
    void anImpulseRaisesTheSubcutaneousDepotByExactlyItsUnits() {
        VirtualPatient p = VirtualPatient.atSteadyState(ADULT);
        double before = p.subcutaneousInsulinUnits();
        p.injectSubcutaneousInsulin(2.5);
        assertEquals(2.5, p.subcutaneousInsulinUnits() - before, 1e-12);
    }
}
