package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.pump.device.PumpSpec;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.BasalSegment;
import org.vpsim.scenario.model.DeviceRules;
import org.vpsim.scenario.model.FieldRules;
import org.vpsim.scenario.model.Problem;
import org.vpsim.scenario.model.Problems;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;

/**
 * A scenario checked against everything outside the file: the model registry (the model exists, every
 * cohort entry names a patient or group of it), the device models (the effective pump within
 * {@link DeviceRules}, basal rates within the pump's maximum for every patient) and the controllers. All
 * problems are reported together, in the file's vocabulary. Built before anything runs, so what would stop
 * a run never leaves half a run behind.
 */
public record StudyPlan(Scenario scenario, PatientCohort cohort, List<PatientModel> patients) {

    public static StudyPlan of(Scenario scenario) {
        Problems problems = new Problems();
        PatientCohort cohort;
        try {
            cohort = PatientModels.cohort(scenario.model());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(List.of(new Problem("model", FieldRules.render(scenario.model()),
                    "a known patient model", e.getMessage())));
        }
        Map<String, PatientModel> byName = new LinkedHashMap<>();
        List<String> entries = scenario.cohort().patients();
        for (int i = 0; i < entries.size(); i++) {
            try {
                for (PatientModel p : cohort.resolve(entries.get(i))) {
                    byName.putIfAbsent(p.patientName(), p);
                }
            } catch (IllegalArgumentException e) {
                problems.add("cohort.patients[" + i + "]", entries.get(i), "a patient or group of " + scenario.model(),
                        e.getMessage());
            }
        }
        for (int f = 0; f < scenario.faults().size(); f++) {
            List<String> names = scenario.faults().get(f).patients();
            for (int i = 0; i < names.size(); i++) {
                if (!byName.isEmpty() && !byName.containsKey(names.get(i))) {
                    problems.add("faults[" + f + "].patients[" + i + "]", names.get(i), "a patient of the cohort", "");
                }
            }
        }
        // Devices and controllers are checked now, for every patient, not when a worker meets them: what
        // would stop a run is refused here, with the other problems.
        for (int a = 0; a < scenario.arms().size(); a++) {
            Arm arm = scenario.arms().get(a);
            String armPath = "arms[" + a + "]";
            PumpSpec pump = null;
            try {
                pump = ArmDevices.pumpSpec(arm.pump());
                DeviceRules.checkPump(pump, arm.pump(), armPath + ".pump", problems);
            } catch (IllegalArgumentException e) {
                problems.add(device(armPath, e.getMessage()));
            }
            try {
                ArmDevices.cgmSpec(arm.cgm());
            } catch (IllegalArgumentException e) {
                problems.add(device(armPath + ".cgm", e.getMessage()));
            }
            if (pump != null) {
                checkBasal(arm, armPath, pump, byName.values(), problems);
                if (!byName.isEmpty()) {
                    try {
                        ArmDevices.controller(arm, byName.values().iterator().next().therapy(), pump);
                    } catch (IllegalArgumentException e) {
                        problems.add(armPath + ".controller.type", arm.controller().type(), "a controller this build"
                                + " knows", e.getMessage());
                    }
                }
            }
        }
        problems.throwIfAny();
        return new StudyPlan(scenario, cohort, List.copyOf(new ArrayList<>(byName.values())));
    }

    /** A device model's refusal ({@code field: text}) as a problem under the arm. */
    private static Problem device(String path, String msg) {
        int colon = msg == null ? -1 : msg.indexOf(':');
        return colon > 0 ? Problem.stated(path + "." + msg.substring(0, colon), msg.substring(colon + 1).trim())
                : Problem.stated(path, String.valueOf(msg));
    }

    /** The pump refuses a basal rate above its maximum: check every segment for every patient. */
    private static void checkBasal(Arm arm, String armPath, PumpSpec pump, Iterable<PatientModel> patients,
                                   Problems problems) {
        double max = pump.maxBasalUnitsPerHour();
        List<BasalSegment> segments = arm.pump().basalProfile();
        if (segments.isEmpty()) {
            for (PatientModel p : patients) {
                double own = p.therapy().basalInsulinUnitsPerHour();
                if (own > max) {
                    problems.add(DeviceRules.where(arm.pump(), armPath + ".pump", "maxBasalUnitsPerHour"), max,
                            "at least the own basal rate " + FieldRules.fmt(own) + " U/h of " + p.patientName(), "");
                    return;
                }
            }
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            BasalSegment s = segments.get(i);
            for (PatientModel p : patients) {
                double rate = s.rateUnitsPerHour(p.therapy().basalInsulinUnitsPerHour());
                if (rate > max + 1e-9) {
                    String path = armPath + ".pump.basalProfile[" + i + "]." + (s.unitsPerHour() != null ? "unitsPerHour" : "scale");
                    problems.add(path, s.unitsPerHour() != null ? s.unitsPerHour() : s.scale(),
                            "a rate of at most the pump's maxBasalUnitsPerHour " + FieldRules.fmt(max) + " U/h",
                            s.unitsPerHour() != null ? "" : "for " + p.patientName() + " it gives " + FieldRules.fmt(rate) + " U/h");
                    break;
                }
            }
        }
    }

    /** Patient × arm simulations in the study's output order: arm-major, then cohort order. */
    public int simulations() {
        return patients.size() * scenario.arms().size();
    }
}
