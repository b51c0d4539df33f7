package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vpsim.controller.Command;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;

class ProvidersTest {

    private static Map<String, ControllerProvider> loaded() {
        Map<String, ControllerProvider> byId = new TreeMap<>();
        for (ControllerProvider p : ServiceLoader.load(ControllerProvider.class)) {
            byId.put(p.id(), p);
        }
        return byId;
    }

    @Test
    void serviceLoaderFindsTheBuiltInProvidersEachWithADescription() {
        Map<String, ControllerProvider> byId = loaded();
        assertTrue(byId.keySet().containsAll(List.of("basal-only", "bolus-calculator", "low-glucose-suspend",
                "predictive-low-glucose-suspend", "hybrid-closed-loop")), byId.keySet().toString());
        for (ControllerProvider p : byId.values()) {
            assertTrue(p.id().matches("[a-z0-9-]+"), p.id());
            assertFalse(p.description().isBlank(), p.id());
            assertEquals(List.of(), p.validate(Settings.empty()), p.id());
        }
    }

    @Test
    void basalOnlyNeverCommandsAnything() {
        Trace trace = new Trace(new BasalOnlyProvider().create(Settings.empty()));
        trace.step(0, 250.0, 80);
        trace.run(5, 200, 150, 100, 70, 55, 40, 39);
        trace.step(45, null, 50);
        assertEquals(9, trace.commands().size());
        assertTrue(trace.commands().stream().allMatch(Command::isEmpty));
    }

    @Test
    void basalOnlyTakesNoSettings() {
        List<SettingsProblem> problems = new BasalOnlyProvider().validate(Trace.settings("targetMgDl", 110));
        assertEquals(1, problems.size());
        assertEquals("targetMgDl", problems.get(0).path());
        assertEquals("no settings (this controller takes none)", problems.get(0).allowed());
        assertThrows(IllegalArgumentException.class, () -> new BasalOnlyProvider().create(Trace.settings("x", 1)));
    }

    @Test
    void therapyInsulinCurveBecomesAnActionCurve() {
        InsulinActionCurve exponential = InsulinCurveSpec.curveOf(new InsulinCurve("exponential", 75, 360));
        assertEquals(ExponentialInsulinCurve.rapidActingAdult().fractionRemaining(90), exponential.fractionRemaining(90), 0.0);
        InsulinActionCurve bilinear = InsulinCurveSpec.curveOf(new InsulinCurve("Bilinear", 75, 240));
        assertEquals(new BilinearInsulinCurve(240).fractionRemaining(90), bilinear.fractionRemaining(90), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InsulinCurveSpec.curveOf(new InsulinCurve("walsh", 75, 240)));
        assertEquals("insulinCurve.type: 'walsh' is not allowed; expected exponential or bilinear", e.getMessage());
    }
}
