package org.vpsim.pump.control;

/** Argument checks shared by the IOB trackers. */
final class IobChecks {
    private IobChecks() {
    }

    static void requireValidUnits(double units) {
        if (!(units >= 0.0) || !Double.isFinite(units)) {
            throw new IllegalArgumentException("units: " + units + " is not a non-negative finite number");
        }
    }

    static void requireNotBefore(long timeMillis, long lastTimeMillis) {
        if (timeMillis < lastTimeMillis) {
            throw new IllegalArgumentException(
                    "timeMillis: " + timeMillis + " precedes the previous record or query at " + lastTimeMillis);
        }
    }
}
