package org.vpsim.controller;

/**
 * One CGM reading.
 *
 * @param minute minutes since the scenario start
 * @param mgDl   the reading, mg/dL (within the sensor's range)
 */
public record CgmReading(double minute, double mgDl) {
}
