package org.vpsim.cli;

import java.io.PrintWriter;
import java.util.List;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.metrics.GlucoseMetrics;
import org.vpsim.scenario.model.Arm;

/** Prints the per-arm cohort summary at the end of a run: means over patients of each metric. */
final class SummaryTable {
    private SummaryTable() {
    }

    static void print(PrintWriter out, List<SummaryRow> rows, List<Arm> arms) {
        out.printf("%n%-24s %8s %8s %8s %8s %8s %8s %8s %6s %6s %10s%n", "arm", "patients", "mean", "TIR%",
                "TBR<70%", "TBR<54%", "TAR>180%", "CV%", "LBGI", "HBGI", "insulin/d");
        for (Arm arm : arms) {
            List<SummaryRow> a = rows.stream().filter(r -> r.arm().equals(arm.name())).toList();
            if (a.isEmpty()) {
                continue;
            }
            // Patients counted once; with replicates the means run over every patient × replicate.
            out.printf("%-24s %8d %8.1f %8.1f %8.2f %8.2f %8.1f %8.1f %6.2f %6.2f %10.1f%n", arm.name(),
                    a.stream().map(SummaryRow::patient).distinct().count(),
                    mean(a, GlucoseMetrics::meanMgDl), mean(a, GlucoseMetrics::tir70To180Pct),
                    mean(a, GlucoseMetrics::tbrBelow70Pct), mean(a, GlucoseMetrics::tbrBelow54Pct),
                    mean(a, GlucoseMetrics::tarAbove180Pct), mean(a, GlucoseMetrics::cvPct),
                    mean(a, GlucoseMetrics::lbgi), mean(a, GlucoseMetrics::hbgi),
                    a.stream().mapToDouble(r -> r.totalInsulinUnits() / r.days()).average().orElse(Double.NaN));
        }
        boolean replicated = rows.stream().anyMatch(r -> r.replicate() > 0);
        out.println(replicated
                ? "(means over patients and Monte Carlo replicates of each patient × replicate's metric; glucose is plasma"
                        + " glucose, mg/dL)"
                : "(means over patients of each patient's metric; glucose is plasma glucose, mg/dL)");
    }

    private static double mean(List<SummaryRow> rows, java.util.function.ToDoubleFunction<GlucoseMetrics> f) {
        return rows.stream().mapToDouble(r -> f.applyAsDouble(r.glucose())).average().orElse(Double.NaN);
    }
}
