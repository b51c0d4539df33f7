package org.vpsim.pump.device;

/** Why a motor stroke happened. */
public enum DeliveryKind {
    BASAL,
    BOLUS
}
