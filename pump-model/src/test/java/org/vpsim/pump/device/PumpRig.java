package org.vpsim.pump.device;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.vpsim.core.Simulation;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

/** Test rig: a pump on its own simulation, recording what reaches the "patient" and every event. */
final class PumpRig {
    final Simulation sim = new Simulation();
    final List<long[]> infusionTimes = new ArrayList<>();
    final List<Double> infusionUnits = new ArrayList<>();
    final List<PumpEvent> events = new ArrayList<>();
    final List<double[]> absorption = new ArrayList<>();
    double infusedTotal;
    final InsulinPump pump;

    PumpRig(PumpSpec spec, BasalProfile profile, long seed, long clockOffsetMillis, double initialReservoir) {
        RandomStreams streams = new RandomStreams(seed);
        pump = InsulinPump.builder(spec, profile, sim)
                .pumpErrorRandom(streams.stream("patient-1", StreamPurpose.PUMP_ERROR))
                .infusionSetRandom(streams.stream("patient-1", StreamPurpose.INFUSION_SET))
                .clockOffsetMillis(clockOffsetMillis)
                .initialReservoirUnits(initialReservoir)
                .infusionSite((t, u) -> {
                    infusionTimes.add(new long[] {t});
                    infusionUnits.add(u);
                    infusedTotal += u;
                })
                .eventListener(events::add)
                .absorptionListener((t, m, b) -> absorption.add(new double[] {t, m, b}))
                .build();
        pump.start();
    }

    static PumpRig exact(double basalUnitsPerHour) {
        return new PumpRig(PumpSpec.builder().exactStrokes().noWearEffects().autoSetChange(false)
                        .occlusionAlarmThresholdUnits(2.5).build(),
                BasalProfile.flat(basalUnitsPerHour), 1, 0, 300);
    }

    void runHours(double hours) {
        sim.runUntil(sim.nowMillis() + Math.round(hours * 3_600_000.0));
    }

    void runUntil(long t) {
        sim.runUntil(t);
    }

    /** Insulin that reached the patient in [from, to). */
    double infusedBetween(long fromMillis, long toMillis) {
        double s = 0;
        for (int i = 0; i < infusionTimes.size(); i++) {
            long t = infusionTimes.get(i)[0];
            if (t >= fromMillis && t < toMillis) {
                s += infusionUnits.get(i);
            }
        }
        return s;
    }

    long time(int i) {
        return infusionTimes.get(i)[0];
    }

    List<PumpEvent> eventsOf(PumpEventType type) {
        return events.stream().filter(e -> e.type() == type).collect(Collectors.toList());
    }
}
