package org.vpsim.controller;

/**
 * The temp basal running now.
 *
 * @param unitsPerHour     its rate, U/h
 * @param startedMinute    when it started, minutes since the scenario start
 * @param durationMinutes  how long it was set for, minutes
 * @param remainingMinutes how long it still runs, minutes
 */
public record TempBasalState(double unitsPerHour, double startedMinute, double durationMinutes,
                             double remainingMinutes) {
}
