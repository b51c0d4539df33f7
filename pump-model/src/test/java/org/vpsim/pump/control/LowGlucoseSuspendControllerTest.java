package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.controller.Command;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;

class LowGlucoseSuspendControllerTest {
    private static final LowGlucoseSuspendProvider PROVIDER = new LowGlucoseSuspendProvider();

    private static Trace trace(Object... settings) {
        Settings s = Trace.settings(settings);
        return new Trace(PROVIDER.create(s), Trace.THERAPY, s);
    }

    private static List<String> events(Trace trace, double from, double... mgDl) {
        return trace.suspendsAndResumes(from, mgDl);
    }

    private static double[] constant(double mgDl, int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, mgDl);
        return v;
    }

    @Test
    void suspendsAtTheThresholdNotAbove() {
        Trace t = trace();
        assertEquals(List.of("suspend@20"), events(t, 0, 100, 90, 80, 71, 70));
        assertTrue(t.suspended());
        assertTrue(t.commands().get(4).reason().startsWith("threshold suspend: CGM 70 mg/dL at or below 70"),
                t.commands().get(4).reason());
    }

    @Test
    void staysSuspendedTwoHoursWithoutAResponseThenLocksOutFourHours() {
        Trace t = trace();
        // Suspend at minute 0; glucose stays low for 8 h: resume at 120, suspend again at 120 + 240 = 360.
        List<String> e = events(t, 0, constant(62, 97));
        assertEquals(List.of("suspend@0", "resume@120", "suspend@360", "resume@480"), e);
    }

    @Test
    void staysSuspendedThroughRecoveryUnlessThePersonResponds() {
        double[] trace = {68, 66, 70, 80, 90, 95, 100, 110, 120, 130, 140, 150};
        assertEquals(List.of("suspend@0"), events(trace("resumeOnRecovery", false), 0, trace));
        // With resumeOnRecovery (the default): resume at the first reading above 70 + 20 (95 at minute 25).
        assertEquals(List.of("suspend@0", "resume@25"), events(trace(), 0, trace));
        assertEquals(List.of("suspend@0", "resume@35"), events(trace("resumeMarginMgDl", 35), 0, trace));
    }

    @Test
    void aResponseResumeRearmsOnlyOnceTheCgmHasBeenAboveTheThreshold() {
        Trace t = trace();
        t.step(0, 68.0);
        assertTrue(t.suspended());
        // The person eats 60 g at 65 mg/dL: resume and bolus 6 + (65 - 110)/40 = 4.875 U in one command.
        Command meal = t.step(5, 65.0, 60);
        assertTrue(meal.resume());
        assertEquals(4.875, meal.bolusUnits(), 1e-9);
        assertTrue(meal.reason().startsWith("meal announced during the suspension: the person resumes; meal bolus 4.875 U"),
                meal.reason());
        assertEquals(List.of(), events(t, 10, 66, 69));
        assertEquals(List.of("suspend@25"), events(t, 20, 75, 70));
    }

    @Test
    void missingReadingsDoNotEndTheSuspensionEarly() {
        Trace t = trace("resumeOnRecovery", true);
        t.step(0, 65.0);
        for (int m = 5; m < 120; m += 5) {
            assertTrue(t.step(m, null).isEmpty(), "minute " + m);
        }
        assertTrue(t.step(120, null).resume());
    }

    @Test
    void followsThePumpWhenSomeoneElseResumesAndDoesNotSuspendAFaultedPump() {
        Trace t = trace();
        t.step(0, 65.0);
        t.pumpStatus("running", 7);
        assertTrue(t.step(10, 60.0).isEmpty());        // re-arms only above the threshold
        assertEquals(List.of("suspend@20"), events(t, 15, 80, 60));
        Trace faulted = trace();
        faulted.pumpStatus("occluded", 0);
        assertTrue(faulted.step(0, 50.0).isEmpty());
    }

    @Test
    void mealsGetTheWizardBolusWhileRunning() {
        Trace t = trace("targetMgDl", 100);
        // 60/10 + (190 - 100)/40 = 8.25 U
        assertEquals(8.25, t.step(0, 190.0, 60).bolusUnits(), 1e-9);
        assertFalse(t.suspended());
    }

    @Test
    void validationReportsEveryProblemWithItsKeyIncludingTheWizardsAndUnknownKeys() {
        List<SettingsProblem> problems = PROVIDER.validate(Trace.settings("thresholdMgDl", 50, "maxSuspendMinutes", 0,
                "resumeOnRecovery", "yes", "lockoutMinutes", -1, "targetMgDl", 20, "threshold", 70));
        assertEquals(List.of("thresholdMgDl", "maxSuspendMinutes", "resumeOnRecovery", "lockoutMinutes", "targetMgDl",
                "threshold"), problems.stream().map(SettingsProblem::path).toList());
        assertEquals("a number from 60 to 90 (mg/dL)", problems.get(0).allowed());
        assertEquals(List.of(), PROVIDER.validate(Trace.settings("thresholdMgDl", 65, "maxSuspendMinutes", 120,
                "resumeOnRecovery", true, "resumeMarginMgDl", 30, "lockoutMinutes", 0, "iobSubtraction", "total")));
    }
}
