package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.DeviceEvent;
import org.vpsim.controller.Observation;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.controller.TempBasalChange;
import org.vpsim.patient.PatientModels;
import org.vpsim.results.EventRow;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.model.ScenarioReader;

/** The controller loop: what a controller is shown, what the pump does with its commands, and containment. */
class ControllerLoopTest {

    /** A provider whose controllers follow a script and keep every observation they were shown. */
    private static final class ScriptedProvider implements ControllerProvider {
        final List<Observation> seen = Collections.synchronizedList(new ArrayList<>());
        final List<ControllerStart> starts = Collections.synchronizedList(new ArrayList<>());
        final BiFunction<ControllerStart, Observation, Command> script;

        ScriptedProvider(BiFunction<ControllerStart, Observation, Command> script) {
            this.script = script;
        }

        @Override
        public String id() {
            return "scripted";
        }

        @Override
        public String description() {
            return "test script";
        }

        @Override
        public List<SettingsProblem> validate(Settings settings) {
            return List.of();
        }

        @Override
        public Controller create(Settings settings) {
            return new Controller() {
                ControllerStart start;

                @Override
                public void start(ControllerStart s) {
                    start = s;
                    starts.add(s);
                }

                @Override
                public Command decide(Observation o) {
                    seen.add(o);
                    return script.apply(start, o);
                }
            };
        }
    }

    private static Scenario scenario(String patientsJson, double days) {
        ScenarioReader reader = new ScenarioReader();
        String json = reader.toJson(new ScenarioLibrary().load("reference-day").withDurationDays(days))
                .replaceAll("\"controller\" : \\{[^}]*\\{[^}]*\\}[^}]*\\}", "\"controller\" : { \"type\" : \"scripted\" }")
                .replaceAll("\"patients\" : \\[[^\\]]*\\]", "\"patients\" : " + patientsJson);
        return reader.parse(json);
    }

    private static PatientSimulation.Result run(Scenario s, String patient, ScriptedProvider provider) {
        StudyContext context = new StudyContext(ControllerRegistry.of(List.of(provider)), null, null);
        return PatientSimulation.run(s, s.arms().get(0), PatientModels.create(s.model(), patient), context);
    }

    private static Observation at(List<Observation> seen, double minute) {
        return seen.stream().filter(o -> o.minute() == minute).findFirst().orElseThrow();
    }

    private static List<String> kinds(Observation o) {
        return o.pumpEvents().stream().map(DeviceEvent::kind).toList();
    }

    @Test
    void controllerSeesThePumpsAnswersToItsCommandsInTheNextObservation() {
        ScriptedProvider p = new ScriptedProvider((start, o) -> switch ((int) o.minute()) {
            case 60 -> Command.suspendDelivery("test suspend");
            case 120 -> Command.resumeDelivery("test resume");
            case 180 -> Command.tempBasal(0.5, 30, "low temp");
            case 240 -> Command.bolus(30.0, "too much");
            case 300 -> Command.bolus(1.01, "rounds");
            case 400 -> Command.tempBasal(50.0, 30, "too fast");
            case 600 -> Command.tempBasal(2.0, 60, "high temp");
            case 620 -> new Command(0, TempBasalChange.cancel(), false, false, Map.of("reason", "cancel"));
            default -> Command.none();
        });
        Scenario s = scenario("[\"adult#001\"]", 1);
        PatientSimulation.Result r = run(s, "adult#001", p);
        assertFalse(r.failed());
        double basal = PatientModels.create(s.model(), "adult#001").therapy().basalInsulinUnitsPerHour();
        ControllerStart start = p.starts.get(0);
        assertEquals("adult#001", start.patient());
        assertEquals(basal, start.therapy().basalUnitsPerHourAt(0), 0.0125 + 1e-9);
        assertEquals(25.0, start.pump().maxBolusUnits());

        // Suspended: the status says so since minute 60, no strokes, and the programmed basal is
        // still the scheduled rate (not the 0 U/h being delivered).
        Observation suspended = at(p.seen, 65);
        assertEquals("suspended", suspended.pump().status());
        assertEquals(60.0, suspended.pump().statusSinceMinute());
        assertEquals(basal, suspended.pump().scheduledBasalUnitsPerHour(), 0.0125 + 1e-9);
        assertTrue(suspended.deliveries().isEmpty());
        assertTrue(kinds(suspended).contains("suspended"));
        Observation resumed = at(p.seen, 125);
        assertEquals("running", resumed.pump().status());
        assertEquals(120.0, resumed.pump().statusSinceMinute());
        assertTrue(kinds(resumed).contains("resumed"));

        Observation temp = at(p.seen, 185);
        assertNotNull(temp.pump().tempBasal());
        assertEquals(0.5, temp.pump().tempBasal().unitsPerHour(), 1e-12);
        assertEquals(180.0, temp.pump().tempBasal().startedMinute());
        assertEquals(25.0, temp.pump().tempBasal().remainingMinutes(), 1e-12);
        DeviceEvent started = temp.pumpEvents().stream().filter(e -> e.kind().equals("temp-basal-started")).findFirst().orElseThrow();
        assertEquals(30.0, started.durationMinutes());
        assertNull(at(p.seen, 215).pump().tempBasal());
        assertTrue(kinds(at(p.seen, 215)).contains("temp-basal-ended"));

        DeviceEvent refused = at(p.seen, 245).pumpEvents().stream().filter(e -> e.kind().equals("bolus-refused"))
                .findFirst().orElseThrow();
        assertEquals(30.0, refused.units());
        assertTrue(refused.reason().contains("max bolus"), refused.reason());
        DeviceEvent rounded = at(p.seen, 305).pumpEvents().stream().filter(e -> e.kind().equals("bolus-started"))
                .findFirst().orElseThrow();
        assertEquals(1.0, rounded.units(), 1e-12);
        assertTrue(rounded.reason().contains("rounded from 1.01"), rounded.reason());
        double bolusShown = p.seen.stream().filter(o -> o.minute() > 300).flatMap(o -> o.deliveries().stream())
                .filter(d -> d.kind().equals("bolus")).mapToDouble(Delivery::units).sum();
        assertEquals(1.0, bolusShown, 1e-9, "every bolus stroke shown once");
        assertTrue(at(p.seen, 305).iobUnits() > 0.9, "the bolus is on board");
        assertTrue(kinds(at(p.seen, 405)).contains("temp-basal-refused"));
        assertTrue(kinds(at(p.seen, 625)).contains("temp-basal-cancelled"));

        // Six hours of CGM history, oldest first, the current reading last.
        Observation late = at(p.seen, 400);
        assertEquals(73, late.cgmHistory().size());
        assertEquals(40.0, late.cgmHistory().get(0).minute());
        assertEquals(late.cgmMgDl(), late.cgmHistory().get(72).mgDl());

        // Every command and what the pump did with it are in the events log.
        List<String> types = r.events().stream().map(EventRow::type).toList();
        assertEquals(8, r.events().stream().filter(e -> e.type().equals("CONTROLLER_COMMAND") && e.carbsGrams() == null)
                .count(), "8 commands besides the 3 meal announcements");
        assertEquals(3, r.events().stream().filter(e -> e.type().equals("CONTROLLER_COMMAND") && e.carbsGrams() != null)
                .count());
        assertTrue(types.contains("BOLUS_REFUSED") && types.contains("TEMP_BASAL_REFUSED") && types.contains("SUSPEND"));
    }

    @Test
    void listsAControllerKeepsNeverChangeAndShowEveryStrokeOnce() {
        // The observation's lists are views of the loop's logs, not copies: a controller that keeps them (here for
        // 3 days: hundreds of CGM readings and thousands of strokes, many log chunks) must find them as they were
        // shown, and each stroke must be in exactly one observation.
        List<List<?>> kept = new ArrayList<>();
        List<List<?>> copies = new ArrayList<>();
        ScriptedProvider p = new ScriptedProvider((start, o) -> {
            for (List<?> list : List.of(o.cgmHistory(), o.deliveries(), o.pumpEvents())) {
                kept.add(list);
                copies.add(new ArrayList<>(list));
            }
            return o.minute() % 240 == 0 ? Command.bolus(3.0, "every 4 h") : Command.none();
        });
        Scenario s = scenario("[\"adult#001\"]", 3);
        PatientSimulation.Result r = run(s, "adult#001", p);
        assertFalse(r.failed());
        for (int i = 0; i < kept.size(); i++) {
            assertEquals(copies.get(i), kept.get(i), "list " + i % 3 + " of observation " + i / 3);
        }
        for (Observation o : p.seen) {
            assertThrows(UnsupportedOperationException.class, () -> o.cgmHistory().add(o.cgmHistory().get(0)));
            assertThrows(UnsupportedOperationException.class, () -> o.deliveries().clear());
        }
        double shown = p.seen.stream().flatMap(o -> o.deliveries().stream()).mapToDouble(Delivery::units).sum();
        // Strokes of the last 5 minutes come after the last observation (basal about 1 U/h here, no bolus then).
        double nominal = r.ledger().basalNominalUnits() + r.ledger().bolusNominalUnits();
        assertTrue(shown <= nominal + 1e-9 && shown > nominal - 0.2, "every stroke shown once: " + shown + " of " + nominal);
        List<Double> strokeMinutes = p.seen.stream().flatMap(o -> o.deliveries().stream()).map(Delivery::minute).toList();
        for (int i = 1; i < strokeMinutes.size(); i++) {
            assertTrue(strokeMinutes.get(i) >= strokeMinutes.get(i - 1), "strokes in time order, none twice");
        }
    }

    @Test
    void theArmsInsulinCurveIsTheTherapysAndDrivesTheWizardIob() {
        ScriptedProvider p = new ScriptedProvider((start, o) -> o.minute() == 60 ? Command.bolus(2.0, "b") : Command.none());
        ScenarioReader reader = new ScenarioReader();
        Scenario s = reader.parse(reader.toJson(scenario("[\"adult#001\"]", 1))
                .replace("\"durationMinutes\" : 360.0", "\"durationMinutes\" : 180.0"));
        run(s, "adult#001", p);
        assertEquals(180.0, p.starts.get(0).therapy().insulinCurve().durationMinutes());
        assertTrue(at(p.seen, 200).iobUnits() > 0.1, "still on board after 140 min");
        assertEquals(0.0, at(p.seen, 245).iobUnits(), 1e-12, "a 3-hour curve leaves nothing after 185 min");
    }

    @Test
    void announcementOnASampleTimeJoinsThatSamplesObservation() {
        ScriptedProvider p = new ScriptedProvider((start, o) -> Command.none());
        run(scenario("[\"adult#001\"]", 1), "adult#001", p);
        // reference-day meals at 07:00, 12:00, 18:30 are announced at their start, on the 5-min grid.
        List<Observation> withCarbs = p.seen.stream().filter(o -> o.announcedCarbsGrams() > 0).toList();
        assertEquals(List.of(420.0, 720.0, 1110.0), withCarbs.stream().map(Observation::minute).toList());
        assertEquals(288, p.seen.size(), "one observation per sample, none extra");
    }

    @Test
    void controllerSeesNoCgmDuringASensorWarmUpAndTheChangeIsLogged() {
        ScenarioReader reader = new ScenarioReader();
        String json = reader.toJson(scenario("[\"adult#001\"]", 2))
                .replaceAll("\"dropoutProbability\" : [0-9.Ee-]+",
                        "\"dropoutProbability\" : 0.0, \"sensorLifeDays\" : 1, \"warmUpMinutes\" : 60");
        Scenario s = reader.parse(json);
        assertEquals(60, s.arms().get(0).cgm().warmUpMinutes());
        ScriptedProvider p = new ScriptedProvider((start, o) -> Command.none());
        PatientSimulation.Result r = run(s, "adult#001", p);
        for (Observation o : p.seen) {
            boolean warmingUp = o.minute() >= 1440 && o.minute() < 1500;
            assertEquals(warmingUp, o.cgmMgDl() == null, "minute " + o.minute());
            assertTrue(o.cgmHistory().stream().noneMatch(c -> c.minute() >= 1440 && c.minute() < 1500),
                    "no warm-up reading in the history at minute " + o.minute());
        }
        assertEquals(List.of(1440.0 * 60_000), r.events().stream().filter(e -> e.type().equals("SENSOR_CHANGE"))
                .map(e -> (double) (e.timeMillis() - s.startEpochMillis())).toList());
    }

    @Test
    void aControllerThatThrowsStopsOnlyItsPatientAndTheManifestListsIt(@TempDir Path dir) throws Exception {
        ScriptedProvider p = new ScriptedProvider((start, o) -> {
            if (start.patient().equals("adult#002") && o.minute() == 30) {
                throw new IllegalStateException("division by zero in my algorithm");
            }
            return Command.none();
        });
        Scenario s = scenario("[\"adult#001\", \"adult#002\", \"adult#003\"]", 0.5);
        StudyPlan plan = StudyPlan.of(s, ControllerRegistry.of(List.of(p)), null);
        StudyRunner.Outcome out = StudyRunner.run(plan, new StudyRunner.Options(dir, false, 2, List.of(), null, null));
        assertTrue(out.incomplete());
        assertEquals(1, out.manifest().failures().size());
        var f = out.manifest().failures().get(0);
        assertEquals("adult#002", f.patient());
        assertEquals(30.0, f.minute());
        assertTrue(f.reason().contains("division by zero"), f.reason());
        assertEquals(2, out.summaries().size(), "the other patients completed");
        assertEquals(2 * 144, out.manifest().rowCounts().timeseriesTotal());
    }
}
