package org.vpsim.patient.insulin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.patient.uva.UvaPadovaCohort;

/**
 * The long-acting route coupled into the models through {@link VirtualPatient#onLongActingInsulin}: the
 * rapid-acting depot empty (a pen user has no pump basal on board), the long-acting depot at the regimen's
 * steady state 2 h after a 22:00 dose, its release added to each model's plasma-insulin equation.
 */
class LongActingCouplingTest {
    private static final double TWO_HOURS_AFTER_22H = 120.0;

    /** Runs {@code days} days with the dose at 22:00 and returns the mean plasma insulin of the last day. */
    private static double lastDayMeanInsulin(VirtualPatient p, double dose, int days) {
        double sum = 0;
        for (int minute = 0; minute < days * 1440; minute++) {
            if (minute % 1440 == 22 * 60) {
                p.injectLongActingInsulin(dose);
            }
            p.advanceToMinute(minute + 1);
            if (minute >= (days - 1) * 1440) {
                sum += p.plasmaInsulinPmolPerL();
            }
        }
        return sum / 1440;
    }

    /**
     * UVA/Padova's insulin kinetics (Ip, Il) are linear, so at the periodic steady state the daily mean plasma
     * insulin equals the basal plasma insulin exactly when the daily dose is 24 h × basal: a check of units,
     * coupling and the dose rule together, for every patient and both insulins.
     */
    @Test
    void derivedOnceDailyDoseGivesTheBasalPlasmaInsulinOnAverageForEveryPatient() {
        for (LongActingInsulin insulin : LongActingInsulin.known()) {
            for (PatientModel model : UvaPadovaCohort.standard().resolve("all")) {
                double dose = LongActingDoseRule.ENDOCRINE_SOCIETY_2022.dailyDoseUnits(model.therapy());
                VirtualPatient p = VirtualPatient.onLongActingInsulin(model, insulin, dose, TWO_HOURS_AFTER_22H);
                double basal = model.plasmaInsulinPmolPerL(model.initialState());
                assertEquals(basal, lastDayMeanInsulin(p, dose, 3), 0.01 * basal, insulin.id() + " " + model.patientName());
            }
        }
    }

    /** The same holds in the other models, whose plasma-insulin units and equations differ. */
    @Test
    void hovorkaAndBergmanPatientsGetTheirBasalPlasmaInsulinFromTheDepot() {
        for (String modelId : new String[] {"hovorka-2004", "bergman-minimal"}) {
            PatientModel model = PatientModels.create(modelId, "nominal");
            double dose = LongActingDoseRule.ENDOCRINE_SOCIETY_2022.dailyDoseUnits(model.therapy());
            VirtualPatient p = VirtualPatient.onLongActingInsulin(model, LongActingInsulin.DEGLUDEC_U100, dose,
                    TWO_HOURS_AFTER_22H);
            double basal = model.plasmaInsulinPmolPerL(model.initialState());
            assertEquals(basal, lastDayMeanInsulin(p, dose, 3), 0.01 * basal, modelId);
        }
    }

    /** Injected (plus what was on board at the start) = released into plasma + still in the depot, over a month. */
    @Test
    void longActingInsulinIsConservedOverAMonthOfDailyInjections() {
        PatientModel model = PatientModels.create("uva-padova-2008", "adolescent#004");
        double dose = 17.0;
        VirtualPatient p = VirtualPatient.onLongActingInsulin(model, LongActingInsulin.GLARGINE_U100, dose,
                TWO_HOURS_AFTER_22H);
        for (int day = 0; day < 30; day++) {
            p.advanceToMinute(day * 1440 + 22 * 60);
            p.setLongActingAbsorptionMultiplier(0.8 + 0.02 * day); // day-to-day site variation
            p.injectLongActingInsulin(dose);
        }
        p.advanceToMinute(30 * 1440);
        double in = p.longActingInitialOnBoardUnits() + p.longActingInjectedUnits();
        double out = p.longActingAbsorbedUnits() + p.longActingOnBoardUnits();
        assertEquals(in, out, 1e-9);
        assertTrue(p.longActingAbsorbedUnits() > 25 * dose, "about one dose a day reached plasma");
    }

    /**
     * The check "a patient on the derived once-daily dose alone stays near its fasting steady state": on
     * degludec (flat, half-life 25 h) every adult's glucose of day 3 averages within 20 mg/dL of fasting. (Point by
     * point, glargine's within-day swing of its release, peak/trough 1.5 as published, moves UVA/Padova glucose
     * further than 20 mg/dL in most patients; see docs and the issue note.)
     */
    @Test
    void adultsOnTheDerivedDegludecDoseAloneStayNearTheirFastingGlucose() {
        for (PatientModel model : UvaPadovaCohort.standard().resolve("adults")) {
            double dose = LongActingDoseRule.ENDOCRINE_SOCIETY_2022.dailyDoseUnits(model.therapy());
            VirtualPatient p = VirtualPatient.onLongActingInsulin(model, LongActingInsulin.DEGLUDEC_U100, dose,
                    TWO_HOURS_AFTER_22H);
            double fasting = model.plasmaGlucoseMgDl(model.initialState());
            double sum = 0;
            for (int minute = 0; minute < 3 * 1440; minute++) {
                if (minute % 1440 == 22 * 60) {
                    p.injectLongActingInsulin(dose);
                }
                p.advanceToMinute(minute + 1);
                if (minute >= 2 * 1440) {
                    sum += p.plasmaGlucoseMgDl();
                }
            }
            assertEquals(fasting, sum / 1440, 20.0, model.patientName());
        }
    }
}
