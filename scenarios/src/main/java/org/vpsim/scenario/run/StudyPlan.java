package org.vpsim.scenario.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.TherapySettings;
import org.vpsim.pump.device.PumpSpec;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.BasalSegment;
import org.vpsim.scenario.model.ControllerSettings;
import org.vpsim.scenario.model.DeviceRules;
import org.vpsim.scenario.model.FieldRules;
import org.vpsim.scenario.model.Problem;
import org.vpsim.scenario.model.Problems;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.run.external.ExternalProcessController;

/**
 * A scenario checked against everything outside the file: the model registry (the model exists, every
 * cohort entry names a patient or group of it, a {@code cohort.file} holds patients of that model), the
 * device models (the effective pump within {@link DeviceRules}, basal rates within the pump's maximum for
 * every patient under the scenario's therapy settings) and the controllers (known to the registry, settings
 * accepted by their provider, an external command that exists). All problems are reported together, in the
 * file's vocabulary. Built before anything runs, so what would stop a run never leaves half a run behind.
 */
public record StudyPlan(Scenario scenario, PatientCohort cohort, List<PatientModel> patients, TherapyTable therapies,
                        ControllerRegistry controllers, Path scenarioFolder) {

    /** A built-in scenario (or one whose external commands resolve against the working directory), built-in controllers. */
    public static StudyPlan of(Scenario scenario) {
        return of(scenario, ControllerRegistry.builtIn(), null);
    }

    /**
     * @param controllers    the controllers the arms may name (built-ins and plug-ins)
     * @param scenarioFolder folder of the scenario file, against which relative external commands and a
     *                       relative {@code cohort.file} resolve; null for the working directory
     */
    public static StudyPlan of(Scenario scenario, ControllerRegistry controllers, Path scenarioFolder) {
        Problems problems = new Problems();
        Path folder = scenarioFolder == null ? Path.of("") : scenarioFolder;
        PatientCohort cohort;
        try {
            cohort = PatientModels.cohort(scenario.model());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(List.of(new Problem("model", FieldRules.render(scenario.model()),
                    "a known patient model", e.getMessage())));
        }
        if (!scenario.exercise().isEmpty() && !PatientModels.representsExercise(scenario.model())) {
            problems.add("exercise", scenario.exercise().size() + " session" + (scenario.exercise().size() == 1 ? "" : "s"),
                    "no sessions for " + scenario.model() + ", which does not represent exercise",
                    "only " + String.join(", ", PatientModels.exerciseModelIds()) + " simulates exercise (Roy & Parker"
                            + " 2007); see docs/models-and-devices.md for what each model represents");
        }
        boolean cohortKnown = true;
        if (scenario.cohort().file() != null) {
            try {
                Path file = folder.resolve(scenario.cohort().file());
                checkPatientFile(file);
                PatientCohort fromFile = PatientModels.cohortFromFile(file);
                if (!fromFile.modelId().equals(scenario.model())) {
                    problems.add("cohort.file", scenario.cohort().file(), "a file of " + scenario.model() + " patients"
                            + " (the scenario's model)", "it holds " + fromFile.modelId() + " patients; set \"model\": \""
                            + fromFile.modelId() + "\"");
                    cohortKnown = false;
                }
                cohort = fromFile;
            } catch (IllegalArgumentException e) {
                problems.add("cohort.file", scenario.cohort().file(), "a readable patient file, relative to "
                        + folder.toAbsolutePath().normalize(), e.getMessage());
                cohortKnown = false;
            }
        }
        Map<String, PatientModel> byName = new LinkedHashMap<>();
        List<String> entries = scenario.cohort().patients();
        for (int i = 0; cohortKnown && i < entries.size(); i++) {
            try {
                for (PatientModel p : cohort.resolve(entries.get(i))) {
                    byName.putIfAbsent(p.patientName(), p);
                }
            } catch (IllegalArgumentException e) {
                problems.add("cohort.patients[" + i + "]", entries.get(i), "a patient or group of "
                        + (scenario.cohort().file() == null ? scenario.model() : scenario.cohort().file()), e.getMessage());
            }
        }
        checkPumpFaultsOnPens(scenario, problems);
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
        boolean legacy = "legacy".equals(scenario.deviceCalibration());
        TherapyTable therapies = new TherapyTable(scenario);
        for (int a = 0; a < scenario.arms().size(); a++) {
            Arm arm = scenario.arms().get(a);
            String armPath = "arms[" + a + "]";
            PumpSpec pump = null;
            if (arm.onPens()) {
                checkPenController(arm, armPath, problems);
            } else {
                try {
                    pump = ArmDevices.pumpSpec(arm.pump(), legacy);
                    DeviceRules.checkPump(pump, arm.pump(), armPath + ".pump", problems);
                } catch (IllegalArgumentException e) {
                    problems.add(device(armPath, e.getMessage()));
                }
            }
            try {
                ArmDevices.cgmSpec(arm.cgm());
            } catch (IllegalArgumentException e) {
                String msg = String.valueOf(e.getMessage());
                problems.add(device(msg.startsWith("cgm.") ? armPath : armPath + ".cgm", msg));
            }
            if (pump != null) {
                checkBasal(scenario, arm, armPath, pump, byName.values(), therapies, problems);
                checkManualTherapy(arm, armPath, pump, problems);
            }
            checkController(arm.controller(), armPath + ".controller", controllers, folder, problems);
        }
        long simulations = (long) byName.size() * scenario.arms().size() * scenario.cohort().replicates();
        if (simulations > MAX_SIMULATIONS) {
            problems.add("cohort.replicates", scenario.cohort().replicates(), "at most "
                    + MAX_SIMULATIONS / ((long) byName.size() * scenario.arms().size()) + " for " + byName.size()
                    + " patient(s) × " + scenario.arms().size() + " arm(s) (at most " + MAX_SIMULATIONS
                    + " patient × arm × replicate simulations in one study)", "split the replicates over several"
                    + " studies with different seeds");
        }
        problems.throwIfAny();
        return new StudyPlan(scenario, cohort, List.copyOf(new ArrayList<>(byName.values())), therapies, controllers,
                scenarioFolder == null ? null : scenarioFolder.toAbsolutePath());
    }

    /**
     * Built-in controllers that work by changing the pump's basal (temp basals, suspends): refused on a pen arm,
     * which has no programmable basal. Others (mdi, bolus-calculator, plug-ins, external programs) may run on
     * pens; a temp basal or suspend they ask for there is refused at run time ({@link ControllerLoop}).
     */
    static final java.util.Set<String> PUMP_ONLY_CONTROLLERS = java.util.Set.of("basal-only", "low-glucose-suspend",
            "predictive-low-glucose-suspend", "hybrid-closed-loop");

    /** A pump fault that names a pen arm cannot happen: pens have no infusion set (unnamed, it skips pen arms). */
    private static void checkPumpFaultsOnPens(Scenario scenario, Problems problems) {
        java.util.Set<String> penArms = new java.util.HashSet<>();
        for (Arm arm : scenario.arms()) {
            if (arm.onPens()) {
                penArms.add(arm.name());
            }
        }
        for (int f = 0; f < scenario.faults().size(); f++) {
            var fault = scenario.faults().get(f);
            if ("sensor-dropout".equals(fault.type())) {
                continue;
            }
            for (int i = 0; i < fault.arms().size(); i++) {
                if (penArms.contains(fault.arms().get(i))) {
                    problems.add("faults[" + f + "].arms[" + i + "]", fault.arms().get(i), "an arm with a pump: a "
                            + fault.type() + " is an infusion-set fault and this arm has pens", "");
                }
            }
        }
    }

    private static void checkPenController(Arm arm, String armPath, Problems problems) {
        String type = arm.controller().type();
        if (PUMP_ONLY_CONTROLLERS.contains(type)) {
            problems.add(armPath + ".controller.type", type, "a controller that only boluses, e.g. \"mdi\": \""
                    + type + "\" adjusts a pump's basal and this arm has pens", "");
        }
    }

    /** Largest patient file read: about 38,000 generated UVA/Padova patients (1.7 kB each, measured on a 4-patient file). */
    static final long MAX_PATIENT_FILE_BYTES = 64L << 20;

    /**
     * A patient file must be a regular file of bounded size: a device, a pipe or a huge file would hang or
     * exhaust the heap when read whole.
     */
    private static void checkPatientFile(Path file) {
        try {
            if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + " is not a regular file");
            }
            if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) > MAX_PATIENT_FILE_BYTES) {
                throw new IllegalArgumentException(file + " is larger than " + (MAX_PATIENT_FILE_BYTES >> 20) + " MiB");
            }
        } catch (java.io.IOException | SecurityException | java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The controller: known to the registry, its settings accepted by its provider (each problem under
     * {@code settings.KEY}), it can be built; an external command that exists in the scenario folder or on the PATH.
     */
    private static void checkController(ControllerSettings c, String path, ControllerRegistry controllers, Path folder,
                                        Problems problems) {
        List<Problem> settingsProblems = controllers.validate(c, path);
        problems.addAll(settingsProblems);
        if (c.external()) {
            // A mistyped program or script is found now, not once per patient × arm at run time.
            java.util.Optional<String> found;
            try {
                found = ExternalProcessController.findProblem(c.command(), folder);
            } catch (IllegalArgumentException e) { // a path the file system cannot name, e.g. with a NUL
                found = java.util.Optional.of("command: " + e.getMessage());
            }
            found.ifPresent(msg -> {
                int colon = msg.indexOf(": ");
                problems.add(colon > 0 ? Problem.stated(path + "." + msg.substring(0, colon), msg.substring(colon + 2))
                        : Problem.stated(path + ".command", msg));
            });
        } else if (settingsProblems.isEmpty()) {
            try {
                controllers.create(c, folder, null);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".settings", c.settings(), "settings the controller " + c.type() + " accepts",
                        e.getMessage());
            }
        }
    }

    /** A device model's refusal ({@code field: text}) as a problem under the arm. */
    private static Problem device(String path, String msg) {
        int colon = msg == null ? -1 : msg.indexOf(':');
        return colon > 0 ? Problem.stated(path + "." + msg.substring(0, colon), msg.substring(colon + 1).trim())
                : Problem.stated(path, String.valueOf(msg));
    }

    /**
     * The pump refuses a basal rate above its maximum: check every segment for every patient, on the basal the
     * run will use ({@code therapySettings}). A titrated basal is at most {@link #TITRATED_BASAL_FACTOR} × the
     * published one, so a patient is titrated here only when that bound could cross the maximum.
     */
    private static void checkBasal(Scenario scenario, Arm arm, String armPath, PumpSpec pump,
                                   Iterable<PatientModel> patients, TherapyTable therapies,
                                   Problems problems) {
        double max = pump.maxBasalUnitsPerHour();
        List<BasalSegment> segments = arm.pump().basalProfile();
        if (segments.isEmpty()) {
            for (PatientModel p : patients) {
                double own = ownBasal(scenario, p, 1.0, max, therapies);
                if (own > max + 1e-9) {
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
                double rate = s.unitsPerHour() != null ? s.unitsPerHour()
                        : s.rateUnitsPerHour(ownBasal(scenario, p, s.scale(), max, therapies));
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

    /**
     * Manual therapy the arm's pump would refuse: a temp basal percent above its maxTempBasalPercent, a rate above its
     * maxBasalUnitsPerHour, a temp basal or suspend over 24 h, a bolus above maxBolusUnits or below one increment, an
     * extended part longer than maxExtendedBolusHours. (A percent temp basal whose result exceeds the maximum basal
     * for some patient's profile is refused at run time with a TEMP_BASAL_REFUSED event.)
     */
    private static void checkManualTherapy(Arm arm, String armPath, PumpSpec pump, Problems problems) {
        List<org.vpsim.scenario.model.ManualTherapy> manual = arm.manualTherapy();
        for (int m = 0; m < manual.size(); m++) {
            org.vpsim.scenario.model.ManualTherapy t = manual.get(m);
            String path = armPath + ".manualTherapy[" + m + "].";
            if (t.percent() != null && t.percent() > pump.maxTempBasalPercent() + 1e-9) {
                problems.add(path + "percent", t.percent(), "at most the pump's maxTempBasalPercent "
                        + FieldRules.fmt(pump.maxTempBasalPercent()) + " %", "");
            }
            if (t.unitsPerHour() != null && t.unitsPerHour() > pump.maxBasalUnitsPerHour() + 1e-9) {
                problems.add(path + "unitsPerHour", t.unitsPerHour(), "at most the pump's maxBasalUnitsPerHour "
                        + FieldRules.fmt(pump.maxBasalUnitsPerHour()) + " U/h", "");
            }
            if (t.units() != null && t.units() > pump.maxBolusUnits() + 1e-9) {
                problems.add(path + "units", t.units(), "at most the pump's maxBolusUnits "
                        + FieldRules.fmt(pump.maxBolusUnits()) + " U", "");
            } else if (t.units() != null && t.units() < pump.bolusIncrementUnits() - 1e-9) {
                problems.add(path + "units", t.units(), "at least the pump's bolus increment "
                        + FieldRules.fmt(pump.bolusIncrementUnits()) + " U", "");
            }
            if (t.type().endsWith("-bolus") && t.durationMinutes() != null
                    && t.durationMinutes() > pump.maxExtendedBolusHours() * 60 + 1e-9) {
                problems.add(path + "durationMinutes", t.durationMinutes(), "at most the pump's maxExtendedBolusHours "
                        + FieldRules.fmt(pump.maxExtendedBolusHours()) + " h (" + FieldRules.fmt(
                        pump.maxExtendedBolusHours() * 60) + " min)", "");
            }
        }
    }

    /** Titration bisects the basal on [0, 4 × published] (org.vpsim.patient.titration.Titration). */
    static final double TITRATED_BASAL_FACTOR = 4.0;

    /** The basal rate of {@code p} in the run, computed (and titrated) only when it could exceed {@code limit}. */
    private static double ownBasal(Scenario scenario, PatientModel p, double scale, double limit,
                                   TherapyTable therapies) {
        double published = p.therapy().basalInsulinUnitsPerHour();
        if ("published".equals(scenario.therapySettings()) || published * TITRATED_BASAL_FACTOR * scale <= limit) {
            return published;
        }
        return therapies.of(p).basalInsulinUnitsPerHour();
    }

    /**
     * Most patient × arm × replicate simulations in one study: the task list is indexed by an int, and the
     * manifest, the Spark task Dataset and the progress count stay small (the 30 patients × 4 arms ×
     * 1,000 replicates are 120,000).
     */
    public static final long MAX_SIMULATIONS = 10_000_000;

    /**
     * One simulation of the study: indices into the scenario's arms and {@link #patients()}, and the Monte
     * Carlo replicate.
     */
    public record Task(int arm, int patient, int replicate) {
    }

    /** Patient × arm × replicate simulations of the study. */
    public int simulations() {
        return patients.size() * scenario.arms().size() * scenario.cohort().replicates();
    }

    /**
     * Every simulation in the study's output order — arm-major (scenario order), then patient (cohort order),
     * then replicate — computed from the index, so a large study holds no task list.
     */
    public List<Task> tasks() {
        int replicates = scenario.cohort().replicates();
        int perArm = patients.size() * replicates;
        int size = simulations();
        return new java.util.AbstractList<>() {
            @Override
            public Task get(int i) {
                java.util.Objects.checkIndex(i, size);
                return new Task(i / perArm, (i % perArm) / replicates, i % replicates);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
