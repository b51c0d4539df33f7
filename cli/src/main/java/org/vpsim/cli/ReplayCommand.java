package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vpsim.patient.MinuteInput;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.Replay;
import org.vpsim.patient.ReplayRow;
import org.vpsim.patient.replay.ReplayCsv;
import org.vpsim.patient.replay.ReplayInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vpsim replay}: runs one patient from its steady state under an explicit per-minute input
 * sequence and writes the minute-by-minute trajectory (the reference-parity harness as a tool).
 * Parsing and IO live in {@link ReplayCsv}; exit code 2 for bad input, 1 for other failures.
 */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replays per-minute inputs on one virtual patient from its steady state.",
            "IN.csv: header with columns cho_g_per_min (g/min) and insulin_u_per_min (U/min; optional 'minute');"
                + " row t holds the inputs over [t, t+1); a row with empty inputs ends the input.",
            "OUT.csv: minute,bg_plasma_mg_dl,gsub_mg_dl,x0..x(n-1) (the model's n states) for minutes 0..N."
        })
public final class ReplayCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_FAILURE = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "NAME",
            description = "Patient name, e.g. adult#001 (uva-padova-2008) or nominal (hovorka-2004, bergman-minimal).")
    String patient;

    @Option(names = "--inputs", required = true, paramLabel = "IN.csv", description = "Per-minute inputs.")
    Path inputs;

    @Option(names = "--output", required = true, paramLabel = "OUT.csv", description = "Trajectory to write.")
    Path output;

    @Option(names = "--model", paramLabel = "ID", defaultValue = PatientModels.DEFAULT_MODEL_ID,
            description = "Patient model id: uva-padova-2008 (default), hovorka-2004, bergman-minimal.")
    String model;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PatientModel patientModel;
        List<MinuteInput> minuteInputs;
        try {
            patientModel = PatientModels.create(model, patient);
            minuteInputs = ReplayCsv.readInputs(inputs);
        } catch (IllegalArgumentException | ReplayInputException e) {
            err.println("vpsim replay: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        Path dir = output.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            err.println("vpsim replay: output directory " + dir + " does not exist");
            return EXIT_BAD_INPUT;
        }
        try {
            List<ReplayRow> rows = Replay.run(patientModel, minuteInputs);
            ReplayCsv.writeRows(output, rows);
            spec.commandLine().getOut().println("vpsim replay: " + patientModel.modelId() + " " + patient + ", "
                    + minuteInputs.size() + " minutes -> " + output);
            return 0;
        } catch (IOException e) {
            err.println("vpsim replay: cannot write " + output + ": " + e);
            return EXIT_FAILURE;
        } catch (org.vpsim.core.ode.IntegrationException e) {
            err.printf("vpsim replay: the patient model cannot be integrated at minute %.3f of %s (%s); the inputs"
                    + " up to that minute are more than the model can describe%n", e.time(), inputs, e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("vpsim replay: simulation failed: " + e.getMessage());
            return EXIT_FAILURE;
        }
    }
}
