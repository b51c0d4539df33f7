package org.vpsim.pump.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.Settings;
import org.vpsim.controller.TempBasalChange;
import org.vpsim.controller.TempBasalState;
import org.vpsim.controller.Therapy;

/**
 * A scripted CGM trace fed to a controller the way the controller loop does: one observation per
 * reading, a 6-hour history, and a minimal pump that obeys the commands (suspend, resume, temp basal,
 * bolus) so that the next observation shows its state and deliveries.
 */
final class Trace {
    static final Therapy THERAPY = new Therapy(List.of(new BasalRate(0, 1.0)), 10.0, 40.0, 110.0,
            new InsulinCurve("exponential", 75, 360), 70.0);
    static final PumpLimits PUMP = new PumpLimits(35, 25, 0.025, 0.025, 1440);

    static ControllerStart start(Therapy therapy, Settings settings) {
        return new ControllerStart("adult#001", "arm", "2026-01-01T00:00:00Z", "UTC", 0, 5.0, settings, therapy, PUMP);
    }

    static ControllerStart start() {
        return start(THERAPY, Settings.empty());
    }

    static Settings settings(Object... keyValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Settings(m);
    }

    /** A single observation at {@code minute} with the given readings (oldest first, minute, mg/dL pairs). */
    static Observation observation(double minute, double carbs, double iob, double... minuteMgDlPairs) {
        List<CgmReading> history = new ArrayList<>();
        for (int i = 0; i < minuteMgDlPairs.length; i += 2) {
            history.add(new CgmReading(minuteMgDlPairs[i], minuteMgDlPairs[i + 1]));
        }
        Double now = !history.isEmpty() && history.get(history.size() - 1).minute() == minute
                ? history.get(history.size() - 1).mgDl() : null;
        return new Observation(minute, minute % 1440, now, history, carbs, iob,
                new PumpState("running", 0, 200, 1.0, null), List.of(), List.of());
    }

    private final Controller controller;
    private final Therapy therapy;
    private final List<CgmReading> history = new ArrayList<>();
    private final List<Command> commands = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private String status = "running";
    private double statusSince;
    private TempBasalState temp;
    private final List<Delivery> pending = new ArrayList<>();
    private double lastMinute;

    Trace(Controller controller) {
        this(controller, THERAPY, Settings.empty());
    }

    Trace(Controller controller, Therapy therapy, Settings settings) {
        this.controller = controller;
        this.therapy = therapy;
        controller.start(start(therapy, settings));
    }

    /** Feeds one reading (null: the sensor gave none) at {@code minute}; returns the command. */
    Command step(double minute, Double mgDl, double carbs) {
        deliverBasal(lastMinute, minute);
        lastMinute = minute;
        if (temp != null && minute >= temp.startedMinute() + temp.durationMinutes()) {
            temp = null;
        }
        if (mgDl != null) {
            history.add(new CgmReading(minute, mgDl));
        }
        history.removeIf(r -> r.minute() < minute - 360);
        TempBasalState shown = temp == null ? null : new TempBasalState(temp.unitsPerHour(), temp.startedMinute(),
                temp.durationMinutes(), temp.startedMinute() + temp.durationMinutes() - minute);
        Observation obs = new Observation(minute, minute % 1440, mgDl, history, carbs, 0.0,
                new PumpState(status, statusSince, 200, therapy.basalUnitsPerHourAt(minute % 1440), shown),
                pending, List.of());
        pending.clear();
        observations.add(obs);
        Command c = controller.decide(obs);
        commands.add(c);
        apply(minute, c);
        return c;
    }

    Command step(double minute, Double mgDl) {
        return step(minute, mgDl, 0.0);
    }

    /** Feeds readings every 5 min from {@code fromMinute}, one per value. */
    List<Command> run(double fromMinute, double... mgDl) {
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < mgDl.length; i++) {
            out.add(step(fromMinute + 5.0 * i, mgDl[i]));
        }
        return out;
    }

    /** The pump's status changes by itself (an occlusion, or the person pressing resume). */
    void pumpStatus(String newStatus, double minute) {
        status = newStatus;
        statusSince = minute;
    }

    boolean suspended() {
        return status.equals("suspended");
    }

    TempBasalState tempBasal() {
        return temp;
    }

    List<Command> commands() {
        return commands;
    }

    private void apply(double minute, Command c) {
        if (c.suspend() && !suspended()) {
            status = "suspended";
            statusSince = minute;
        }
        if (c.resume() && suspended()) {
            status = "running";
            statusSince = minute;
        }
        if (c.tempBasal() instanceof TempBasalChange.Cancel) {
            temp = null;
        } else if (c.tempBasal() instanceof TempBasalChange.Start s) {
            temp = new TempBasalState(s.unitsPerHour(), minute, s.durationMinutes(), s.durationMinutes());
        }
        if (c.bolusUnits() > 0 && !suspended()) {
            pending.add(new Delivery(minute, c.bolusUnits(), "bolus"));
        }
    }

    /** Basal as one delivery per interval (the real pump strokes; the sum is what matters here). */
    private void deliverBasal(double from, double to) {
        if (to <= from || suspended()) {
            return;
        }
        double rate = temp != null ? temp.unitsPerHour() : therapy.basalUnitsPerHourAt(from % 1440);
        if (rate > 0) {
            pending.add(new Delivery(to, rate * (to - from) / 60.0, "basal"));
        }
    }

    /** Feeds {@code mgDl} every 5 min from {@code from}; returns the suspend and resume commands as "suspend@MIN". */
    List<String> suspendsAndResumes(double from, double... mgDl) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mgDl.length; i++) {
            double minute = from + 5.0 * i;
            Command c = step(minute, mgDl[i]);
            if (c.suspend()) {
                out.add("suspend@" + (int) minute);
            }
            if (c.resume()) {
                out.add("resume@" + (int) minute);
            }
        }
        return out;
    }
}
