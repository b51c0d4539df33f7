package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vpsim.results.GlucoseUnit;
import org.vpsim.results.comparison.ArmStatistics;
import org.vpsim.results.comparison.Formats;
import org.vpsim.results.comparison.RunMetrics;
import org.vpsim.results.parquet.ParquetRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpsim metrics RUN_DIR}: the per-arm outcome table of a finished run. */
@Command(name = "metrics", mixinStandardHelpOptions = true, description = {
        "Print the per-arm outcome metrics of a run directory: mean, SD, median, IQR and t-based 95%% CI over "
                + "patients of every summary metric, from plasma glucose and from CGM."})
public final class MetricsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by 'vpsim run'.")
    Path run;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    UnitsOption units;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            GlucoseUnit unit = units.unit();
            RunMetrics metrics = RunMetrics.load(run, ParquetRows.READER);
            List<ArmStatistics> arms = ArmStatistics.of(metrics);
            out.print(switch (format) {
                case table -> Formats.metricsTable(arms, unit);
                case csv -> Formats.metricsCsv(arms, unit);
                case json -> Formats.metricsJson(run.toString(), arms, unit);
            });
            out.flush();
            return Failures.OK;
        } catch (IllegalArgumentException e) {
            return Failures.message(err, e.getMessage());
        } catch (IOException e) {
            return Failures.message(err, "cannot read " + run + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // A damaged or foreign Parquet file: say which run could not be read, without a stack trace.
            return Failures.message(err, "cannot read the run's Parquet files (damaged, or written by another "
                    + "vpsim version? 'vpsim verify' checks a run): " + e.getMessage());
        }
    }
}
