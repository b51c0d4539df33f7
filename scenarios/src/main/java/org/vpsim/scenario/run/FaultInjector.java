package org.vpsim.scenario.run;

import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.pump.device.FaultType;
import org.vpsim.pump.device.InsulinPump;
import org.vpsim.scenario.model.Fault;
import org.vpsim.scenario.model.Scenario;

/**
 * Schedules the scenario's faults that concern this patient × arm on the pump and the sensor. Pump faults
 * (occlusion, leak, dislodgement) concern pump arms only: on a pen arm ({@code pump} null) they are skipped.
 */
final class FaultInjector {
    private FaultInjector() {
    }

    static void schedule(Scenario scenario, String arm, String patient, long durationMillis, Simulation sim,
                         InsulinPump pump, CgmChannel cgm, EventLog events) {
        for (Fault f : scenario.faults()) {
            if ((!f.patients().isEmpty() && !f.patients().contains(patient))
                    || (!f.arms().isEmpty() && !f.arms().contains(arm))) {
                continue;
            }
            long at = Math.round(f.atHours() * SimTime.MILLIS_PER_HOUR);
            if (at >= durationMillis) {
                continue;
            }
            switch (f.type()) {
                case "occlusion", "leak", "dislodgement" -> {
                    if (pump != null) {
                        pump.scheduleFault(switch (f.type()) {
                            case "occlusion" -> FaultType.OCCLUSION;
                            case "leak" -> FaultType.LEAK;
                            default -> FaultType.DISLODGEMENT;
                        }, at);
                    }
                }
                case "sensor-dropout" -> {
                    long until = at + Math.round((f.durationHours() == null ? 1.0 : f.durationHours())
                            * SimTime.MILLIS_PER_HOUR);
                    Ticks.once(sim, at, Priority.INPUT, t -> {
                        cgm.dropOutUntil(until);
                        events.add(t, "FAULT_SENSOR_DROPOUT", "no CGM readings until +" + (until - at) / 60_000
                                + " min", null, null, null);
                    });
                }
                default -> throw new IllegalArgumentException("faults: unknown type " + f.type());
            }
        }
    }
}
