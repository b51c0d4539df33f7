package org.vpsim.pump.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.core.SimTime;

/** Basal pulse train, profiles, temp basals, boluses and limits with an exact (error-free) motor. */
class InsulinPumpDeliveryTest {
    private static final double TOL = 1e-9;

    @Test
    void oneUnitPerHourIsOnePulseEvery90Seconds() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.runHours(1);
        assertEquals(40, rig.infusionUnits.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(90_000L * (i + 1), rig.time(i), "stroke " + i);
            assertEquals(0.025, rig.infusionUnits.get(i), TOL);
        }
        assertEquals(1.0, rig.infusedTotal, TOL);
    }

    @Test
    void pointOneUnitPerHourIsOnePulseEvery15Minutes() {
        PumpRig rig = PumpRig.exact(0.1);
        rig.runHours(2);
        assertEquals(8, rig.infusionUnits.size());
        assertEquals(SimTime.minutes(15), rig.time(0));
        assertEquals(SimTime.minutes(30), rig.time(1));
    }

    @Test
    void rateChangeKeepsTheAccumulatedFractionOfAPulse() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.runUntil(45_000); // half a pulse accumulated at 1 U/h
        assertTrue(rig.pump.setTempBasalAbsolute(2.0, SimTime.hours(1)));
        rig.runHours(0.1);
        // the remaining half pulse at 2 U/h takes 22.5 s, then one pulse every 45 s
        assertEquals(67_500L, rig.time(0));
        assertEquals(112_500L, rig.time(1));
    }

    @Test
    void profileSegmentsApplyAtClockTimes() {
        // 00:00-01:00 at 2 U/h, otherwise 0.5 U/h; the scenario starts at 23:00 clock time
        BasalProfile profile = new BasalProfile(List.of(new BasalSegment(0, 2.0), new BasalSegment(60, 0.5)));
        PumpRig rig = new PumpRig(PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(false).build(), profile, 1,
                SimTime.hours(23), 300);
        rig.runHours(3);
        assertEquals(0.5, rig.infusedBetween(0, SimTime.hours(1)) , 0.025 + TOL);
        assertEquals(2.0, rig.infusedBetween(SimTime.hours(1), SimTime.hours(2)), 0.025 + TOL);
        assertEquals(0.5, rig.infusedBetween(SimTime.hours(2), SimTime.hours(3)), 0.025 + TOL);
        assertEquals(3.0, rig.infusedTotal, 0.025 + TOL);
    }

    @Test
    void profileRatesAreRoundedToTheBasalIncrement() {
        PumpRig rig = PumpRig.exact(1.2346);
        assertEquals(1.225, rig.pump.currentBasalUnitsPerHour(), TOL);
    }

    @Test
    void profileAboveMaxBasalIsRejectedNamingTheSegment() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PumpRig.exact(36));
        assertTrue(e.getMessage().contains("basalProfile.segments[0].basalUnitsPerHour: 36.0"), e.getMessage());
    }

    @Test
    void tempBasalPercentHalvesDeliveryForItsDurationThenEnds() {
        PumpRig rig = PumpRig.exact(1.0);
        assertTrue(rig.pump.setTempBasalPercent(50, SimTime.hours(2)));
        assertEquals(0.5, rig.pump.currentBasalUnitsPerHour(), TOL);
        rig.runHours(3);
        assertEquals(1.0, rig.infusedBetween(0, SimTime.hours(2)), 0.025 + TOL);
        assertEquals(1.0, rig.infusedBetween(SimTime.hours(2), SimTime.hours(3)), 0.025 + TOL);
        assertEquals(1, rig.eventsOf(PumpEventType.TEMP_BASAL_ENDED).size());
        assertEquals(1.0, rig.pump.currentBasalUnitsPerHour(), TOL);
    }

    @Test
    void tempBasalAboveMaxBasalIsRefused() {
        PumpRig rig = PumpRig.exact(1.0);
        assertFalse(rig.pump.setTempBasalAbsolute(40, SimTime.hours(1)));
        assertEquals(1, rig.eventsOf(PumpEventType.TEMP_BASAL_REFUSED).size());
        assertEquals(1.0, rig.pump.currentBasalUnitsPerHour(), TOL);
    }

    @Test
    void zeroTempBasalStopsBasalAndCancelRestoresIt() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.setTempBasalAbsolute(0, SimTime.hours(4));
        rig.runHours(1);
        assertEquals(0, rig.infusionUnits.size());
        rig.pump.cancelTempBasal();
        rig.runHours(1);
        assertEquals(1.0, rig.infusedTotal, 0.025 + TOL);
    }

    @Test
    void normalBolusDeliversOneStrokePerSecondAtStandardSpeed() {
        PumpRig rig = PumpRig.exact(0.0);
        BolusResult r = rig.pump.requestBolus(BolusRequest.normal(2.0));
        assertTrue(r.accepted());
        rig.runHours(1);
        assertEquals(80, rig.infusionUnits.size());
        assertEquals(0L, rig.time(0));
        assertEquals(79_000L, rig.time(79));
        assertEquals(2.0, rig.infusedTotal, TOL);
        PumpEvent done = rig.eventsOf(PumpEventType.BOLUS_COMPLETED).get(0);
        assertEquals(79_000L, done.timeMillis());
        assertEquals(2.0, done.requestedUnits(), TOL);
        assertEquals(2.0, done.deliveredUnits(), TOL);
    }

    @Test
    void completedBolusReportsWhatThePlungerDisplacedNotWhatWasProgrammed() {
        // Default stroke-volume error, no basal: the reservoir's loss is exactly the bolus.
        PumpRig rig = new PumpRig(PumpSpec.builder().noWearEffects().autoSetChange(false).build(),
                BasalProfile.flat(0), 5, 0, 300);
        double before = rig.pump.reservoirUnits();
        rig.pump.requestBolus(BolusRequest.normal(5.0));
        rig.runHours(1);
        PumpEvent done = rig.eventsOf(PumpEventType.BOLUS_COMPLETED).get(0);
        assertEquals(5.0, done.requestedUnits(), TOL);
        assertEquals(before - rig.pump.reservoirUnits(), done.deliveredUnits(), 1e-12);
        assertTrue(Math.abs(done.deliveredUnits() - 5.0) > 1e-6, "stroke error makes the two differ");
    }

    @Test
    void quickBolusDeliversTenStrokesPerSecond() {
        PumpRig rig = PumpRig.exact(0.0);
        rig.pump.requestBolus(BolusRequest.normal(1.0, BolusSpeed.QUICK));
        rig.runHours(1);
        assertEquals(40, rig.infusionUnits.size());
        assertEquals(3_900L, rig.time(39));
    }

    @Test
    void bolusIsRoundedDownToTheBolusIncrement() {
        PumpSpec spec = PumpSpec.builder().exactStrokes().bolusIncrementUnits(0.1).build();
        PumpRig rig = new PumpRig(spec, BasalProfile.flat(0), 1, 0, 300);
        BolusResult r = rig.pump.requestBolus(BolusRequest.normal(1.27));
        assertEquals(1.2, r.programmedUnits(), TOL);
        rig.runHours(1);
        assertEquals(1.2, rig.infusedTotal, TOL);
    }

    @Test
    void bolusAboveMaxBolusIsRefusedAndNothingIsDelivered() {
        PumpRig rig = PumpRig.exact(0.0);
        BolusResult r = rig.pump.requestBolus(BolusRequest.normal(25.5));
        assertFalse(r.accepted());
        rig.runHours(1);
        assertEquals(0.0, rig.infusedTotal, 0.0);
        PumpEvent refused = rig.eventsOf(PumpEventType.BOLUS_REFUSED).get(0);
        assertEquals(25.5, refused.requestedUnits(), TOL);
        assertTrue(refused.detail().contains("max bolus"), refused.detail());
    }

    @Test
    void secondNormalBolusDuringDeliveryIsRefused() {
        PumpRig rig = PumpRig.exact(0.0);
        assertTrue(rig.pump.requestBolus(BolusRequest.normal(5)).accepted());
        assertFalse(rig.pump.requestBolus(BolusRequest.normal(1)).accepted());
        rig.runHours(1);
        assertEquals(5.0, rig.infusedTotal, TOL);
    }

    @Test
    void extendedBolusIsSpreadEvenlyOverItsDuration() {
        PumpRig rig = PumpRig.exact(0.0);
        rig.pump.requestBolus(BolusRequest.extended(1.0, SimTime.hours(1)));
        rig.runHours(2);
        assertEquals(40, rig.infusionUnits.size());
        assertEquals(0.5, rig.infusedBetween(0, SimTime.minutes(30) + 1), TOL);
        assertEquals(SimTime.hours(1), rig.time(39));
    }

    @Test
    void dualWaveDeliversTheImmediatePartThenTheSquarePart() {
        PumpRig rig = PumpRig.exact(0.0);
        rig.pump.requestBolus(BolusRequest.dualWave(2.0, 0.5, SimTime.hours(1)));
        rig.runHours(2);
        assertEquals(1.0, rig.infusedBetween(0, SimTime.minutes(1)), TOL);
        assertEquals(2.0, rig.infusedTotal, TOL);
        assertEquals(40_000L + SimTime.hours(1), rig.time(79));
        assertEquals(1, rig.eventsOf(PumpEventType.BOLUS_COMPLETED).size());
    }

    @Test
    void normalBolusDuringAnExtendedBolusIsAccepted() {
        PumpRig rig = PumpRig.exact(0.0);
        assertTrue(rig.pump.requestBolus(BolusRequest.extended(1.0, SimTime.hours(1))).accepted());
        assertTrue(rig.pump.requestBolus(BolusRequest.normal(1.0)).accepted());
        assertFalse(rig.pump.requestBolus(BolusRequest.extended(1.0, SimTime.hours(1))).accepted());
        rig.runHours(2);
        assertEquals(2.0, rig.infusedTotal, TOL);
    }

    @Test
    void suspendStopsBasalAndCancelsTheBolusAndResumeRestoresBasal() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.requestBolus(BolusRequest.normal(2.0));
        rig.runUntil(9_500); // 10 bolus strokes at 0..9 s
        assertTrue(rig.pump.suspend("test"));
        assertEquals(PumpStatus.SUSPENDED, rig.pump.status());
        assertEquals(0.0, rig.pump.currentBasalUnitsPerHour(), 0.0);
        PumpEvent cancelled = rig.eventsOf(PumpEventType.BOLUS_CANCELLED).get(0);
        assertEquals(0.25, cancelled.deliveredUnits(), TOL);
        double before = rig.infusedTotal;
        rig.runHours(1);
        assertEquals(before, rig.infusedTotal, 0.0);
        assertEquals(4, rig.eventsOf(PumpEventType.ALARM_SUSPEND_REMINDER).size());
        assertTrue(rig.pump.resume());
        rig.runHours(1);
        assertEquals(before + 1.0, rig.infusedTotal, 0.025 + TOL);
        assertEquals(4, rig.eventsOf(PumpEventType.ALARM_SUSPEND_REMINDER).size());
    }

    @Test
    void bolusWhileSuspendedIsRefused() {
        PumpRig rig = PumpRig.exact(1.0);
        rig.pump.suspend("manual");
        BolusResult r = rig.pump.requestBolus(BolusRequest.normal(1));
        assertFalse(r.accepted());
        assertTrue(r.reason().contains("SUSPENDED"));
    }

    @Test
    void percentTempBasalFollowsProfileSegments() {
        // 00:00-02:00 at 1 U/h then 2 U/h; 50 % for 4 h gives 0.5 then 1 U/h
        BasalProfile profile = new BasalProfile(List.of(new BasalSegment(0, 1.0), new BasalSegment(120, 2.0)));
        PumpRig rig = new PumpRig(PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(false).build(), profile, 1, 0, 300);
        rig.pump.setTempBasalPercent(50, SimTime.hours(4));
        rig.runHours(4);
        assertEquals(1.0, rig.infusedBetween(0, SimTime.hours(2)), 0.025 + TOL);
        assertEquals(2.0, rig.infusedBetween(SimTime.hours(2), SimTime.hours(4)), 0.025 + TOL);
    }
}
