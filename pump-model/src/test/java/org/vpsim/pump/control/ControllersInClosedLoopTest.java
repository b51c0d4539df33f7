package org.vpsim.pump.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.Settings;

/**
 * Each controller closed around {@link LinearInsulinPlant} (ISF 40 mg/dL/U as the therapy, insulin
 * action time constant 60 min), CGM every 5 min without noise, scheduled basal 1.0 U/h.
 */
class ControllersInClosedLoopTest {

    /** Minimum, final glucose and final programmed rate of a run. */
    record Run(double minMgDl, double finalMgDl, double finalRateUnitsPerHour, double minutesBelow70) {
    }

    private static Run run(ControllerProvider provider, double needUnitsPerHour, double startMgDl, double hours) {
        LinearInsulinPlant plant = new LinearInsulinPlant(60, 40, needUnitsPerHour, 1.0, startMgDl);
        Trace t = new Trace(provider.create(Settings.empty()));
        double min = startMgDl;
        double below = 0;
        double rate = 1.0;
        for (double m = 0; m <= hours * 60; m += 5) {
            t.step(m, plant.glucoseMgDl());
            rate = t.suspended() ? 0.0 : t.tempBasal() != null ? t.tempBasal().unitsPerHour() : 1.0;
            plant.advance(5, rate);
            min = Math.min(min, plant.glucoseMgDl());
            below += plant.glucoseMgDl() < 70 ? 5 : 0;
        }
        return new Run(min, plant.glucoseMgDl(), rate, below);
    }

    @Test
    void closedLoopIntegralActionRemovesABasalMismatch() {
        // The body needs 1.4 U/h, the schedule gives 1.0: open loop glucose would rise 16 mg/dL/h for ever.
        // The slow integral (T_I 1440 min) and the net-IOB constraint (taken against the integral, not
        // the schedule) settle at the target within 4 days: no steady-state offset.
        Run high = run(new HybridClosedLoopProvider(), 1.4, 120, 96);
        assertEquals(120.0, high.finalMgDl(), 2.0);
        assertEquals(1.4, high.finalRateUnitsPerHour(), 0.06);
        // The body needs 0.6 U/h: the loop settles at the target without a low on the way.
        Run low = run(new HybridClosedLoopProvider(), 0.6, 120, 96);
        assertEquals(120.0, low.finalMgDl(), 2.0);
        assertEquals(0.6, low.finalRateUnitsPerHour(), 0.06);
        assertTrue(low.minMgDl() > 70, "nadir " + low.minMgDl());
    }

    @Test
    void closedLoopBringsAHighDownWithoutUndershootingBelow70() {
        Run r = run(new HybridClosedLoopProvider(), 1.0, 250, 72);
        assertEquals(120.0, r.finalMgDl(), 3.0);
        assertTrue(r.minMgDl() > 70, "nadir " + r.minMgDl());
    }

    @Test
    void suspendsPreventTheLowThatTooMuchBasalCausesAndPredictiveSuspendActsEarlier() {
        // The body needs 0.7 U/h, the schedule gives 1.0: glucose falls 12 mg/dL/h from 120.
        Run open = run(new BasalOnlyProvider(), 0.7, 120, 24);
        Run lgs = run(new LowGlucoseSuspendProvider(), 0.7, 120, 24);
        Run plgs = run(new PredictiveLowGlucoseSuspendProvider(), 0.7, 120, 24);
        assertTrue(open.minMgDl() < 40, "open loop nadir " + open.minMgDl());
        assertTrue(lgs.minMgDl() > 55 && lgs.minMgDl() < 70, "LGS nadir " + lgs.minMgDl());
        assertTrue(plgs.minMgDl() > 70, "PLGS nadir " + plgs.minMgDl());
        // Unanswered, the threshold suspend cycles 2 h off / 4 h on, and the persistent excess basal brings
        // glucose back under 70 in each 4-h lock-out: time below 70 shrinks but does not vanish.
        assertTrue(open.minutesBelow70() > 2 * lgs.minutesBelow70(), open + " vs " + lgs);
        assertEquals(0.0, plgs.minutesBelow70(), 0.0);
    }
}
