package org.vpsim.pump.device;

/**
 * The pump's own delivery history, one call per motor stroke, with the NOMINAL amount (one pulse) as
 * the pump's history records it -- which is what a real controller can know for insulin on board.
 * What actually reached the patient goes to {@link InfusionSite}; controllers must use this port
 * (or their own command log), not the site, to stay honest about what a device can observe.
 */
@FunctionalInterface
public interface DeliveryListener {
    void delivered(long timeMillis, double nominalUnits, DeliveryKind kind);

    DeliveryListener NONE = (t, u, k) -> { };
}
