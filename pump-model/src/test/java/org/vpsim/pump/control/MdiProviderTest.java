package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.Settings;

/** {@code mdi}: the bolus calculator's dose on the pen's dial, never a basal command. */
class MdiProviderTest {
    /** NovoPen Echo as limits: 0.5 U steps, 30 U maximum (basal fields: the long-acting pen per hour). */
    private static final PumpLimits PEN = new PumpLimits(80 / 24.0, 30, 0.5, 1 / 24.0, 1440);

    private static Controller started(Settings settings) {
        Controller c = new MdiProvider().create(settings);
        c.start(new ControllerStart("adult#001", "mdi", "2026-01-01T00:00:00Z", "UTC", 0, 5.0, settings,
                Trace.THERAPY, PEN));
        return c;
    }

    @Test
    void mealDoseIsTheBolusCalculatorsRoundedDownToThePenStep() {
        Controller pen = started(Settings.empty());
        Controller pump = new BolusCalculatorProvider().create(Settings.empty());
        pump.start(Trace.start());
        // 47 g at CR 10 g/U and CGM 200 mg/dL (ISF 40, target 110, threshold 150): 4.7 + 2.25 = 6.95 U on a pump.
        var obs = Trace.observation(0, 47, 0, 0, 200);
        Command onPump = pump.decide(obs);
        Command onPen = started(Settings.empty()).decide(obs);
        assertEquals(6.95, onPump.bolusUnits(), 1e-9);
        assertEquals(6.5, onPen.bolusUnits(), 1e-9, "rounded down to the 0.5 U dial");
        assertNull(onPen.tempBasal());
        assertFalse(onPen.suspend() || onPen.resume());
        // Capped at the pen's maximum: 400 g would be 40 U.
        assertEquals(30.0, pen.decide(Trace.observation(0, 400, 0, 0, 110)).bolusUnits(), 1e-9);
    }

    @Test
    void takesTheBolusCalculatorsSettingsAndNoOthers() {
        assertEquals(List.of(), new MdiProvider().validate(Trace.settings("targetMgDl", 120)));
        assertEquals("pumpOnly", new MdiProvider().validate(Trace.settings("pumpOnly", 1)).get(0).path());
        assertEquals(MdiProvider.ID, new MdiProvider().id());
    }
}
