package org.vpsim.pump.device;

/** Port for pump events (alarms, faults, boluses, set and reservoir changes, suspends). */
@FunctionalInterface
public interface PumpEventListener {
    void onPumpEvent(PumpEvent event);

    /** Ignores every event. */
    PumpEventListener NONE = event -> { };
}
