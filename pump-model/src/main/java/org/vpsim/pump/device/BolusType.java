package org.vpsim.pump.device;

/**
 * Bolus waveforms of durable pumps (MiniMed names in brackets): NORMAL delivers at the bolus speed,
 * EXTENDED (Square Wave) spreads the amount evenly over a duration, DUAL_WAVE delivers an immediate
 * fraction at the bolus speed and the rest as a square wave that starts when the immediate part ends.
 */
public enum BolusType {
    NORMAL,
    EXTENDED,
    DUAL_WAVE
}
