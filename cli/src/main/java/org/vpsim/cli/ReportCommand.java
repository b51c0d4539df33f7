package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vpsim.results.GlucoseUnit;
import org.vpsim.results.comparison.RunMetrics;
import org.vpsim.results.report.HtmlReport;
import org.vpsim.results.parquet.ParquetRows;
import org.vpsim.scenario.evidence.StudyEvidenceRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpsim report RUN_DIR --output report.html}: a self-contained HTML report of a run. */
@Command(name = "report", mixinStandardHelpOptions = true, description = {
        "Write a self-contained HTML report of a run (opens offline): scenario and manifest, per-arm table with "
                + "95%% CIs, AGP per arm, CVGA, time-in-ranges bars and patient traces."})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by 'vpsim run'.")
    Path run;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path output;

    @Mixin
    UnitsOption units;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long bytes;
        try {
            GlucoseUnit unit = units.unit();
            RunMetrics metrics = RunMetrics.load(run, ParquetRows.READER);
            bytes = HtmlReport.write(metrics, ParquetRows.READER, output, unit, new StudyEvidenceRunner()
                    .specFor(metrics.manifest().scenarioName(), metrics.arms()).orElse(null));
        } catch (IllegalArgumentException e) {
            return Failures.message(err, e.getMessage());
        } catch (IOException e) {
            return Failures.message(err, "cannot write the report " + output + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // A damaged or foreign Parquet file: say which run could not be read, without a stack trace.
            return Failures.message(err, "cannot read the run's Parquet files (damaged, or written by another "
                    + "vpsim version? 'vpsim verify' checks a run): " + e.getMessage());
        }
        out.printf("report: %s (%,d bytes)%n", output.toAbsolutePath().normalize(), bytes);
        out.flush();
        return Failures.OK;
    }
}
