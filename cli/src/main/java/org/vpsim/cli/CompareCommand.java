package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vpsim.results.GlucoseUnit;
import org.vpsim.results.comparison.Formats;
import org.vpsim.results.comparison.Gate;
import org.vpsim.results.comparison.RunComparison;
import org.vpsim.results.comparison.RunMetrics;
import org.vpsim.results.parquet.ParquetRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpsim compare BASELINE [CANDIDATE]}: paired comparison of two arms with regression gates. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = {
        "Compare a candidate against a baseline patient by patient: paired differences (candidate - baseline) "
                + "with 95%% CI, Wilcoxon signed-rank and paired t tests.",
        "Arms are paired by name, or chosen with --arms BASELINE_ARM,CANDIDATE_ARM (CANDIDATE may be left out "
                + "to compare two arms of one run).",
        "Exit codes: 0 all gates pass, 1 a --fail-if gate failed, 2 bad input or scenarios that differ in more "
                + "than therapy."})
public final class CompareCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(index = "0", paramLabel = "BASELINE", description = "Baseline run directory.")
    Path baseline;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CANDIDATE",
            description = "Candidate run directory (default: BASELINE, with --arms).")
    Path candidate;

    @Option(names = "--arms", paramLabel = "A,B", split = ",",
            description = "Baseline arm A (in BASELINE) against candidate arm B (in CANDIDATE).")
    List<String> arms;

    @Option(names = "--fail-if", paramLabel = "GATE",
            description = "Fail (exit 1) when the mean paired difference meets the condition, e.g. "
                    + "\"tbr_below_70_pct > +0.5\" (percentage points for %% metrics; mg/dL for glucose). "
                    + "Metric names are the summary's column names. Repeatable.")
    List<String> failIf = new ArrayList<>();

    @Option(names = "--allow-different-scenarios",
            description = "Compare even when the studies differ in more than therapy (the differences are listed).")
    boolean allowDifferentScenarios;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--units", paramLabel = "UNIT", defaultValue = "mg",
            description = "Glucose display unit: mg or mmol (default: ${DEFAULT-VALUE}); gates are in mg/dL.")
    String units;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cand = candidate == null ? baseline : candidate;
        RunComparison comparison;
        List<Gate> gates = new ArrayList<>();
        GlucoseUnit unit;
        try {
            unit = GlucoseUnit.parse(units);
            for (String g : failIf) {
                gates.add(Gate.parse(g));
            }
            if (candidate == null && (arms == null || arms.isEmpty())) {
                throw new IllegalArgumentException("give a CANDIDATE run directory, or --arms BASELINE_ARM,CANDIDATE_ARM "
                        + "to compare two arms of " + baseline);
            }
            RunMetrics b = RunMetrics.load(baseline, ParquetRows.READER);
            RunMetrics c = cand.equals(baseline) ? b : RunMetrics.load(cand, ParquetRows.READER);
            List<String> differences = RunComparison.scenarioDifferences(b, c, arms);
            if (!differences.isEmpty() && !allowDifferentScenarios) {
                err.println("vpsim: refusing to compare: the studies differ in more than therapy "
                        + "(pass --allow-different-scenarios to compare anyway):");
                differences.forEach(d -> err.println("  " + d));
                err.flush();
                return Failures.BAD_INPUT;
            }
            comparison = RunComparison.of(b, c, arms);
        } catch (IllegalArgumentException e) {
            return Failures.message(err, e.getMessage());
        } catch (IOException e) {
            return Failures.message(err, "cannot read a run directory: " + e.getMessage());
        } catch (RuntimeException e) {
            // A damaged or foreign Parquet file: say which run could not be read, without a stack trace.
            return Failures.message(err, "cannot read the run's Parquet files (damaged, or written by another "
                    + "vpsim version? 'vpsim verify' checks a run): " + e.getMessage());
        }
        List<Gate.Outcome> outcomes = comparison.evaluate(gates);
        out.print(format == Format.json
                ? Formats.comparisonJson(baseline.toString(), cand.toString(), comparison.comparisons(), outcomes,
                        comparison.scenarioDifferences(), unit)
                : Formats.comparisonTable(comparison.comparisons(), outcomes, comparison.scenarioDifferences(), unit));
        out.flush();
        List<Gate.Outcome> failed = outcomes.stream().filter(Gate.Outcome::failed).toList();
        if (!failed.isEmpty()) {
            for (Gate.Outcome f : failed) {
                err.printf("vpsim: gate failed: %s (%s → %s: mean difference %s)%n", f.gate().text(),
                        f.baselineArm(), f.candidateArm(), String.format(java.util.Locale.ROOT, "%+.3f", f.meanDifference()));
            }
            err.flush();
            return Failures.FAILED;
        }
        return Failures.OK;
    }
}
