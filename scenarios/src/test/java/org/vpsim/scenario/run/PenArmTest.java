package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModels;
import org.vpsim.results.EventRow;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.Problem;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.model.ScenarioReader;

/** Arms on insulin pens (multiple daily injections): assembly, accounts, steady-state start, validation. */
class PenArmTest {
    private final ScenarioLibrary library = new ScenarioLibrary();
    private final ScenarioReader reader = new ScenarioReader();

    private static PatientSimulation.Result run(Scenario s, String arm, String patient) {
        Arm a = s.arms().stream().filter(x -> x.name().equals(arm)).findFirst().orElseThrow();
        return PatientSimulation.run(s, a, PatientModels.create(s.model(), patient));
    }

    private static double sum(List<EventRow> events, String type) {
        return events.stream().filter(e -> e.type().equals(type) && e.deliveredUnits() != null)
                .mapToDouble(EventRow::deliveredUnits).sum();
    }

    @Test
    void penArmConservesInsulinOverAMonth() {
        // The built-in comparison with its realism (person, variability, site variability) for 30 days.
        Scenario s = library.load("pump-vs-mdi").withDurationDays(30);
        PatientSimulation.Result r = run(s, "mdi", "adolescent#003");
        assertNull(r.failure());
        PenAccounts a = r.pens();
        assertNotNull(a);
        assertNull(r.ledger(), "a pen arm has no pump ledger");
        // Each pen: filled = injected + safety shots + discarded + remaining.
        assertEquals(0.0, a.rapid().conservationResidualUnits(), 1e-9);
        assertEquals(0.0, a.longActing().conservationResidualUnits(), 1e-9);
        // Long-acting: what was on board at the start plus what was injected is absorbed or still in the depot.
        assertEquals(a.longActingInitialOnBoardUnits() + a.longActing().injectedUnits(),
                a.longActingAbsorbedUnits() + a.longActingOnBoardUnits(), 1e-9);
        // Rapid-acting: what the pen sent to the depot (dose × bioavailability draw) entered the patient's depot.
        assertEquals(a.rapid().toDepotUnits(), a.rapidIntoDepotUnits(), 1e-9);
        // Taken from the pens = absorbed + still in each depot + waste (+ signed bioavailability deviation).
        double taken = a.rapid().drawnUnits() + a.longActing().drawnUnits() + a.rapid().discardedUnits()
                + a.longActing().discardedUnits();
        double accounted = a.rapidAbsorbedUnits() + a.rapidInDepotUnits() + a.longActingAbsorbedUnits()
                + a.longActingOnBoardUnits() - a.longActingInitialOnBoardUnits() + a.wasteUnits()
                + a.rapid().bioavailabilityDeviationUnits();
        assertEquals(taken, accounted, 1e-9);
        // 30 daily long-acting injections, each with its 2 U safety shot; pens really ran out and were replaced.
        assertEquals(30, a.longActing().injections());
        assertEquals(2.0 * (a.rapid().injections() + a.longActing().injections()),
                a.rapid().safetyShotUnits() + a.longActing().safetyShotUnits(), 1e-9);
        assertTrue(a.rapid().pensUsed() >= 2, "a month of meal boluses empties more than one 300 U pen");
        // Events, rows and summary tell the same totals.
        assertEquals(a.rapid().injectedUnits(), sum(r.events(), "PEN_RAPID"), 1e-9);
        assertEquals(a.longActing().injectedUnits(), sum(r.events(), "PEN_BASAL"), 1e-9);
        assertEquals(a.rapid().injectedUnits() + a.longActing().injectedUnits(),
                r.rows().stream().mapToDouble(TimeseriesRow::insulinDeliveredUnits).sum(), 1e-6);
        assertEquals(a.rapid().injectedUnits(), r.rows().stream().mapToDouble(TimeseriesRow::bolusUnits).sum(), 1e-6);
        assertEquals(a.longActing().injectedUnits(), r.summary().totalBasalUnits(), 1e-9);
        assertEquals(a.rapid().injectedUnits(), r.summary().totalBolusUnits(), 1e-9);
    }

    @Test
    void longActingRegimenStartsAtItsSteadyStateSoTheFirstDaysAreFlat() {
        // No meals, no person, no variability, no site variability: glargine alone at the patient's own basal.
        Scenario s = reader.parse("""
                {"name": "fasting-glargine", "durationDays": 3, "start": "2026-01-05T00:00:00Z",
                 "cohort": {"patients": ["adult#001"]}, "therapySettings": "published",
                 "person": {"enabled": false}, "variability": {"enabled": false},
                 "arms": [{"name": "mdi", "controller": {"type": "mdi"},
                           "pens": {"absorptionVariability": false, "injectionTime": "22:00"},
                           "cgm": {"noise": false}}]}""");
        PatientSimulation.Result r = run(s, "mdi", "adult#001");
        double fasting = r.rows().get(0).glucoseMgDl();
        // The regimen's periodic steady state from minute 0: every day's mean glucose is the same (an empty depot at
        // the start would need 2-4 days of glargine to build up, with glucose climbing meanwhile), and near fasting.
        // (Point by point glargine's within-day release swing, peak/trough about 1.5, moves glucose by more than
        // 20 mg/dL in UVA/Padova patients; see patient-models LongActingCouplingTest.)
        double[] dayMeans = new double[3];
        for (int d = 0; d < 3; d++) {
            dayMeans[d] = r.rows().subList(d * 288, (d + 1) * 288).stream().mapToDouble(TimeseriesRow::glucoseMgDl)
                    .average().orElseThrow();
            assertEquals(fasting, dayMeans[d], 20.0, "day " + (d + 1) + " mean");
        }
        // Against the wash-in of the same regimen from an empty depot (same model, dose and injection times):
        // the steady-state start's first day is far closer to the regimen's own level than a cold start's.
        var model = PatientModels.create(s.model(), "adult#001");
        double dose = r.events().stream().filter(e -> e.type().equals("PEN_BASAL")).findFirst().orElseThrow()
                .deliveredUnits();
        var cold = org.vpsim.patient.VirtualPatient.onLongActingInsulin(model,
                org.vpsim.patient.insulin.LongActingInsulin.GLARGINE_U100, 0, 0);
        double coldDay1 = 0;
        for (int minute = 0; minute < 1440; minute++) {
            if (minute == 22 * 60) {
                cold.injectLongActingInsulin(dose);
            }
            cold.advanceToMinute(minute + 1);
            coldDay1 += cold.plasmaGlucoseMgDl() / 1440;
        }
        System.out.printf("fasting %.1f, day means %.1f %.1f %.1f, cold start day 1 %.1f%n", fasting, dayMeans[0],
                dayMeans[1], dayMeans[2], coldDay1);
        assertEquals(dayMeans[2], dayMeans[0], 12.0, "day 1 near day 3");
        assertEquals(dayMeans[2], dayMeans[1], 12.0, "day 2 near day 3");
        assertTrue(coldDay1 - dayMeans[2] > 3 * Math.abs(dayMeans[0] - dayMeans[2]),
                "an empty depot at the start would climb far more: " + coldDay1);
        // Injected at 22:00 each day: minutes 1320, 2760, 4200.
        List<EventRow> basal = r.events().stream().filter(e -> e.type().equals("PEN_BASAL")).toList();
        assertEquals(3, basal.size());
        long startMillis = s.startEpochMillis();
        assertEquals(List.of(1320L, 2760L, 4200L), basal.stream().map(e -> (e.timeMillis() - startMillis) / 60_000).toList());
        double own = PatientModels.create(s.model(), "adult#001").therapy().basalInsulinUnitsPerHour() * 24;
        assertEquals(own, basal.get(0).deliveredUnits(), 0.5 + 1e-9, "24-h basal rounded to the pen's 1 U step");
        // The pens' figures stand where the pump's would: no reservoir, no pump status.
        for (TimeseriesRow row : r.rows()) {
            assertNull(row.reservoirUnits());
            assertNull(row.pumpStatus());
        }
    }

    @Test
    void pumpArmAndPenArmRunOnTheSameMealsAndReportTheSameColumns() {
        Scenario s = library.load("pump-vs-mdi").withDurationDays(2);
        PatientSimulation.Result pump = run(s, "pump", "adult#002");
        PatientSimulation.Result pens = run(s, "mdi", "adult#002");
        assertNotNull(pump.ledger());
        assertNull(pump.pens());
        assertEquals(576, pump.rows().size());
        assertEquals(576, pens.rows().size());
        assertNotNull(pump.rows().get(0).reservoirUnits());
        assertEquals("RUNNING", pump.rows().get(0).pumpStatus());
        assertNull(pens.rows().get(0).reservoirUnits());
        // Same meals in both arms (common random numbers).
        assertEquals(mealTimes(pump), mealTimes(pens));
        // Meal boluses on the pen arm are on the 0.5 U dial of the NovoPen Echo; none is a pump event.
        List<EventRow> rapid = pens.events().stream().filter(e -> e.type().equals("PEN_RAPID")).toList();
        assertTrue(rapid.size() >= 4, "meals of two days get rapid-acting injections: " + rapid.size());
        for (EventRow e : rapid) {
            assertEquals(0.0, Math.IEEEremainder(e.deliveredUnits(), 0.5), 1e-12);
            assertTrue(e.detail().contains("safety shot 2 U"), e.detail());
        }
        assertTrue(pens.events().stream().noneMatch(e -> e.type().equals("BOLUS_REQUESTED")));
        assertTrue(pens.summary().totalBolusUnits() > 0 && pens.summary().totalBasalUnits() > 0);
        assertTrue(pump.summary().totalBolusUnits() > 0 && pump.summary().totalBasalUnits() > 0);
    }

    private static List<Long> mealTimes(PatientSimulation.Result r) {
        return r.events().stream().filter(e -> e.type().equals("MEAL")).map(EventRow::timeMillis).toList();
    }

    @Test
    void anArmWithPumpAndPensOrAPumpOnlyControllerOnPensIsRefused() {
        ScenarioException both = assertThrows(ScenarioException.class, () -> reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "pump": {}, "pens": {}}]}"""));
        assertTrue(both.problems().stream().anyMatch(p -> p.path().endsWith("pens")), both.getMessage());
        Scenario hcl = reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "pens": {}, "controller": {"type": "hybrid-closed-loop"}}]}""");
        List<String> paths = assertThrows(ScenarioException.class, () -> StudyPlan.of(hcl)).problems().stream()
                .map(Problem::path).toList();
        assertEquals(List.of("arms[0].controller.type"), paths);
        Scenario fault = reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "faults": [{"type": "occlusion", "atHours": 2, "arms": ["a"]}],
                 "arms": [{"name": "a", "pens": {}, "controller": {"type": "mdi"}}]}""");
        assertEquals(List.of("faults[0].arms[0]"), assertThrows(ScenarioException.class, () -> StudyPlan.of(fault))
                .problems().stream().map(Problem::path).toList());
        ScenarioException pen = assertThrows(ScenarioException.class, () -> reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "pens": {"longActingInsulin": "degludec-u100", "longActingPen": "lantus-solostar"}}]}"""));
        assertTrue(pen.problems().stream().anyMatch(p -> p.path().endsWith("longActingPen")), pen.getMessage());
    }

    /** A controller that asks for a temp basal at every sample and looks at what the device answered. */
    private static final class TempBasalAsker implements org.vpsim.controller.Controller {
        final List<org.vpsim.controller.DeviceEvent> seen = new java.util.ArrayList<>();
        final List<String> statuses = new java.util.ArrayList<>();

        @Override
        public void start(org.vpsim.controller.ControllerStart start) {
        }

        @Override
        public org.vpsim.controller.Command decide(org.vpsim.controller.Observation obs) {
            seen.addAll(obs.pumpEvents());
            statuses.add(obs.pump().status());
            return org.vpsim.controller.Command.tempBasal(2.0, 30, "try");
        }
    }

    @Test
    void tempBasalsOnPensAreRefusedAndTheControllerIsTold() {
        TempBasalAsker asker = new TempBasalAsker();
        org.vpsim.controller.ControllerProvider provider = new org.vpsim.controller.ControllerProvider() {
            @Override
            public String id() {
                return "asker";
            }

            @Override
            public String description() {
                return "asks for temp basals";
            }

            @Override
            public List<org.vpsim.controller.SettingsProblem> validate(org.vpsim.controller.Settings settings) {
                return List.of();
            }

            @Override
            public org.vpsim.controller.Controller create(org.vpsim.controller.Settings settings) {
                return asker;
            }
        };
        Scenario s = reader.parse("""
                {"name": "t", "durationDays": 1, "cohort": {"patients": ["adult#001"]},
                 "person": {"enabled": false}, "variability": {"enabled": false},
                 "arms": [{"name": "a", "pens": {}, "controller": {"type": "asker"}}]}""");
        PatientSimulation.Result r = PatientSimulation.run(s, s.arms().get(0), PatientModels.create(s.model(), "adult#001"),
                new StudyContext(ControllerRegistry.of(List.of(provider)), null, null));
        assertNull(r.failure());
        assertTrue(asker.statuses.stream().allMatch("pens"::equals));
        assertTrue(asker.seen.size() > 10);
        assertTrue(asker.seen.stream().allMatch(e -> e.kind().equals("temp-basal-refused")
                && e.reason().startsWith("pens cannot")));
        assertTrue(r.events().stream().anyMatch(e -> e.type().equals("COMMAND_REFUSED")));
    }
}
