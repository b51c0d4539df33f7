package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.population.PopulationFile;
import org.vpsim.patient.population.PopulationGenerator;
import org.vpsim.patient.population.PopulationModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vpsim cohort}: virtual populations. */
@Command(name = "cohort", description = "Virtual populations sampled from a model's parameter distributions.",
        subcommands = {CohortCommand.Generate.class, CommandLine.HelpCommand.class})
public final class CohortCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Failures.OK;
    }

    /** {@code vpsim cohort generate}: samples N plausible patients into a patient file. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Samples N virtual patients of a model (hovorka-2004: published distributions; "
                    + "uva-padova-2008: multivariate log-normal fitted per age group to the 30 published patients; "
                    + "bergman-minimal: ReplayBG's priors),",
                "rejecting draws without a steady state, with basal outside 0.1-3 U/h or carb ratio outside 2-30 g/U,",
                "and writes them with their provenance (seed, index, attempts) to a patient file that a scenario's "
                    + "cohort.file can name."})
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--model", required = true, paramLabel = "ID", description = "Patient model id.")
        String model;

        @Option(names = "--size", required = true, paramLabel = "N", description = "Number of patients.")
        int size;

        @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed: fixes every draw.")
        long seed;

        @Option(names = "--output", required = true, paramLabel = "FILE", description = "Patient file to write.")
        Path output;

        @Option(names = "--overwrite", description = "Replace an existing file.")
        boolean overwrite;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PopulationModel populationModel;
            try {
                populationModel = PatientModels.population(model);
            } catch (IllegalArgumentException e) {
                return usage(err, "--model: " + e.getMessage());
            }
            if (!populationModel.samples()) {
                return usage(err, "--model: " + model + " has no published population distribution to sample; "
                        + "models that can be sampled: " + String.join(", ", samplable()));
            }
            if (size < 1 || size > 1_000_000) {
                return usage(err, "--size: " + size + " is not between 1 and 1000000");
            }
            Path dir = output.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                return usage(err, "--output: directory " + dir + " does not exist");
            }
            if (Files.exists(output) && !overwrite) {
                return usage(err, "--output: " + output + " already exists; pass --overwrite to replace it");
            }
            long t0 = System.nanoTime();
            PopulationGenerator.Population pop;
            try {
                pop = PopulationGenerator.generate(populationModel, size, seed);
            } catch (RuntimeException e) {
                err.println("vpsim cohort generate: " + e.getMessage());
                return Failures.FAILED;
            }
            List<String> args = new ArrayList<>();
            args.add("vpsim");
            args.addAll(spec.commandLine().getParseResult().originalArgs());
            try {
                PopulationFile.write(output, pop, String.join(" ", args));
            } catch (IOException e) {
                err.println("vpsim cohort generate: cannot write " + output + ": " + e.getMessage());
                return Failures.FAILED;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            int rejected = 0;
            for (int r : pop.rejections()) {
                rejected += r;
            }
            out.printf("vpsim cohort generate: %d %s patients (seed %d) -> %s in %.1f s%n", size, model, seed, output,
                    seconds);
            out.printf("  rejected draws: %d (", rejected);
            for (int i = 0; i < pop.rejections().length; i++) {
                out.printf("%s%s %d", i == 0 ? "" : ", ",
                        PopulationGenerator.Population.REJECTION_REASONS[i], pop.rejections()[i]);
            }
            out.println(")");
            double[] basal = pop.patients().stream()
                    .mapToDouble(a -> a.candidate().model().therapy().basalInsulinUnitsPerHour()).sorted().toArray();
            double[] cr = pop.patients().stream()
                    .mapToDouble(a -> a.candidate().model().therapy().carbRatioGramsPerUnit()).sorted().toArray();
            out.printf("  basal U/h: median %.3f (%.3f-%.3f); carb ratio g/U: median %.1f (%.1f-%.1f)%n",
                    basal[basal.length / 2], basal[0], basal[basal.length - 1], cr[cr.length / 2], cr[0],
                    cr[cr.length - 1]);
            out.flush();
            return Failures.OK;
        }

        private static List<String> samplable() {
            List<String> ids = new ArrayList<>();
            for (String id : PatientModels.modelIds()) {
                if (PatientModels.population(id).samples()) {
                    ids.add(id);
                }
            }
            return ids;
        }

        private static int usage(PrintWriter err, String message) {
            err.println("vpsim cohort generate: " + message);
            err.flush();
            return Failures.BAD_INPUT;
        }
    }

    /** One line of a patient listing (shared with {@code vpsim patients}). */
    static String line(String name, String group, TherapySettings t) {
        return String.format("%-22s %-12s %7.1f %8.3f %7.1f %7.1f %7.1f %5s", name, group == null ? "" : group,
                t.bodyWeightKg(), t.basalInsulinUnitsPerHour(), t.carbRatioGramsPerUnit(),
                t.correctionFactorMgDlPerUnit(), t.totalDailyInsulinUnits(),
                Double.isNaN(t.ageYears()) ? "-" : String.format("%.0f", t.ageYears()));
    }

    static final String HEADER = String.format("%-22s %-12s %7s %8s %7s %7s %7s %5s", "patient", "group", "BW kg",
            "basal U/h", "CR g/U", "CF", "TDI U", "age");
}
