package org.vpsim.pump.device;

import java.util.Objects;

/**
 * What the pump did with a bolus request.
 *
 * @param accepted        true if delivery started
 * @param bolusId         pump-assigned id (positive) when accepted, 0 when refused
 * @param programmedUnits amount after rounding down to the bolus increment (0 when refused)
 * @param reason          why it was refused, or "" when accepted
 */
public record BolusResult(boolean accepted, long bolusId, double programmedUnits, String reason) {
    public BolusResult {
        Objects.requireNonNull(reason, "reason");
    }

    static BolusResult refused(String reason) {
        return new BolusResult(false, 0, 0.0, reason);
    }
}
