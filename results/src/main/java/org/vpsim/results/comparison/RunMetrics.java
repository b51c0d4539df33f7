package org.vpsim.results.comparison;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vpsim.results.EventRow;
import org.vpsim.results.RunDirectory;
import org.vpsim.results.RunReader;
import org.vpsim.results.SummaryBuilder;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.manifest.Manifests;
import org.vpsim.results.manifest.RunManifest;
import java.util.function.Consumer;

/**
 * The per patient × arm metrics of a finished run directory, read back from its files through a
 * {@link RunReader} (the Parquet one is in {@code results-parquet}).
 *
 * <p>Glucose metrics are recomputed from the time series with the same {@link SummaryBuilder} the
 * run uses, but with every reading's timestamp, so the time-based metrics (hypoglycaemic events,
 * nocturnal time below range) are there even when the run's {@code summary.parquet} left them null;
 * therapy totals come from {@code summary.parquet} (the pump's ledger splits basal and bolus, which the
 * time series cannot). Rescue carbohydrate is taken from the summary when it has it, else summed from
 * {@value #RESCUE_EVENT_TYPE} events when the run has any, else null.
 *
 * @param directory the run directory
 * @param manifest  its manifest
 * @param arms      arms in the order of the scenario
 * @param rows      one row per patient × arm × replicate, arm-major in scenario order, patients in cohort order,
 *                  then replicates in order (a study without replicates: every row is replicate 0)
 */
public record RunMetrics(Path directory, RunManifest manifest, List<String> arms, List<SummaryRow> rows) {

    /** Event type of carbohydrate eaten to treat a low. */
    public static final String RESCUE_EVENT_TYPE = "RESCUE_CARBS";

    public RunMetrics {
        arms = List.copyOf(arms);
        rows = List.copyOf(rows);
    }

    /**
     * Reads a run directory.
     *
     * @param reader reads the directory's files
     *
     * @throws IllegalArgumentException when the directory is not a complete run (no manifest, no
     *                                  summary), with the reason in plain words
     * @throws IOException              when a file cannot be read
     */
    public static RunMetrics load(Path directory, RunReader reader) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not a directory");
        }
        if (!RunDirectory.isComplete(directory)) {
            throw new IllegalArgumentException(directory + " is not a complete run directory: it has no "
                    + Manifests.FILE_NAME + " (the run did not finish, or this is not a vpsim output directory)");
        }
        RunManifest manifest = Manifests.read(directory);
        Path summaryFile = RunDirectory.summaryFile(directory);
        if (!Files.isRegularFile(summaryFile)) {
            throw new IllegalArgumentException(directory + " has no " + summaryFile.getFileName());
        }
        Map<String, Map<String, SummaryRow>> written = new LinkedHashMap<>();
        Consumer<SummaryRow> bySummary = s -> written.computeIfAbsent(s.arm(), a -> new LinkedHashMap<>())
                .put(key(s.patient(), s.replicate()), s);
        reader.forEachSummary(summaryFile, bySummary);
        Map<String, Double> rescue = new HashMap<>();
        Path eventsFile = RunDirectory.eventsFile(directory);
        if (Files.isRegularFile(eventsFile)) {
            reader.forEachEvent(eventsFile, (EventRow e) -> {
                if (RESCUE_EVENT_TYPE.equals(e.type()) && e.carbsGrams() != null) {
                    rescue.merge(e.arm() + "\u0000" + key(e.patient(), e.replicate()), e.carbsGrams(), Double::sum);
                }
            });
        }
        List<String> arms = new ArrayList<>(written.keySet());
        List<SummaryRow> rows = new ArrayList<>();
        for (String arm : arms) {
            Map<String, SummaryBuilder> builders = new LinkedHashMap<>();
            List<Path> parts = RunDirectory.timeseriesFiles(directory, arm);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException(directory + " has no time series for arm '" + arm + "'");
            }
            for (Path ts : parts) {
                reader.forEachTimeseries(ts, r -> builders.computeIfAbsent(key(r.patient(), r.replicate()),
                        k -> new SummaryBuilder(arm, r.patient(), r.replicate())).addGlucose(r));
            }
            for (SummaryRow s : written.get(arm).values()) {
                String k = key(s.patient(), s.replicate());
                SummaryBuilder b = builders.get(k);
                if (b == null) {
                    throw new IllegalArgumentException(directory + ": patient " + s.patient()
                            + (s.replicate() == 0 ? "" : " (replicate " + s.replicate() + ")") + " of arm '" + arm
                            + "' has a summary row but no time series");
                }
                SummaryRow recomputed = b.build(s.days());
                Double rescueGrams = s.rescueCarbsGrams() != null ? s.rescueCarbsGrams()
                        : rescue.isEmpty() ? null : rescue.getOrDefault(arm + "\u0000" + k, 0.0);
                rows.add(new SummaryRow(arm, s.patient(), s.replicate(), s.days(), recomputed.plasma(), recomputed.cgm(),
                        s.totalInsulinUnits(), s.totalBasalUnits(), s.totalBolusUnits(), s.totalCarbsGrams(),
                        rescueGrams, s.severeHypoEvents()));
            }
        }
        return new RunMetrics(directory, manifest, arms, rows);
    }

    /** Key of a patient's replicate: a patient name never contains a NUL. */
    private static String key(String patient, int replicate) {
        return patient + "\u0000" + replicate;
    }

    /** The number of Monte Carlo replicates per patient (1 without replicates): the highest replicate + 1. */
    public int replicates() {
        return rows.stream().mapToInt(SummaryRow::replicate).max().orElse(0) + 1;
    }

    /** The rows of one arm, in cohort order (then replicate order). */
    public List<SummaryRow> rowsOf(String arm) {
        return rows.stream().filter(r -> r.arm().equals(arm)).toList();
    }
}
