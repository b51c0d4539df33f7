package org.vpsim.results.comparison;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.metrics.CvgaZone;

/**
 * Per-arm aggregate of the per-patient metrics: a {@link SampleSummary} of every
 * {@link SummaryColumns} column over the arm's rows — one per patient, or per patient × Monte Carlo
 * replicate in a study with replicates — and how many rows fall in each CVGA zone. With replicates the
 * sample pools every replicate of every patient, so its CI is that of the mean over the population of
 * patient-runs (each patient weighted by its replicates), not of the cohort's patients alone.
 *
 * @param arm        arm name
 * @param patients   distinct patients in the arm
 * @param replicates Monte Carlo replicates per patient (the highest replicate + 1; 1 without replicates)
 * @param byColumn   summary per column name, in catalogue order
 * @param cvgaPlasma patients per CVGA zone from plasma glucose
 * @param cvgaCgm    patients per CVGA zone from CGM (patients without CGM left out)
 */
public record ArmStatistics(String arm, int patients, int replicates, Map<String, SampleSummary> byColumn,
                            Map<CvgaZone, Integer> cvgaPlasma, Map<CvgaZone, Integer> cvgaCgm) {

    /** The statistics of each arm of a run, in the run's arm order. */
    public static List<ArmStatistics> of(RunMetrics run) {
        List<ArmStatistics> out = new ArrayList<>();
        for (String arm : run.arms()) {
            out.add(of(arm, run.rowsOf(arm)));
        }
        return out;
    }

    public static ArmStatistics of(String arm, List<SummaryRow> rows) {
        Map<String, SampleSummary> byColumn = new LinkedHashMap<>();
        for (SummaryColumns.Column c : SummaryColumns.all()) {
            List<Double> values = new ArrayList<>();
            for (SummaryRow r : rows) {
                values.add(c.of(r));
            }
            byColumn.put(c.name(), SampleSummary.of(values));
        }
        Map<CvgaZone, Integer> plasma = new EnumMap<>(CvgaZone.class);
        Map<CvgaZone, Integer> cgm = new EnumMap<>(CvgaZone.class);
        for (SummaryRow r : rows) {
            plasma.merge(r.plasma().cvgaZone(), 1, Integer::sum);
            if (r.cgm() != null) {
                cgm.merge(r.cgm().cvgaZone(), 1, Integer::sum);
            }
        }
        int patients = (int) rows.stream().map(SummaryRow::patient).distinct().count();
        int replicates = rows.stream().mapToInt(SummaryRow::replicate).max().orElse(0) + 1;
        return new ArmStatistics(arm, patients, replicates, byColumn, plasma, cgm);
    }

    /** How the arm's sample is made up, e.g. {@code 30 patients} or {@code 30 patients × 3 replicates}. */
    public String sampleWords() {
        return patients + " patients" + (replicates > 1 ? " × " + replicates + " replicates" : "");
    }

    public SampleSummary get(String column) {
        SampleSummary s = byColumn.get(column);
        if (s == null) {
            throw new IllegalArgumentException("unknown metric '" + column + "'");
        }
        return s;
    }
}
