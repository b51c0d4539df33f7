package org.vpsim.pump.device;

/** Bolus delivery speed setting: standard (1.5 U/min) or quick (15 U/min) by default. */
public enum BolusSpeed {
    STANDARD,
    QUICK
}
