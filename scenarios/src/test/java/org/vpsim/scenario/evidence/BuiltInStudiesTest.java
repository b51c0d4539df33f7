package org.vpsim.scenario.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.results.evidence.EvidenceSpec;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.run.StudyPlan;

/** Every built-in study's evidence spec reads, names its study and two of its arms, and the study plans. */
class BuiltInStudiesTest {

    private final StudyEvidenceRunner runner = new StudyEvidenceRunner();

    @Test
    void theTrialStudiesAreBuiltInsWithEvidenceSpecs() {
        List<String> studies = runner.studies();
        for (String s : List.of("pump-vs-mdi", "threshold-suspend-night", "predictive-suspend", "closed-loop-vs-sap")) {
            assertTrue(studies.contains(s), s + " in " + studies);
        }
        assertFalse(studies.contains("default-study"));
    }

    @Test
    void everySpecFitsItsScenarioAndEveryStudyPlans() {
        ScenarioLibrary library = new ScenarioLibrary();
        for (String name : runner.studies()) {
            EvidenceSpec spec = runner.spec(name);
            assertEquals(name, spec.study());
            Scenario s = library.load(name);
            StudyPlan plan = StudyPlan.of(s);
            assertTrue(plan.patients().size() >= 10, name);
            assertTrue(runner.specFor(name, s.arms().stream().map(a -> a.name()).toList()).isPresent(), name);
            assertTrue(runner.specFor(name, List.of(spec.baselineArm())).isEmpty(), name + ": one arm is not a comparison");
        }
        assertTrue(runner.specFor("default-study", List.of("pump")).isEmpty());
    }

    @Test
    void theNightStudyMakesItsPopulationAtRiskAsDescribed() {
        Scenario s = new ScenarioLibrary().load("threshold-suspend-night");
        // The stated choice: night basal 20 % high on both arms, the person sleeps (default windows) and treats lows
        // by day as in the default study; no CGM alert in either arm.
        for (var arm : s.arms()) {
            assertEquals(1.2, arm.pump().basalProfile().get(0).scale());
            assertEquals("22:00", arm.pump().basalProfile().get(2).start());
            assertEquals(null, arm.alerts());
        }
        assertEquals(org.vpsim.scenario.model.SleepSettings.defaults(), s.person().sleep());
        assertEquals(70.0, s.person().rescueThresholdMgDl());
        assertEquals(2, s.person().rescueConfirmReadings());
    }
}
