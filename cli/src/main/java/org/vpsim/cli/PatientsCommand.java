package org.vpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vpsim patients}: lists built-in patients, or a patient file's, with their key therapy settings. */
@Command(name = "patients", mixinStandardHelpOptions = true,
        description = {"Lists the built-in patients of every model (or of --model), or the patients of a patient "
                + "file (--file), with body weight, basal, carb ratio (CR), correction factor (CF, mg/dL per U), "
                + "total daily insulin and age."})
public final class PatientsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "ID", description = "Only this model's built-in patients.")
    String model;

    @Option(names = "--file", paramLabel = "FILE", description = "A patient file (e.g. from vpsim cohort generate).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PatientCohort> cohorts;
        try {
            if (file != null) {
                PatientCohort c = PatientModels.cohortFromFile(file);
                if (model != null && !model.equals(c.modelId())) {
                    throw new IllegalArgumentException("--model: " + file + " holds " + c.modelId()
                            + " patients, not " + model);
                }
                cohorts = List.of(c);
            } else if (model != null) {
                cohorts = List.of(PatientModels.cohort(model));
            } else {
                cohorts = PatientModels.modelIds().stream().map(PatientModels::cohort).toList();
            }
        } catch (IllegalArgumentException e) {
            err.println("vpsim patients: " + e.getMessage());
            err.flush();
            return Failures.BAD_INPUT;
        }
        for (PatientCohort c : cohorts) {
            out.printf("%s — %d patient(s); groups: %s%n  source: %s%n", c.modelId(), c.patientNames().size(),
                    String.join(", ", c.groupNames()), c.source());
            Map<String, String> groupOf = new HashMap<>();
            for (String g : c.groupNames()) {
                if (!g.equals("all")) {
                    c.resolve(g).forEach(p -> groupOf.putIfAbsent(p.patientName(), g));
                }
            }
            out.println("  " + CohortCommand.HEADER);
            for (PatientModel p : c.resolve("all")) {
                out.println("  " + CohortCommand.line(p.patientName(), groupOf.get(p.patientName()), p.therapy()));
            }
            out.println();
        }
        out.flush();
        return Failures.OK;
    }
}
