package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vpsim.pump.accuracy.BolusAccuracyRow;
import org.vpsim.pump.accuracy.PumpAccuracyStudy;
import org.vpsim.pump.accuracy.TrumpetCurve;
import org.vpsim.pump.accuracy.TrumpetRow;
import org.vpsim.pump.accuracy.WindowErrorStatistics;
import org.vpsim.pump.device.PumpSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vpsim pump-accuracy}: the pump alone on a bench, measured as IEC 60601-2-24 does
 * (trumpet curve of basal delivery; optionally N weighed boluses). Thin: all work is in
 * {@link PumpAccuracyStudy}.
 */
@Command(name = "pump-accuracy",
        mixinStandardHelpOptions = true,
        description = {"Measures the pump model's delivery accuracy like IEC 60601-2-24: runs the pump alone on a "
                + "basal rate, samples delivered insulin every 30 s and writes DIR/trumpet.csv "
                + "(window_min,max_error_pct,min_error_pct,mean_error_pct for 2, 5, 11, 19, 31, 60 min windows); "
                + "with --bolus also DIR/bolus.csv (requested,delivered,error_pct)."})
public final class PumpAccuracyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rate", required = true, paramLabel = "U_PER_H", description = "Programmed basal rate (U/h).")
    double rateUnitsPerHour;

    @Option(names = "--hours", required = true, paramLabel = "H",
            description = "Test length in hours, including the stabilisation period.")
    double hours;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Option(names = "--stabilisation-hours", paramLabel = "H", defaultValue = "1",
            description = "Initial period excluded from the analysis (default: ${DEFAULT-VALUE}; 24 for the "
                    + "ambulatory-pump practice).")
    double stabilisationHours;

    @Option(names = "--bolus", paramLabel = "U", description = "Also weigh boluses of this size (U).")
    Double bolusUnits;

    @Option(names = "--count", paramLabel = "N", defaultValue = "25",
            description = "Number of boluses with --bolus (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PumpSpec pump = PumpSpec.minimed7xx();
        TrumpetCurve curve;
        List<BolusAccuracyRow> boluses = null;
        try {
            curve = PumpAccuracyStudy.trumpet(pump, rateUnitsPerHour, hours, stabilisationHours, seed);
            if (bolusUnits != null) {
                boluses = PumpAccuracyStudy.bolusAccuracy(pump, bolusUnits, count, seed);
            }
        } catch (IllegalArgumentException e) {
            // picocli prints the message and the usage, and exits with code 2
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            Files.createDirectories(output);
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(output.resolve("trumpet.csv"),
                    StandardCharsets.UTF_8))) {
                w.print("window_min,max_error_pct,min_error_pct,mean_error_pct\n");
                for (TrumpetRow r : curve.rows()) {
                    w.printf(Locale.ROOT, "%d,%.4f,%.4f,%.4f%n", r.windowMinutes(), r.maxErrorPct(),
                            r.minErrorPct(), r.meanErrorPct());
                }
            }
            if (boluses != null) {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(output.resolve("bolus.csv"),
                        StandardCharsets.UTF_8))) {
                    w.print("requested,delivered,error_pct\n");
                    for (BolusAccuracyRow r : boluses) {
                        w.printf(Locale.ROOT, "%.4f,%.6f,%.4f%n", r.requestedUnits(), r.deliveredUnits(), r.errorPct());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + output, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "overall mean error at %.3f U/h over %.1f h (after %.1f h stabilisation): %+.3f %%%n",
                curve.rateUnitsPerHour(), hours - stabilisationHours, stabilisationHours, curve.overallMeanErrorPct());
        WindowErrorStatistics w1 = curve.oneHourWindows();
        out.printf(Locale.ROOT, "1-h windows (%d): mean error %+.2f %%, SD %.2f %%, %.1f %% within +/-15 %%%n",
                w1.windows(), w1.meanErrorPct(), w1.sdErrorPct(), w1.within15Pct());
        if (boluses != null) {
            double mean = boluses.stream().mapToDouble(BolusAccuracyRow::errorPct).average().orElse(Double.NaN);
            out.printf(Locale.ROOT, "bolus %.3f U x %d: mean error %+.3f %%%n", bolusUnits, boluses.size(), mean);
        }
        out.printf("wrote %s%n", output.toAbsolutePath());
        out.flush();
        return 0;
    }
}
