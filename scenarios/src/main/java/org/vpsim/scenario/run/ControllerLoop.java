package org.vpsim.scenario.run;

import java.util.Locale;
import java.util.Map;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.DeviceEvent;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.SnapshotLog;
import org.vpsim.controller.TempBasalChange;
import org.vpsim.controller.TempBasalState;
import org.vpsim.pump.control.InsulinOnBoard;
import org.vpsim.pump.device.DeliveryKind;
import org.vpsim.pump.device.PumpEvent;
import org.vpsim.pump.pen.InsulinRoute;

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
 *
 * <p>On a pen arm ({@link TherapyDevice#basalAdjustable()} false) the controller sees status {@code pens},
 * deliveries of kind {@code pen-rapid} and {@code pen-basal}, and a temp basal, cancel, suspend or resume it asks
 * for is refused: not applied, logged as a {@code COMMAND_REFUSED} event and shown in the next observation as a
 * device event {@code temp-basal-refused} or {@code suspend-refused} with reason "pens cannot …".
 */
final class ControllerLoop {
    private final Controller controller;
    private final TherapyDevice device;
    private final CgmChannel cgm;
    private final InsulinOnBoard bolusIob;
    private final EventLog events;
    private final String arm;
    private final String patient;
    private final int startMinuteOfDay;
    private final long durationMillis;

    // What the pump reported, appended as it happens; each observation shows what came since the previous one
    // (index *Shown on) as an immutable list of the log, without a copy (see SnapshotLog).
    private final SnapshotLog<Delivery> deliveries = new SnapshotLog<>();
    private final SnapshotLog<DeviceEvent> deviceEvents = new SnapshotLog<>();
    private long deliveriesShown;
    private long deviceEventsShown;
    private double pendingCarbsGrams;
    private String status = "running";
    private double statusSinceMinute;
    private double tempStartedMinute;
    private double tempDurationMinutes;

    ControllerLoop(Controller controller, TherapyDevice device, CgmChannel cgm, InsulinOnBoard bolusIob, EventLog events,
                   String arm, String patient, int startMinuteOfDay, long durationMillis) {
        this.controller = controller;
        this.device = device;
        if (!device.basalAdjustable()) {
            status = device.status();
        }
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
                    device.programmedBasalUnitsPerHour(), tempDurationMinutes, detail);
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
        String now = device.status();
        if (!now.equals(status)) {
            status = now;
            statusSinceMinute = minute;
        }
    }

    /** A pen injection that entered the tissue: rapid-acting ones count as bolus insulin on board. */
    void onInjection(long timeMillis, double units, InsulinRoute route) {
        if (route == InsulinRoute.RAPID) {
            bolusIob.record(timeMillis, units);
        }
        deliveries.add(new Delivery(timeMillis / 60_000.0, units, route.eventKind()));
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
                cgm.history(), announcedCarbsGrams, bolusIob.unitsAt(now), pumpState(minute),
                deliveries.since(deliveriesShown), deviceEvents.since(deviceEventsShown));
        // What the command causes (a bolus started, a refusal) goes to the next observation.
        deliveriesShown = deliveries.count();
        deliveries.forgetBefore(deliveriesShown);
        deviceEventsShown = deviceEvents.count();
        deviceEvents.forgetBefore(deviceEventsShown);
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
        if (!device.basalAdjustable()) {
            refuseOnPens(c, minute);
            if (c.bolusUnits() > 0) {
                device.bolus(c.bolusUnits());
            }
            return;
        }
        if (c.suspend()) {
            device.suspend(c.reason().isEmpty() ? "controller" : c.reason());
        }
        if (c.resume()) {
            device.resume();
        }
        if (c.tempBasal() instanceof TempBasalChange.Cancel) {
            device.cancelTempBasal();
        } else if (c.tempBasal() instanceof TempBasalChange.Start start) {
            double before = tempDurationMinutes;
            tempDurationMinutes = start.durationMinutes();
            if (device.setTempBasal(start.unitsPerHour(), Math.round(start.durationMinutes() * 60_000.0))) {
                tempStartedMinute = minute;
            } else {
                tempDurationMinutes = before;
            }
        }
        if (c.bolusUnits() > 0) {
            device.bolus(c.bolusUnits());
        }
    }

    /** Pens have no programmable basal: what needs one is refused, in the events log and the next observation. */
    private void refuseOnPens(Command c, double minute) {
        long now = Math.round(minute * 60_000.0);
        if (c.suspend() || c.resume()) {
            String why = "pens cannot " + (c.suspend() ? "suspend" : "resume") + " insulin delivery";
            deviceEvents.add(new DeviceEvent(minute, "suspend-refused", null, null, null, why));
            events.add(now, "COMMAND_REFUSED", why, null, null, null);
        }
        if (c.tempBasal() instanceof TempBasalChange.Cancel || c.tempBasal() instanceof TempBasalChange.Start) {
            String why = "pens cannot set or cancel a temp basal";
            deviceEvents.add(new DeviceEvent(minute, "temp-basal-refused", null, null, null, why));
            events.add(now, "COMMAND_REFUSED", why, null, null, null);
        }
    }

    private PumpState pumpState(double minute) {
        TempBasalState temp = null;
        if (device.tempBasalActive()) {
            double remaining = Math.max(0.0, tempStartedMinute + tempDurationMinutes - minute);
            temp = new TempBasalState(device.programmedBasalUnitsPerHour(), tempStartedMinute, tempDurationMinutes, remaining);
        }
        return new PumpState(status, statusSinceMinute, device.observedReservoirUnits(),
                device.scheduledBasalUnitsPerHour(), temp);
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
            // Concatenation, not String.format: a hybrid closed loop changes its temp basal every 5 min.
            sb.append("temp basal ").append(num(s.unitsPerHour())).append(" U/h for ").append(num(s.durationMinutes()))
                    .append(" min; ");
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
