package org.vpsim.scenario.run;

import java.util.List;
import java.util.Locale;
import org.vpsim.core.Priority;
import org.vpsim.core.Simulation;
import org.vpsim.pump.device.BolusRequest;
import org.vpsim.pump.device.InsulinPump;
import org.vpsim.scenario.model.ManualTherapy;

/**
 * The arm's manual therapy ({@code arms[i].manualTherapy}): at each given time the person programs the pump, and the
 * pump does what it would do with that request — executes it (TEMP_BASAL, BOLUS_REQUESTED "EXTENDED …"/"DUAL_WAVE …",
 * SUSPEND then RESUME "suspend time over") or refuses it (TEMP_BASAL_REFUSED, BOLUS_REFUSED: e.g. while suspended,
 * occluded, or with an extended bolus already running). Each request is logged first as MANUAL_THERAPY. Manual
 * requests arrive as inputs, before the controller's decision at the same time, so a controller sees them in its next
 * observation and may override a temp basal as it would on a real pump.
 */
final class ManualTherapyDriver {
    static final String EVENT = "MANUAL_THERAPY";

    private ManualTherapyDriver() {
    }

    static void schedule(List<ManualTherapy> manual, long durationMillis, Simulation sim, InsulinPump pump,
                         EventLog events) {
        if (pump == null) {
            return;
        }
        for (ManualTherapy m : manual) {
            long at = m.atMillis();
            if (at < durationMillis) {
                Ticks.once(sim, at, Priority.INPUT, t -> apply(m, t, pump, events));
            }
        }
    }

    private static void apply(ManualTherapy m, long t, InsulinPump pump, EventLog events) {
        long duration = m.durationMillis();
        String minutes = fmt(m.durationMinutes()) + " min";
        switch (m.type()) {
            case "temp-basal" -> {
                if (m.percent() != null) {
                    events.add(t, EVENT, "temp basal " + fmt(m.percent()) + " % for " + minutes, null, null, null);
                    pump.setTempBasalPercent(m.percent(), duration);
                } else {
                    events.add(t, EVENT, "temp basal " + fmt(m.unitsPerHour()) + " U/h for " + minutes, null, null, null);
                    pump.setTempBasalAbsolute(m.unitsPerHour(), duration);
                }
            }
            case "extended-bolus" -> {
                events.add(t, EVENT, "extended bolus " + fmt(m.units()) + " U over " + minutes, m.units(), null, null);
                pump.requestBolus(BolusRequest.extended(m.units(), duration));
            }
            case "dual-wave-bolus" -> {
                events.add(t, EVENT, "dual-wave bolus " + fmt(m.units()) + " U, " + fmt(m.immediatePercent())
                        + " % now, the rest over " + minutes, m.units(), null, null);
                pump.requestBolus(BolusRequest.dualWave(m.units(), m.immediatePercent() / 100.0, duration));
            }
            case "suspend" -> {
                events.add(t, EVENT, "suspend for " + minutes, null, null, null);
                if (!pump.suspendFor(duration, "manual suspend for " + minutes)) {
                    events.add(t, EVENT, "suspend not applied: the pump is already suspended", null, null, null);
                }
            }
            default -> throw new IllegalArgumentException("manualTherapy: unknown type " + m.type());
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }
}
