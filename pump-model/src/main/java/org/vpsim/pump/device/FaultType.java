package org.vpsim.pump.device;

/**
 * Infusion-set failures. Each lasts until the next set change.
 * <ul>
 * <li>OCCLUSION: insulin stops reaching the site and builds up as line pressure; the pump alarms when
 * the backlog reaches {@link PumpSpec#occlusionAlarmThresholdUnits()}.</li>
 * <li>LEAK: a fraction ({@link PumpSpec#leakFraction()}) of each stroke is lost at the site; undetectable.</li>
 * <li>DISLODGEMENT: the cannula is out; everything is lost; undetectable by the pump.</li>
 * </ul>
 */
public enum FaultType {
    OCCLUSION,
    LEAK,
    DISLODGEMENT
}
