package org.vpsim.pump.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

/**
 * The pump's stroke trains as kernel series: a train that is stopped (suspend, a halt caused by its own stroke, a
 * bolus cancelled while it is being requested) makes no further stroke, and the next train starts cleanly.
 */
class InsulinPumpStrokeTrainTest {
    private final Simulation sim = new Simulation();
    private final List<Long> strokeTimes = new ArrayList<>();
    private final List<DeliveryKind> strokeKinds = new ArrayList<>();
    private final List<PumpEvent> events = new ArrayList<>();
    private InsulinPump pump;

    private InsulinPump pump(double reservoirUnits, PumpEventListener extra) {
        RandomStreams streams = new RandomStreams(3);
        pump = InsulinPump.builder(PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(false).build(),
                        BasalProfile.flat(1.0), sim)
                .pumpErrorRandom(streams.stream("p", StreamPurpose.PUMP_ERROR))
                .infusionSetRandom(streams.stream("p", StreamPurpose.INFUSION_SET))
                .initialReservoirUnits(reservoirUnits)
                .infusionSite((t, u) -> { })
                .deliveryListener((t, u, kind) -> {
                    strokeTimes.add(t);
                    strokeKinds.add(kind);
                })
                .eventListener(e -> {
                    events.add(e);
                    extra.onPumpEvent(e);
                })
                .build();
        pump.start();
        return pump;
    }

    private long count(DeliveryKind kind) {
        return strokeKinds.stream().filter(k -> k == kind).count();
    }

    @Test
    void aBolusCancelledByAListenerOfItsRequestMakesNoStroke() {
        pump(300, e -> {
            if (e.type() == PumpEventType.BOLUS_REQUESTED) {
                pump.suspend("the user changed their mind");
            }
        });
        assertTrue(pump.requestBolus(BolusRequest.normal(1.0)).accepted());
        sim.runUntil(SimTime.minutes(10));
        assertEquals(0, count(DeliveryKind.BOLUS));
        assertEquals(1, events.stream().filter(e -> e.type() == PumpEventType.BOLUS_CANCELLED).count());
        assertEquals(0, count(DeliveryKind.BASAL), "suspended from the start");
        pump.resume();
        sim.runUntil(SimTime.minutes(10) + SimTime.hours(1));
        assertEquals(40, count(DeliveryKind.BASAL), "1 U/h: 40 strokes of 0.025 U in the hour after resuming");
    }

    @Test
    void theStrokeThatEmptiesTheReservoirIsTheLastOfItsTrain() {
        pump(0.1, e -> { }); // four strokes' worth
        pump.requestBolus(BolusRequest.normal(1.0)); // 40 strokes wanted, 1 s apart
        sim.runUntil(SimTime.hours(2));
        assertEquals(4, count(DeliveryKind.BOLUS), "the bolus's strokes stop when the reservoir is empty");
        assertEquals(0, count(DeliveryKind.BASAL), "the basal train was halted before its first stroke at 90 s");
        assertEquals(PumpStatus.EMPTY, pump.status());
        assertEquals(List.of(0L, 1_000L, 2_000L, 3_000L), strokeTimes);
    }

    @Test
    void aTempBasalReplacesThePendingTrainWithoutAnExtraStroke() {
        pump(300, e -> { });
        sim.runUntil(SimTime.minutes(60)); // 40 strokes at 90 s .. 3600 s
        assertEquals(40, count(DeliveryKind.BASAL));
        assertTrue(pump.setTempBasalAbsolute(2.0, SimTime.minutes(30))); // a stroke every 45 s
        sim.runUntil(SimTime.minutes(120));
        // 30 min at 2 U/h is 1 U (40 strokes, 45 s apart from 60:45); then 30 min at 1 U/h (20 strokes).
        assertEquals(100, count(DeliveryKind.BASAL), strokeTimes.toString());
        assertEquals(3_645_000L, strokeTimes.get(40));
        assertEquals(5_400_000L, strokeTimes.get(79));
        assertEquals(5_490_000L, strokeTimes.get(80));
        for (int i = 1; i < strokeTimes.size(); i++) {
            assertTrue(strokeTimes.get(i) > strokeTimes.get(i - 1), "one stroke per time, no stale duplicate");
        }
    }
}
