package org.vpsim.controller;

/**
 * Insulin that left the device: one motor stroke or one injection.
 *
 * @param minute minutes since the scenario start
 * @param units  nominal units (what the device counts)
 * @param kind   {@code basal}, {@code bolus}, {@code pen-rapid} or {@code pen-basal}
 */
public record Delivery(double minute, double units, String kind) {
}
