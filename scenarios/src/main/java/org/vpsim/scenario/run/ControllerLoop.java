package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.DeviceEvent;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.TempBasalChange;
import org.vpsim.controller.TempBasalState;
import org.vpsim.pump.control.InsulinOnBoard;
import org.vpsim.pump.device.BolusRequest;
import org.vpsim.pump.device.DeliveryKind;
import org.vpsim.pump.device.InsulinPump;
import org.vpsim.pump.device.PumpEvent;
import org.vpsim.pump.device.PumpStatus;

/**
 * The controller in the loop: shows it what the devices know (CGM, announced carbs, the pump's state
 * and history since the last call), applies its command to the pump and logs both. Observations come
 * at every CGM sample; an announcement between samples gets an observation of its own, one on a
 * sample time joins that sample's observation.
 *
 * <p>A command takes effect at the observation's time in this order: suspend or resume, temp basal,
 * bolus. Whatever the pump does with it (rounds, refuses, alarms) reaches the controller in the next
 * observation's {@code pumpEvents} and the events log. Anything the controller throws becomes a
 * {@link ControllerFailure} naming arm, patient and minute.
 */
final class ControllerLoop {
    private final Controller controller;
    private final InsulinPump pump;
    private final CgmChannel cgm;
    private final InsulinOnBoard bolusIob;
    private final EventLog events;
    private final String arm;
    private final String patient;
    private final int startMinuteOfDay;
    private final long durationMillis;

    private final List<Delivery> deliveries = new ArrayList<>();
    private final List<DeviceEvent> deviceEvents = new ArrayList<>();
    private double pendingCarbsGrams;
    private PumpStatus status = PumpStatus.RUNNING;
    private double statusSinceMinute;
    private double tempStartedMinute;
    private double tempDurationMinutes;

    ControllerLoop(Controller controller, InsulinPump pump, CgmChannel cgm, InsulinOnBoard bolusIob, EventLog events,
                   String arm, String patient, int startMinuteOfDay, long durationMillis) {
        this.controller = controller;
        this.pump = pump;
        this.cgm = cgm;
        this.bolusIob = bolusIob;
        this.events = events;
        this.arm = arm;
        this.patient = patient;
        this.startMinuteOfDay = startMinuteOfDay;
        this.durationMillis = durationMillis;
    }

    void start(ControllerStart start) {
        try {
            controller.start(start);
        } catch (RuntimeException e) {
            throw failure(0, e);
        }
    }

    // ------------------------------------------------------------------ what the pump reports

    /** A motor stroke as the pump's history records it (nominal units). */
    void onDelivery(long timeMillis, double nominalUnits, DeliveryKind kind) {
        if (kind == DeliveryKind.BOLUS) {
            bolusIob.record(timeMillis, nominalUnits);
        }
        deliveries.add(new Delivery(timeMillis / 60_000.0, nominalUnits, kind == DeliveryKind.BOLUS ? "bolus" : "basal"));
    }

    /** What the pump did, in the protocol's words; ground-truth faults are not shown to the controller. */
    void onPumpEvent(PumpEvent e) {
        double minute = e.timeMillis() / 60_000.0;
        String detail = e.detail().isEmpty() ? null : e.detail();
        DeviceEvent shown = switch (e.type()) {
            case BOLUS_REQUESTED -> new DeviceEvent(minute, "bolus-started", e.requestedUnits(), null, null, detail);
            case BOLUS_REFUSED -> new DeviceEvent(minute, "bolus-refused", e.requestedUnits(), null, null, detail);
            case TEMP_BASAL -> new DeviceEvent(minute, "temp-basal-started", null,
                    pump.programmedBasalUnitsPerHour(), tempDurationMinutes, detail);
            case TEMP_BASAL_REFUSED -> new DeviceEvent(minute, "temp-basal-refused", null, null, null, detail);
            case TEMP_BASAL_ENDED -> new DeviceEvent(minute,
                    "cancelled".equals(e.detail()) ? "temp-basal-cancelled" : "temp-basal-ended", null, null, null, null);
            case SUSPEND -> new DeviceEvent(minute, "suspended", null, null, null, detail);
            case RESUME -> new DeviceEvent(minute, "resumed", null, null, null, detail);
            case ALARM_LOW_RESERVOIR, ALARM_EMPTY_RESERVOIR, ALARM_OCCLUSION, ALARM_SET_CHANGE_DUE,
                    ALARM_SUSPEND_REMINDER -> new DeviceEvent(minute, "alarm", null, null, null,
                    e.type().name().substring("ALARM_".length()).toLowerCase(Locale.ROOT).replace('_', '-')
                            + (detail == null ? "" : ": " + detail));
            default -> null;
        };
        if (shown != null) {
            deviceEvents.add(shown);
        }
        PumpStatus now = pump.status();
        if (now != status) {
            status = now;
            statusSinceMinute = minute;
        }
    }

    // ------------------------------------------------------------------ when the controller is asked

    /** The person announces carbs: decided now, or with the CGM sample due at this very time. */
    void announce(long timeMillis, double carbsGrams) {
        if (timeMillis % cgm.sampleIntervalMillis() == 0 && timeMillis < durationMillis) {
            pendingCarbsGrams += carbsGrams;
        } else {
            decide(timeMillis, carbsGrams);
        }
    }

    /** A CGM sample was taken at {@code timeMillis}. */
    void onSample(long timeMillis) {
        double carbs = pendingCarbsGrams;
        pendingCarbsGrams = 0;
        decide(timeMillis, carbs);
    }

    private void decide(long now, double announcedCarbsGrams) {
        double minute = now / 60_000.0;
        Observation obs = new Observation(minute, (minute + startMinuteOfDay) % 1440.0, cgm.currentReading(),
                cgm.history(), announcedCarbsGrams, bolusIob.unitsAt(now), pumpState(minute), deliveries,
                deviceEvents);
        deliveries.clear();
        deviceEvents.clear();
        Command command;
        try {
            command = controller.decide(obs);
            if (command == null) {
                throw new IllegalStateException("it returned no command");
            }
        } catch (RuntimeException e) {
            throw failure(minute, e);
        }
        if (!command.isEmpty() || announcedCarbsGrams > 0) {
            events.add(now, "CONTROLLER_COMMAND", describe(command), command.bolusUnits() > 0 ? command.bolusUnits() : null,
                    null, announcedCarbsGrams > 0 ? announcedCarbsGrams : null);
        }
        apply(command, minute);
    }

    private void apply(Command c, double minute) {
        if (c.suspend()) {
            pump.suspend(c.reason().isEmpty() ? "controller" : c.reason());
        }
        if (c.resume()) {
            pump.resume();
        }
        if (c.tempBasal() instanceof TempBasalChange.Cancel) {
            pump.cancelTempBasal();
        } else if (c.tempBasal() instanceof TempBasalChange.Start start) {
            double before = tempDurationMinutes;
            tempDurationMinutes = start.durationMinutes();
            if (pump.setTempBasalAbsolute(start.unitsPerHour(), Math.round(start.durationMinutes() * 60_000.0))) {
                tempStartedMinute = minute;
            } else {
                tempDurationMinutes = before;
            }
        }
        if (c.bolusUnits() > 0) {
            pump.requestBolus(BolusRequest.normal(c.bolusUnits()));
        }
    }

    private PumpState pumpState(double minute) {
        TempBasalState temp = null;
        if (pump.tempBasalActive()) {
            double remaining = Math.max(0.0, tempStartedMinute + tempDurationMinutes - minute);
            temp = new TempBasalState(pump.programmedBasalUnitsPerHour(), tempStartedMinute, tempDurationMinutes, remaining);
        }
        return new PumpState(status.name().toLowerCase(Locale.ROOT), statusSinceMinute, pump.reservoirUnits(),
                pump.scheduledBasalUnitsPerHour(), temp);
    }

    /** The command in words for the events log: what was asked, then the controller's own info. */
    private static String describe(Command c) {
        StringBuilder sb = new StringBuilder();
        if (c.suspend()) {
            sb.append("suspend; ");
        }
        if (c.resume()) {
            sb.append("resume; ");
        }
        if (c.tempBasal() instanceof TempBasalChange.Cancel) {
            sb.append("cancel temp basal; ");
        } else if (c.tempBasal() instanceof TempBasalChange.Start s) {
            sb.append(String.format(Locale.ROOT, "temp basal %s U/h for %s min; ", num(s.unitsPerHour()),
                    num(s.durationMinutes())));
        }
        String reason = c.reason();
        if (sb.length() == 0 && !reason.isEmpty()) {
            // The common case (a bolus calculator's explanation) reads as it always did.
            return infoBeyondReason(c.info()).isEmpty() ? reason : reason + " " + infoBeyondReason(c.info());
        }
        sb.append(reason);
        String more = infoBeyondReason(c.info());
        if (!more.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : " ").append(more);
        }
        return sb.toString().trim();
    }

    private static String infoBeyondReason(Map<String, Object> info) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : info.entrySet()) {
            if (!"reason".equals(e.getKey())) {
                sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return sb.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private ControllerFailure failure(double minute, RuntimeException e) {
        if (e instanceof ControllerFailure f) {
            return f;
        }
        String why = e.getMessage() == null || e.getMessage().isBlank()
                ? "it stopped with " + e.getClass().getSimpleName() : e.getMessage();
        return new ControllerFailure(arm, patient, minute, why, e);
    }
}
