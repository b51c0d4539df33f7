package org.vpsim.pump.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.SimTime;

/** Reservoir, infusion-set failures, alarms and set wear. */
class InsulinPumpSetAndReservoirTest {
    private static final double TOL = 1e-9;
    private static final PumpSpec EXACT = PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(false).build();

    @Test
    void emptyReservoirStopsDeliveryAndAlarmsUntilRefilled() {
        PumpRig rig = new PumpRig(EXACT, BasalProfile.flat(1.0), 1, 0, 1.0);
        rig.runHours(3);
        assertEquals(1.0, rig.infusedTotal, TOL);
        assertEquals(PumpStatus.EMPTY, rig.pump.status());
        PumpEvent alarm = rig.eventsOf(PumpEventType.ALARM_EMPTY_RESERVOIR).get(0);
        assertEquals(SimTime.hours(1), alarm.timeMillis());
        assertEquals(1, rig.eventsOf(PumpEventType.ALARM_EMPTY_RESERVOIR).size());
        assertFalse(rig.pump.requestBolus(BolusRequest.normal(1)).accepted());
        rig.pump.changeReservoir(100);
        assertEquals(PumpStatus.RUNNING, rig.pump.status());
        rig.runHours(1);
        assertEquals(2.0, rig.infusedTotal, 0.025 + TOL);
    }

    @Test
    void emptyReservoirCancelsTheBolusWithWhatWasDelivered() {
        PumpRig rig = new PumpRig(EXACT, BasalProfile.flat(0), 1, 0, 1.0);
        rig.pump.requestBolus(BolusRequest.normal(3.0));
        rig.runHours(1);
        assertEquals(1.0, rig.infusedTotal, TOL);
        PumpEvent cancelled = rig.eventsOf(PumpEventType.BOLUS_CANCELLED).get(0);
        assertEquals(3.0, cancelled.requestedUnits(), TOL);
        assertEquals(1.0, cancelled.deliveredUnits(), TOL);
    }

    @Test
    void lowReservoirAlarmFiresOnceWhenCrossingTheThreshold() {
        PumpRig rig = new PumpRig(EXACT, BasalProfile.flat(1.0), 1, 0, 20.5);
        rig.runHours(10);
        assertEquals(1, rig.eventsOf(PumpEventType.ALARM_LOW_RESERVOIR).size());
        // crossing below 20 U happens at the 21st stroke (0.525 U drawn): 21 x 90 s
        assertEquals(21 * 90_000L, rig.eventsOf(PumpEventType.ALARM_LOW_RESERVOIR).get(0).timeMillis());
    }

    @Test
    void occlusionAtOneUnitPerHourAlarmsAfterThresholdOverRateHours() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.scheduleFault(FaultType.OCCLUSION, SimTime.hours(1));
        rig.runHours(10);
        PumpEvent alarm = rig.eventsOf(PumpEventType.ALARM_OCCLUSION).get(0);
        double hoursToAlarm = (alarm.timeMillis() - SimTime.hours(1)) / 3_600_000.0;
        assertEquals(2.5, hoursToAlarm, 90.0 / 3600 + 1e-9); // 2.5 U / 1 U/h, within one stroke
        assertEquals(2.5, alarm.deliveredUnits(), TOL);
        assertEquals(PumpStatus.OCCLUDED, rig.pump.status());
        // faults are inputs: the stroke at the onset time (the 40th) is already blocked
        assertEquals(39 * 0.025, rig.infusedTotal, TOL);
        assertEquals(2.5, rig.pump.ledger().heldInLineUnits(), TOL);
    }

    @Test
    void occlusionAlarmThresholdScattersBetweenTheManualsMinimumAndMaximum() {
        // Triangular(0.5, 1.25, 3.0) U at 1 U/h: alarms from 30 min to 3 h, mean 1.583 h, SD 0.52 h. 200 pumps;
        // the mean's SE is 0.037 h, so +/-0.15 h is 4 SE (false failure ~6e-5).
        PumpSpec spec = PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(false).build();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (long seed = 1; seed <= 200; seed++) {
            PumpRig rig = new PumpRig(spec, BasalProfile.flat(1.0), seed, 0, 300);
            rig.pump.scheduleFault(FaultType.OCCLUSION, 0);
            rig.runHours(4);
            double hours = rig.eventsOf(PumpEventType.ALARM_OCCLUSION).get(0).timeMillis() / 3_600_000.0;
            sum += hours;
            min = Math.min(min, hours);
            max = Math.max(max, hours);
        }
        assertTrue(min >= 0.5 - 0.025 && max <= 3.0 + 0.025, min + " .. " + max);
        assertEquals(1.583, sum / 200, 0.15);
        assertTrue(min < 0.9 && max > 2.3, "spread over the range: " + min + " .. " + max);
    }

    @Test
    void occlusionAtPointOneUnitPerHourTakesMoreThanADayToAlarm() {
        PumpRig rig = PumpRig.exact(0.1);
        rig.pump.scheduleFault(FaultType.OCCLUSION, 0);
        rig.runHours(48);
        PumpEvent alarm = rig.eventsOf(PumpEventType.ALARM_OCCLUSION).get(0);
        assertEquals(25.0, alarm.timeMillis() / 3_600_000.0, 0.25 + 1e-9);
    }

    @Test
    void setChangeClearsOcclusionDiscardsTheBacklogAndRestoresDelivery() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.scheduleFault(FaultType.OCCLUSION, 0);
        rig.runHours(4);
        assertEquals(PumpStatus.OCCLUDED, rig.pump.status());
        double reservoirBefore = rig.pump.reservoirUnits();
        rig.pump.changeSet();
        assertEquals(PumpStatus.RUNNING, rig.pump.status());
        InsulinLedger l = rig.pump.ledger();
        assertEquals(0.0, l.heldInLineUnits(), 0.0);
        assertEquals(2.5, l.lostAtSiteUnits(), TOL);
        assertEquals(10.5, l.primingUnits(), TOL);
        assertEquals(reservoirBefore - 10.5, rig.pump.reservoirUnits(), TOL);
        rig.runHours(1);
        assertEquals(1.0, rig.infusedTotal, 0.025 + TOL);
    }

    @Test
    void dislodgementLosesEverythingWithoutAnAlarm() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.scheduleFault(FaultType.DISLODGEMENT, SimTime.hours(1));
        rig.runHours(5);
        assertEquals(39 * 0.025, rig.infusedTotal, TOL); // the stroke at the onset time is lost too
        assertEquals(161 * 0.025, rig.pump.ledger().lostAtSiteUnits(), TOL);
        assertEquals(PumpStatus.RUNNING, rig.pump.status());
        assertTrue(rig.eventsOf(PumpEventType.ALARM_OCCLUSION).isEmpty());
        assertEquals(1, rig.eventsOf(PumpEventType.FAULT_DISLODGEMENT).size());
    }

    @Test
    void leakLosesTheLeakFractionOfEachStroke() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.scheduleFault(FaultType.LEAK, 0);
        rig.runHours(2);
        assertEquals(2.0 * (1 - EXACT.leakFraction()), rig.infusedTotal, TOL);
        assertEquals(2.0 * EXACT.leakFraction(), rig.pump.ledger().lostAtSiteUnits(), TOL);
    }

    @Test
    void faultScheduledBeforeASetChangeEndsAtTheChange() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.scheduleFault(FaultType.DISLODGEMENT, 0);
        rig.pump.scheduleSetChange(SimTime.hours(2));
        rig.runHours(4);
        assertEquals(2.0, rig.infusedTotal, 0.025 + TOL);
        assertEquals(1, rig.eventsOf(PumpEventType.SET_CHANGE).size());
    }

    @Test
    void setChangeDueAlarmsAfterTheWearTimeWithoutAutoChange() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.runHours(80);
        PumpEvent due = rig.eventsOf(PumpEventType.ALARM_SET_CHANGE_DUE).get(0);
        assertEquals(SimTime.hours(72), due.timeMillis());
        assertTrue(rig.eventsOf(PumpEventType.SET_CHANGE).isEmpty());
    }

    @Test
    void autoSetChangeReplacesReservoirAndSetEveryWearPeriod() {
        PumpSpec spec = EXACT.toBuilder().autoSetChange(true).build();
        PumpRig rig = new PumpRig(spec, BasalProfile.flat(1.0), 1, 0, 300);
        rig.runHours(24 * 7);
        assertEquals(2, rig.eventsOf(PumpEventType.SET_CHANGE).size());
        assertEquals(SimTime.hours(144), rig.eventsOf(PumpEventType.SET_CHANGE).get(1).timeMillis());
        assertEquals(2, rig.eventsOf(PumpEventType.RESERVOIR_CHANGE).size());
        assertEquals(21.0, rig.pump.ledger().primingUnits(), TOL);
        assertEquals(300 - 10.5 - 24, rig.pump.reservoirUnits(), 0.025 + TOL);
    }

    @Test
    void absorptionSpeedsUpWithWearFromDayOneToDayFour() {
        PumpRig rig = new PumpRig(PumpSpec.builder().exactStrokes().setWearHours(168).build(),
                BasalProfile.flat(1.0), 1, 0, 300);
        rig.runHours(100);
        double[] first = rig.absorption.get(0);
        assertEquals(1.0, first[1], TOL);
        double[] last = rig.absorption.get(rig.absorption.size() - 1);
        assertEquals(110.0 / 56.0, last[1], TOL); // Swan et al. 2009: peak 110 min day 1 vs 56 min day 4
        // multiplier is monotone in wear
        for (int i = 1; i < rig.absorption.size(); i++) {
            assertTrue(rig.absorption.get(i)[1] >= rig.absorption.get(i - 1)[1]);
        }
    }

    @Test
    void bioavailabilityIsLostOnlyLateInWear() {
        PumpRig rig = new PumpRig(PumpSpec.builder().exactStrokes().setWearHours(168).build(),
                BasalProfile.flat(1.0), 1, 0, 300);
        rig.runHours(72);
        assertEquals(72.0, rig.infusedTotal, TOL);
        rig.runHours(24);
        // day 4: loss rises linearly 0 -> 10 %, so on average 5 % of 24 U is lost
        assertEquals(24 * 0.95, rig.infusedTotal - 72.0, 0.01);
    }

    @Test
    void specValidationNamesTheFieldAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PumpSpec.builder().lowReservoirAlertUnits(-0.5).build());
        assertEquals("lowReservoirAlertUnits: -0.5 is negative or not finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PumpSpec.builder().bolusIncrementUnits(0.03).build());
        assertTrue(e.getMessage().startsWith("bolusIncrementUnits: 0.03"), e.getMessage());
    }

    @Test
    void reservoirVariantsAreConfigurable() {
        PumpSpec small = PumpSpec.builder().reservoirCapacityUnits(180).build();
        assertEquals(180, small.reservoirFillUnits(), 0);
        assertThrows(IllegalArgumentException.class,
                () -> PumpSpec.builder().reservoirCapacityUnits(180).reservoirFillUnits(200).build());
    }

    @Test
    void aSetAlreadyWornAtStartIsDueEarlierAndAbsorbsFaster() {
        org.vpsim.core.Simulation sim = new org.vpsim.core.Simulation();
        java.util.List<PumpEvent> events = new java.util.ArrayList<>();
        double[] multiplier = new double[1];
        org.vpsim.core.random.RandomStreams rs = new org.vpsim.core.random.RandomStreams(1);
        InsulinPump pump = InsulinPump.builder(EXACT.toBuilder().absorptionRateMultiplierMax(2.0).build(),
                        BasalProfile.flat(1.0), sim)
                .pumpErrorRandom(rs.stream("p", org.vpsim.core.random.StreamPurpose.PUMP_ERROR))
                .infusionSetRandom(rs.stream("p", org.vpsim.core.random.StreamPurpose.INFUSION_SET))
                .infusionSite((t, u) -> { })
                .eventListener(events::add)
                .absorptionListener((t, m, b) -> multiplier[0] = m)
                .initialSetAgeMillis(SimTime.hours(70))
                .build();
        pump.start();
        assertEquals(1.0 + (70.0 - 12) / (84 - 12), multiplier[0], TOL); // 70 h: 58/72 of the way from day 1 to day 4
        sim.runUntil(SimTime.hours(3));
        assertEquals(SimTime.hours(2), events.stream().filter(e -> e.type() == PumpEventType.ALARM_SET_CHANGE_DUE)
                .findFirst().orElseThrow().timeMillis());
    }
}
