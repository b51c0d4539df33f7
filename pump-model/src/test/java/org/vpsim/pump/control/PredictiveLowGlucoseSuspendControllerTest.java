package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Command;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;

class PredictiveLowGlucoseSuspendControllerTest {
    // Low limit 60 mg/dL by default: suspend zone CGM <= 130, suspend when predicted <= 80;
    // resume when CGM >= 80 and predicted > 100, after 30 min; at most 120 min.
    private static final PredictiveLowGlucoseSuspendProvider PROVIDER = new PredictiveLowGlucoseSuspendProvider();

    private static Trace trace(Object... settings) {
        Settings s = Trace.settings(settings);
        return new Trace(PROVIDER.create(s), Trace.THERAPY, s);
    }

    private static List<String> events(Trace trace, double from, double... mgDl) {
        return trace.suspendsAndResumes(from, mgDl);
    }

    @Test
    void trendLineIsTheLeastSquaresFitOfTheWindow() {
        List<CgmReading> h = List.of(new CgmReading(0, 300), new CgmReading(20, 110), new CgmReading(25, 100),
                new CgmReading(30, 90), new CgmReading(35, 95), new CgmReading(40, 100));
        CgmTrend t = CgmTrend.of(h, 40, 20, 3);
        // t = 20..40 (mean 30), g mean 99, sxy = -125, sxx = 250: slope -0.5; at 70: 99 - 0.5 * 40 = 79
        assertEquals(-0.5, t.slopeMgDlPerMinute(), 1e-12);
        assertEquals(79.0, t.at(70), 1e-12);
        assertEquals(5, t.readings());
        assertEquals(null, CgmTrend.of(h, 40, 4, 3));
    }

    @Test
    void suspendsBeforeTheLowWhenTheFallIsPredictedToReachLowPlus20() {
        // -1 mg/dL/min: prediction = CGM - 30; within the zone (<= 130) it first reaches <= 80 at CGM 110.
        Trace t = trace();
        assertEquals(List.of("suspend@50"), events(t, 0, 160, 155, 150, 145, 140, 135, 130, 125, 120, 115, 110));
        Command c = t.commands().get(10);
        assertEquals(80.0, (Double) c.info().get("predictedMgDl"), 1e-9);
        assertTrue(c.reason().startsWith("suspend before low: CGM 110 mg/dL within 70 of the low limit 60"), c.reason());
    }

    @Test
    void doesNotSuspendOutsideTheZoneOrWithoutAFall() {
        // -2 mg/dL/min from 250: predicted <= 80 already at 140, but 140 is above low + 70; 130 is not.
        assertEquals(List.of("suspend@60"), events(trace(), 0, 250, 240, 230, 220, 210, 200, 190, 180, 170, 160, 150, 140, 130));
        assertEquals(List.of(), events(trace(), 0, 85, 85, 85, 85, 85, 85));   // flat, predicted 85 > 80
        assertEquals(List.of("suspend@10"), events(trace(), 0, 75, 75, 75));   // flat, predicted 75 <= 80
        assertEquals(List.of(), events(trace(), 0, 90, 70));                    // two readings: no prediction
    }

    @Test
    void suspendsOnLowWithoutAPredictionUnlessTurnedOff() {
        assertEquals(List.of("suspend@0"), events(trace(), 0, 55));
        assertEquals(List.of(), events(trace("suspendOnLow", false), 0, 55));
        assertEquals(List.of("suspend@0"), events(trace("lowLimitMgDl", 70), 0, 70));
    }

    @Test
    void resumesOnPredictedRecoveryButNotBeforeThirtyMinutes() {
        // Suspended at 10 (130, predicted 70); then glucose rises at once by 2 mg/dL/min.
        assertEquals(List.of("suspend@10", "resume@40"),
                events(trace(), 0, 150, 140, 130, 140, 150, 160, 170, 180, 190));
        // Minimum suspension 10 min: at 20 the window 0..20 (150, 140, 130, 140, 150) has slope 0 and
        // mean 142, predicted 142 > 100 with CGM 150 >= 80: resume at the first chance.
        assertEquals(List.of("suspend@10", "resume@20"),
                events(trace("minSuspendMinutes", 10), 0, 150, 140, 130, 140, 150, 160, 170));
    }

    @Test
    void resumeNeedsCgmAtLowPlus20AndPredictionAboveLowPlus40() {
        // Suspended at 10; falls to 90 then turns up by 1 mg/dL/min.
        // At 40: window 20..40 = 110,100,90,95,100 -> predicted 79 (stay); at 45: 100,90,95,100,105 ->
        // slope 0.4, mean 98 at 35, predicted 98 + 0.4 * 40 = 114 > 100 and CGM 105 >= 80: resume.
        assertEquals(List.of("suspend@10", "resume@45"),
                events(trace(), 0, 150, 140, 130, 120, 110, 100, 90, 95, 100, 105, 110));
        // Rising but still below low + 20 = 80: no resume whatever the prediction (limit 70 -> needs 90).
        assertEquals(List.of("suspend@10"),
                events(trace("lowLimitMgDl", 70), 0, 150, 140, 130, 120, 100, 80, 70, 75, 80, 85, 89));
    }

    @Test
    void endsAtTwoHoursThenLocksOutThirtyMinutes() {
        double[] v = new double[60];
        v[0] = 100;
        v[1] = 90;
        v[2] = 80;
        for (int i = 3; i < v.length; i++) {
            v[i] = 70;   // flat at 70: predicted 70 <= 80, never a predicted recovery
        }
        assertEquals(List.of("suspend@10", "resume@130", "suspend@160", "resume@280"), events(trace(), 0, v));
    }

    @Test
    void aMealResumesAndBolusesThenTheLockoutHolds() {
        Trace t = trace();
        events(t, 0, 100, 90, 80);
        assertTrue(t.suspended());
        Command meal = t.step(15, 78.0, 40);
        assertTrue(meal.resume());
        assertEquals(3.2, meal.bolusUnits(), 1e-9);   // 40/10 + (78 - 110)/40 = 4 - 0.8
        assertEquals(List.of("suspend@45"), events(t, 20, 55, 55, 55, 55, 55, 55));
    }

    @Test
    void validationReportsEveryProblemWithItsKey() {
        List<SettingsProblem> problems = PROVIDER.validate(Trace.settings("lowLimitMgDl", 40, "minSuspendMinutes", 60,
                "maxSuspendMinutes", 30, "predictionWindowMinutes", 5, "negativeCorrection", 1, "lowLimit", 60));
        assertEquals(List.of("lowLimitMgDl", "maxSuspendMinutes", "predictionWindowMinutes", "negativeCorrection",
                "lowLimit"), problems.stream().map(SettingsProblem::path).toList());
        assertEquals("a number not below minSuspendMinutes (60 minutes)", problems.get(1).allowed());
        assertEquals(List.of(), PROVIDER.validate(Trace.settings("lowLimitMgDl", 70, "suspendOnLow", false,
                "minSuspendMinutes", 30, "maxSuspendMinutes", 120, "lockoutMinutes", 30, "predictionWindowMinutes", 15)));
    }
}
