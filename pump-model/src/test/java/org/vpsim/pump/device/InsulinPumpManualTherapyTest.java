package org.vpsim.pump.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

/** What a user programs by hand (timed suspend, extended and dual-wave boluses) and the set-change routine kept or not. */
class InsulinPumpManualTherapyTest {
    private static final double TOL = 1e-9;

    @Test
    void timedSuspendStopsBasalForItsDurationThenResumesByItself() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.runHours(1);
        assertTrue(rig.pump.suspendFor(SimTime.minutes(90), "exercise"));
        assertFalse(rig.pump.suspendFor(SimTime.minutes(30), "again"), "already suspended");
        rig.runHours(3);
        // 1 h + 1.5 h running of 4 h at 1 U/h: the 1.5 h suspended are missing exactly (whole strokes of 0.025 U)
        assertEquals(2.5, rig.infusedTotal, 0.025 + TOL);
        PumpEvent resume = rig.eventsOf(PumpEventType.RESUME).get(0);
        assertEquals(SimTime.minutes(150), resume.timeMillis());
        assertEquals("suspend time over", resume.detail());
        assertEquals(PumpStatus.RUNNING, rig.pump.status());
    }

    @Test
    void aResumeBeforeTheTimeIsUpIsNotUndoneByTheTimer() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.suspendFor(SimTime.hours(2), "manual");
        rig.runHours(0.5);
        rig.pump.resume();
        rig.runHours(0.5);
        rig.pump.suspend("again, open-ended");
        rig.runHours(3);
        // the 2-h timer of the first suspend must not end the second one
        assertEquals(PumpStatus.SUSPENDED, rig.pump.status());
        assertEquals(1, rig.eventsOf(PumpEventType.RESUME).size());
        assertEquals(0.5, rig.infusedTotal, 0.025 + TOL);
    }

    @Test
    void dualWaveBolusDeliversItsImmediatePartAtOnceAndTheRestEvenlyOverTheDuration() {
        PumpRig rig = PumpRig.exact(0.0);
        assertTrue(rig.pump.requestBolus(BolusRequest.dualWave(4.0, 0.5, SimTime.hours(2))).accepted());
        rig.runHours(0.1);
        double afterSixMinutes = rig.infusedTotal;
        // 2 U at 1.5 U/min take 80 s; the square part adds 2 U / 120 min × ~6 min
        assertEquals(2.0 + 0.1, afterSixMinutes, 0.05);
        rig.runHours(1);
        assertEquals(2.0 + 2.0 * 66 / 120, rig.infusedTotal, 0.05);
        rig.runHours(2);
        assertEquals(4.0, rig.infusedTotal, TOL);
        assertEquals(1, rig.eventsOf(PumpEventType.BOLUS_COMPLETED).size());
    }

    /** A pump on {@code spec} at 1 U/h whose user follows {@code behaviour}; records events and infusions. */
    private static final class Rig {
        final Simulation sim = new Simulation();
        final java.util.List<PumpEvent> events = new java.util.ArrayList<>();
        final java.util.List<double[]> infused = new java.util.ArrayList<>();
        final InsulinPump pump;

        Rig(PumpSpec spec, SetChangeBehaviour behaviour) {
            RandomStreams streams = new RandomStreams(1);
            pump = InsulinPump.builder(spec, BasalProfile.flat(1.0), sim)
                    .pumpErrorRandom(streams.stream("p", StreamPurpose.PUMP_ERROR))
                    .infusionSetRandom(streams.stream("p", StreamPurpose.INFUSION_SET))
                    .infusionSite((t, u) -> infused.add(new double[] {t, u}))
                    .eventListener(events::add)
                    .setChangeBehaviour(behaviour)
                    .build();
            pump.start();
        }

        double infusedBetween(long from, long to) {
            return infused.stream().filter(x -> x[0] >= from && x[0] < to).mapToDouble(x -> x[1]).sum();
        }

        long count(PumpEventType type) {
            return events.stream().filter(e -> e.type() == type).count();
        }

        PumpEvent first(PumpEventType type) {
            return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
        }
    }

    private static SetChangeBehaviour behaviour(long extraAtFirstDue, boolean keepsReservoir) {
        return new SetChangeBehaviour() {
            private boolean first = true;

            @Override
            public long extraWearMillis(long dueMillis) {
                long extra = first ? extraAtFirstDue : 0;
                first = false;
                return extra;
            }

            @Override
            public boolean keepsReservoir(long changeMillis) {
                return keepsReservoir;
            }
        };
    }

    @Test
    void aForgottenSetChangeKeepsTheSetInAndItsWearGoesOn() {
        Rig rig = new Rig(PumpSpec.builder().exactStrokes().setWearHours(72).build(),
                behaviour(SimTime.hours(48), false));
        rig.sim.runUntil(SimTime.hours(119));
        assertEquals(SimTime.hours(119), rig.pump.setAgeMillis(), "still the first set at 119 h");
        assertEquals(1, rig.count(PumpEventType.SET_CHANGE_FORGOTTEN));
        assertEquals(SimTime.hours(72), rig.first(PumpEventType.SET_CHANGE_FORGOTTEN).timeMillis());
        // the spec's wear model loses 10 %/day beyond 72 h: at 118-119 h about 1 - 0.1 × 46.5/24 of 1 U reaches the body
        assertEquals(1 - 0.10 * 46.5 / 24.0, rig.infusedBetween(SimTime.hours(118), SimTime.hours(119)), 0.03);
        rig.sim.runUntil(SimTime.hours(121));
        assertEquals(SimTime.hours(1), rig.pump.setAgeMillis(), "changed 48 h late");
        assertEquals(1.0, rig.infusedBetween(SimTime.hours(120) + 60_000, SimTime.hours(121)) * 60 / 59, 0.03);
    }

    @Test
    void aKeptReservoirRunsDryAndTheEmptyAlarmIsAnsweredWithANewOne() {
        PumpSpec spec = PumpSpec.builder().exactStrokes().noWearEffects().setWearHours(24).reservoirCapacityUnits(60)
                .reservoirFillUnits(60).primeUnits(0).fillCannulaUnits(0).lowReservoirAlertUnits(5)
                .userResponseMinutes(120).build();
        Rig rig = new Rig(spec, behaviour(0, true));
        rig.sim.runUntil(SimTime.hours(66));
        assertEquals(2, rig.count(PumpEventType.RESERVOIR_NOT_REFILLED), "kept at 24 h and 48 h");
        // 60 U at 1 U/h with no priming: empty at 60 h, refilled 2 h later with the set
        PumpEvent empty = rig.first(PumpEventType.ALARM_EMPTY_RESERVOIR);
        assertEquals(SimTime.hours(60), empty.timeMillis(), 90_000);
        PumpEvent refill = rig.first(PumpEventType.RESERVOIR_CHANGE);
        assertEquals(empty.timeMillis() + SimTime.hours(2), refill.timeMillis());
        assertEquals(0.0, rig.infusedBetween(empty.timeMillis() + 1, refill.timeMillis()), TOL);
        assertEquals(PumpStatus.RUNNING, rig.pump.status());
    }

    @SuppressWarnings("unused")
    private static final int ACT = Priority.ACT;
}
