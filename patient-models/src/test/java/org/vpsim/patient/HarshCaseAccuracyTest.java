package org.vpsim.patient;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.core.ode.ClassicalRungeKutta;
import org.vpsim.patient.uva.UvaPadova2008Model;
import org.vpsim.patient.uva.UvaPadovaCohort;

/**
 * Accuracy where a 1-minute RK4 step fails (uva-padova-2008 README: errors &gt; 0.3 mg/dL in deep
 * hypoglycaemia of children and large over-boluses): the default adaptive integrator must agree with a
 * very fine fixed-step RK4 (0.001 min, error ~1e-12 relative) within 0.01 mg/dL at every minute.
 */
class HarshCaseAccuracyTest {
    private static final double TOLERANCE_MG_DL = 0.01;

    /** Basal throughout; a 40 g breakfast at minute 30 covered by an extra {@code overBolusUnits} over one minute. */
    private static List<MinuteInput> overBolusDay(UvaPadova2008Model model, double overBolusUnits, int minutes) {
        double basal = model.therapy().basalInsulinUnitsPerHour() / 60.0;
        List<MinuteInput> in = new ArrayList<>();
        for (int t = 0; t < minutes; t++) {
            double cho = t >= 30 && t < 38 ? 5.0 : 0.0;
            double ins = basal + (t == 30 ? 40.0 / model.therapy().carbRatioGramsPerUnit() + overBolusUnits : 0.0);
            in.add(new MinuteInput(cho, ins));
        }
        return in;
    }

    private static double maxDifference(List<ReplayRow> a, List<ReplayRow> b) {
        double max = 0;
        for (int i = 0; i < a.size(); i++) {
            max = Math.max(max, Math.abs(a.get(i).plasmaGlucoseMgDl() - b.get(i).plasmaGlucoseMgDl()));
            max = Math.max(max, Math.abs(a.get(i).interstitialGlucoseMgDl() - b.get(i).interstitialGlucoseMgDl()));
        }
        return max;
    }

    @Test
    void childOverBolusedByTenUnitsMatchesFineRungeKutta() {
        UvaPadova2008Model child = UvaPadovaCohort.standard().patient("child#001");
        List<MinuteInput> inputs = overBolusDay(child, 10.0, 480);
        List<ReplayRow> adaptive = Replay.run(child, inputs);
        List<ReplayRow> fine = Replay.run(child, inputs, new ClassicalRungeKutta(0.001));
        List<ReplayRow> coarse = Replay.run(child, inputs, new ClassicalRungeKutta(1.0));
        double min = adaptive.stream().mapToDouble(ReplayRow::plasmaGlucoseMgDl).min().orElseThrow();
        double err = maxDifference(adaptive, fine);
        double coarseErr = maxDifference(coarse, fine);
        System.out.printf("child#001 +10 U: min plasma glucose %.2f mg/dL; max |DP45 - RK4(0.001)| %.3g mg/dL;"
                + " max |RK4(1 min) - RK4(0.001)| %.3g mg/dL%n", min, err, coarseErr);
        assertTrue(min < 40, "the case must reach deep hypoglycaemia to be harsh, min " + min);
        assertTrue(err < TOLERANCE_MG_DL, "adaptive vs fine RK4: " + err + " mg/dL");
    }

    @Test
    void adultOverBolusedByTwentyUnitsMatchesFineRungeKutta() {
        UvaPadova2008Model adult = UvaPadovaCohort.standard().patient("adult#001");
        List<MinuteInput> inputs = overBolusDay(adult, 20.0, 480);
        double err = maxDifference(Replay.run(adult, inputs),
                Replay.run(adult, inputs, new ClassicalRungeKutta(0.001)));
        System.out.printf("adult#001 +20 U: max |DP45 - RK4(0.001)| %.3g mg/dL%n", err);
        assertTrue(err < TOLERANCE_MG_DL, "adaptive vs fine RK4: " + err + " mg/dL");
    }

    @Test
    void everyPatientsReferenceDayWithADoubleBolusMatchesFineRungeKutta() {
        double worst = 0;
        String worstPatient = "";
        for (PatientModel m : UvaPadovaCohort.standard().resolve("all")) {
            UvaPadova2008Model model = (UvaPadova2008Model) m;
            List<MinuteInput> inputs = overBolusDay(model, 40.0 / model.therapy().carbRatioGramsPerUnit(), 720);
            double err = maxDifference(Replay.run(model, inputs),
                    Replay.run(model, inputs, new ClassicalRungeKutta(0.01)));
            if (err > worst) {
                worst = err;
                worstPatient = model.patientName();
            }
        }
        System.out.printf("all 30 patients, double bolus: worst |DP45 - RK4(0.01)| %.3g mg/dL (%s)%n", worst,
                worstPatient);
        assertTrue(worst < TOLERANCE_MG_DL, worstPatient + ": " + worst + " mg/dL");
    }
}
