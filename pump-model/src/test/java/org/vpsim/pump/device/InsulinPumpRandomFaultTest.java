package org.vpsim.pump.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.SimTime;

/** Random failures at configured rates and the simulated user's response to alarms. */
class InsulinPumpRandomFaultTest {

    @Test
    void randomOcclusionsStartAtTheConfiguredRatePerSet() {
        // 0.2 occlusions/day over a 72-h set: P(onset during a set) = 1 - exp(-0.6) = 0.4512.
        // 150 sets: SD of the fraction 0.0406; the 4-SD band fails falsely with probability 6e-5.
        PumpSpec spec = PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(true)
                .occlusionsPerDay(0.2).occlusionAlarmThresholdUnits(1000).build();
        PumpRig rig = new PumpRig(spec, BasalProfile.flat(0.5), 3, 0, 300);
        rig.runUntil(SimTime.hours(72 * 150) - 1);
        assertEquals(149, rig.eventsOf(PumpEventType.SET_CHANGE).size());
        double fraction = rig.eventsOf(PumpEventType.FAULT_OCCLUSION).size() / 150.0;
        assertEquals(1 - Math.exp(-0.6), fraction, 4 * Math.sqrt(0.4512 * 0.5488 / 150));
    }

    @Test
    void faultRatesDoNotShiftEachOthersRandomStreams() {
        // common random numbers: adding leaks leaves the occlusion onsets where they were
        PumpSpec occlusionsOnly = PumpSpec.builder().autoSetChange(true).occlusionsPerDay(0.3).build();
        PumpSpec withLeaks = occlusionsOnly.toBuilder().leaksPerDay(0.5).build();
        PumpRig a = new PumpRig(occlusionsOnly, BasalProfile.flat(0.5), 4, 0, 300);
        PumpRig b = new PumpRig(withLeaks, BasalProfile.flat(0.5), 4, 0, 300);
        a.runHours(24 * 30);
        b.runHours(24 * 30);
        assertEquals(a.eventsOf(PumpEventType.FAULT_OCCLUSION).stream().map(PumpEvent::timeMillis).toList(),
                b.eventsOf(PumpEventType.FAULT_OCCLUSION).stream().map(PumpEvent::timeMillis).toList());
        assertTrue(!b.eventsOf(PumpEventType.FAULT_LEAK).isEmpty());
    }

    @Test
    void compliantUserChangesTheSetAfterAnOcclusionAlarm() {
        PumpSpec spec = PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(true).build();
        PumpRig rig = new PumpRig(spec, BasalProfile.flat(1.0), 1, 0, 300);
        rig.pump.scheduleFault(FaultType.OCCLUSION, SimTime.hours(1));
        rig.runHours(8);
        long alarm = rig.eventsOf(PumpEventType.ALARM_OCCLUSION).get(0).timeMillis();
        PumpEvent change = rig.eventsOf(PumpEventType.SET_CHANGE).get(0);
        assertEquals(alarm + SimTime.minutes(30), change.timeMillis());
        assertEquals(PumpStatus.RUNNING, rig.pump.status());
        // missed insulin: from the onset to the set change nothing reached the patient
        assertEquals(0.0, rig.infusedBetween(SimTime.hours(1), change.timeMillis()), 0.0);
        assertTrue(rig.infusedBetween(change.timeMillis(), SimTime.hours(8)) > 1.0);
    }

    @Test
    void compliantUserRefillsAnEmptyReservoir() {
        PumpSpec spec = PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(true).build();
        PumpRig rig = new PumpRig(spec, BasalProfile.flat(1.0), 1, 0, 2.0);
        rig.runHours(4);
        assertEquals(1, rig.eventsOf(PumpEventType.ALARM_EMPTY_RESERVOIR).size());
        assertEquals(1, rig.eventsOf(PumpEventType.RESERVOIR_CHANGE).size());
        assertEquals(PumpStatus.RUNNING, rig.pump.status());
        assertEquals(300 - 10.5 - 1.5, rig.pump.reservoirUnits(), 0.025 + 1e-9);
    }
}
