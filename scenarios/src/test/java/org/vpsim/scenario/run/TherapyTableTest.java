package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModel;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;

class TherapyTableTest {
    @Test
    void aPatientIsTitratedOnceAndEveryArmGetsTheSameSettings() {
        Scenario s = new ScenarioLibrary().load("controller-comparison");
        StudyPlan plan = StudyPlan.of(s);
        PatientModel child = plan.patients().stream().filter(p -> p.patientName().equals("child#003")).findFirst()
                .orElseThrow();
        var first = plan.therapies().of(child);
        assertSame(first, plan.therapies().of(child), "worked out once, then shared");
        assertEquals(TherapyChoice.of(s, child), first, "the same as titrating afresh");
    }
}
