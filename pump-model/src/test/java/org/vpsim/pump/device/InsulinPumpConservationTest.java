package org.vpsim.pump.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.vpsim.core.Event;
import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

/** Conservation over a month of random use and random faults; determinism of the pulse train. */
class InsulinPumpConservationTest {

    private record Tick(long timeMillis, int priority) implements Event {
    }

    /** A month with random faults, random boluses, temp basals and suspends; checks the ledger every 10 min. */
    private static PumpRig randomMonth(long seed, List<String> violations) {
        PumpSpec spec = PumpSpec.builder().autoSetChange(true)
                .occlusionsPerDay(0.15).leaksPerDay(0.1).dislodgementsPerDay(0.05).build();
        PumpRig rig = new PumpRig(spec, BasalProfile.flat(0.9), seed, SimTime.hours(7), 300);
        UniformRandomProvider user = new RandomStreams(seed).stream("test-user", StreamPurpose.MEALS);
        long end = SimTime.days(30);
        for (long t = SimTime.minutes(10); t <= end; t += SimTime.minutes(10)) {
            rig.sim.schedule(new Tick(t, Priority.DECIDE), (e, s) -> {
                double u = user.nextDouble();
                if (u < 0.02) {
                    rig.pump.requestBolus(BolusRequest.normal(0.5 + 8 * user.nextDouble()));
                } else if (u < 0.025) {
                    rig.pump.requestBolus(BolusRequest.dualWave(4 * user.nextDouble(), 0.6, SimTime.hours(2)));
                } else if (u < 0.04) {
                    rig.pump.setTempBasalPercent(user.nextInt(201), SimTime.minutes(30 + user.nextInt(120)));
                } else if (u < 0.045) {
                    rig.pump.suspend("random");
                } else if (u < 0.06) {
                    rig.pump.resume();
                } else if (u < 0.062 && rig.pump.status() == PumpStatus.OCCLUDED) {
                    rig.pump.changeSet();
                }
            });
            rig.sim.schedule(new Tick(t, Priority.RECORD), (e, s) -> {
                InsulinLedger l = rig.pump.ledger();
                if (Math.abs(l.conservationResidualUnits()) > 1e-9 || Math.abs(l.motorResidualUnits()) > 1e-9
                        || Math.abs(l.reservoirResidualUnits()) > 1e-9
                        || Math.abs(rig.infusedTotal - l.deliveredToPatientUnits()) > 1e-9) {
                    violations.add(s.nowMillis() + ": " + l);
                }
            });
        }
        rig.sim.runUntil(end);
        return rig;
    }

    @Test
    void insulinIsConservedOverAMonthWithRandomFaultsBolusesAndTempBasals() {
        List<String> violations = new ArrayList<>();
        PumpRig rig = randomMonth(42, violations);
        assertTrue(violations.isEmpty(), () -> violations.size() + " violations, first " + violations.get(0));
        InsulinLedger l = rig.pump.ledger();
        // the month really exercised the model
        assertTrue(l.lostAtSiteUnits() > 1, "lost " + l.lostAtSiteUnits());
        assertTrue(l.bolusDeliveredUnits() > 50, "bolus " + l.bolusDeliveredUnits());
        assertTrue(l.primingUnits() > 50, "priming " + l.primingUnits());
        assertTrue(!rig.eventsOf(PumpEventType.FAULT_OCCLUSION).isEmpty());
        assertTrue(!rig.eventsOf(PumpEventType.FAULT_LEAK).isEmpty());
        assertTrue(!rig.eventsOf(PumpEventType.FAULT_DISLODGEMENT).isEmpty());
    }

    @Test
    void sameSeedGivesTheSamePulsesAndADifferentSeedDoesNot() {
        PumpRig a = randomMonth(7, new ArrayList<>());
        PumpRig b = randomMonth(7, new ArrayList<>());
        PumpRig c = randomMonth(8, new ArrayList<>());
        assertEquals(a.infusionUnits.size(), b.infusionUnits.size());
        for (int i = 0; i < a.infusionUnits.size(); i++) {
            assertEquals(a.time(i), b.time(i));
            assertEquals(Double.doubleToLongBits(a.infusionUnits.get(i)), Double.doubleToLongBits(b.infusionUnits.get(i)));
        }
        assertEquals(a.events, b.events);
        assertNotEquals(a.infusedTotal, c.infusedTotal);
    }

    @Test
    void strokeVolumeErrorHasTheConfiguredMeanOverManyStrokes() {
        // 1 U/h for 200 h = 8000 strokes. The mean relative error (bias +1 %) has SD
        // sqrt(0.29^2*3/8000 + 0.071^2*2*1h/200h) = 0.0080 (AR(1) part and Ornstein-Uhlenbeck part);
        // |mean - bias| < 4 SD fails falsely with probability 6e-5.
        PumpRig rig = new PumpRig(PumpSpec.builder().noWearEffects().setWearHours(1000).build(),
                BasalProfile.flat(1.0), 99, 0, 300);
        rig.runHours(200);
        InsulinLedger l = rig.pump.ledger();
        double meanRelativeError = l.basalDeliveredUnits() / l.basalNominalUnits() - 1;
        double sd = Math.sqrt(0.29 * 0.29 * 3.0 / 8000 + 0.071 * 0.071 * 2.0 / 200);
        assertEquals(0.01, meanRelativeError, 4 * sd);
        assertEquals(8000 * 0.025, l.basalNominalUnits(), 1e-6);
    }
}
