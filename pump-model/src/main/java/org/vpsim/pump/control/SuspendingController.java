package org.vpsim.pump.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Observation;

/**
 * A sensor-augmented pump with automatic suspension: the person boluses for meals with the pump's
 * bolus wizard ({@link BolusCalculatorController}) and the device suspends all delivery by a rule on
 * the CGM (threshold or predictive, in the subclasses) and resumes by another.
 *
 * <p>Shared behaviour:
 * <ul>
 *   <li>The suspend rule is only asked while the pump is {@code running} (no command into an
 *       occlusion or an empty reservoir) and a reading was taken now.</li>
 *   <li>A meal announced while suspended is the person's response: they resume the pump and take the
 *       wizard's meal bolus in the same command (the pump resumes before it boluses). A meal announced
 *       when the rule would suspend wins: the person is awake and eating; the bolus is reduced by the
 *       wizard's negative correction below target instead.</li>
 *   <li>When the pump shows {@code running} after our suspension without our resume (someone else
 *       resumed it, or the suspension never took), the controller follows the pump.</li>
 * </ul>
 */
abstract class SuspendingController implements Controller {

    /** Why a suspension ended. */
    enum Resumption {
        /** The maximum suspension was reached. */
        LIMIT,
        /** The device's own resume rule (e.g. predicted recovery). */
        RULE,
        /** The person resumed (modelled response, a meal, or the pump shows running). */
        PERSON
    }

    private final BolusCalculatorController boluses;
    private boolean suspended;
    private double suspendedAtMinute = Double.NaN;

    SuspendingController(BolusCalculatorSettings bolusSettings) {
        this.boluses = new BolusCalculatorController(Objects.requireNonNull(bolusSettings, "bolusSettings"));
    }

    @Override
    public void start(ControllerStart start) {
        boluses.start(start);
    }

    /** The reason to suspend now, or null; {@code cgmMgDl} is the reading taken now. */
    abstract String suspendReason(Observation obs, double cgmMgDl);

    /**
     * The reason to resume now, or null to stay suspended. {@code cgmMgDl} is the reading taken now,
     * or null when the sensor gave none.
     */
    abstract Resume resumeReason(Observation obs, Double cgmMgDl, double minutesSuspended);

    /** Told after every resumption (for lock-outs and re-arming). */
    abstract void resumed(double minute, Resumption how);

    /** A decision to resume. */
    record Resume(Resumption how, String reason, Map<String, Object> info) {
    }

    /** Extra values for the events log beside the reason (e.g. the predicted glucose). */
    Map<String, Object> suspendInfo() {
        return Map.of();
    }

    boolean suspended() {
        return suspended;
    }

    @Override
    public final Command decide(Observation obs) {
        if (suspended && obs.minute() > suspendedAtMinute && "running".equals(obs.pump().status())) {
            // Resumed by someone else, or the suspension never took: follow the pump.
            suspended = false;
            resumed(obs.minute(), Resumption.PERSON);
        }
        if (suspended) {
            if (obs.announcedCarbsGrams() > 0.0) {
                suspended = false;
                resumed(obs.minute(), Resumption.PERSON);
                Command bolus = boluses.decide(obs);
                return new Command(bolus.bolusUnits(), null, false, true, Map.of("reason",
                        "meal announced during the suspension: the person resumes; " + bolus.reason()));
            }
            Resume resume = resumeReason(obs, obs.cgmMgDl(), obs.minute() - suspendedAtMinute);
            if (resume != null) {
                suspended = false;
                resumed(obs.minute(), resume.how());
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("reason", resume.reason());
                info.putAll(resume.info());
                return new Command(0, null, false, true, info);
            }
            return Command.none();
        }
        if (obs.announcedCarbsGrams() > 0.0) {
            return boluses.decide(obs);
        }
        // The suspend rule before any automatic correction bolus: never a correction into a predicted low.
        if ("running".equals(obs.pump().status()) && obs.cgmMgDl() != null) {
            String why = suspendReason(obs, obs.cgmMgDl());
            if (why != null) {
                suspended = true;
                suspendedAtMinute = obs.minute();
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("reason", why);
                info.putAll(suspendInfo());
                return new Command(0, null, true, false, info);
            }
        }
        return boluses.decide(obs);
    }
}
