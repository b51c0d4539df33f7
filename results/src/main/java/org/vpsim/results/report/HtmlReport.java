package org.vpsim.results.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vpsim.results.EventRow;
import org.vpsim.results.GlucoseUnit;
import org.vpsim.results.RunDirectory;
import org.vpsim.results.RunReader;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.comparison.ArmStatistics;
import org.vpsim.results.comparison.Formats;
import org.vpsim.results.comparison.RunMetrics;
import org.vpsim.results.comparison.SampleSummary;
import org.vpsim.results.manifest.RunManifest;
import org.vpsim.results.metrics.CvgaZone;

/**
 * One self-contained HTML file describing a run: scenario and manifest, the per-arm table with 95 %
 * CIs, an ambulatory glucose profile per arm, the CVGA scatter, stacked time-in-ranges bars and
 * per-patient traces with meals, boluses, suspensions and alarms. Every figure is inline SVG drawn
 * here, styles are inline, and nothing is loaded from elsewhere (no script, no font, no image), so
 * the file opens offline and can be archived with the run.
 *
 * <p>Figure element ids (stable, for tests and links): {@code scenario}, {@code manifest},
 * {@code arm-table}, {@code agp-<i>} per arm (i = 0, 1, … in arm order), {@code cvga}, {@code tir-bars},
 * {@code trace-<k>} per traced patient. Size is bounded: traces are drawn for at most
 * {@value #TRACED_PATIENTS} patients with at most {@value #MAX_TRACE_POINTS} points per line.
 */
public final class HtmlReport {

    /** Patients with a trace figure (the first ones of the cohort). */
    public static final int TRACED_PATIENTS = 4;
    /** Points per trace line at most (longer series are thinned evenly). */
    public static final int MAX_TRACE_POINTS = 1200;
    /** AGP bin width. */
    public static final int AGP_BIN_MINUTES = 15;

    private static final String[] ARM_COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"};
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunMetrics run;
    private final GlucoseUnit unit;
    private final List<ArmStatistics> stats;
    private final Map<String, AgpProfile> agp = new LinkedHashMap<>();
    private final List<String> traced;
    /** arm → patient → rows of traced patients. */
    private final Map<String, Map<String, List<TimeseriesRow>>> traces = new LinkedHashMap<>();
    /** patient → events of traced patients. */
    private final Map<String, List<EventRow>> events = new LinkedHashMap<>();

    /** The study's trial endpoints, or null when the run is not a study with an evidence spec. */
    private final org.vpsim.results.evidence.EvidenceSpec study;

    private HtmlReport(RunMetrics run, RunReader reader, GlucoseUnit unit,
                       org.vpsim.results.evidence.EvidenceSpec study) throws IOException {
        this.run = run;
        this.study = study;
        this.unit = unit;
        this.stats = ArmStatistics.of(run);
        this.traced = run.arms().isEmpty() ? List.of() : run.rowsOf(run.arms().get(0)).stream()
                .map(SummaryRow::patient).distinct().limit(TRACED_PATIENTS).toList();
        for (String p : traced) {
            events.put(p, new ArrayList<>());
        }
        for (String arm : run.arms()) {
            AgpProfile profile = new AgpProfile(AGP_BIN_MINUTES);
            Map<String, List<TimeseriesRow>> byPatient = new LinkedHashMap<>();
            for (Path part : RunDirectory.timeseriesFiles(run.directory(), arm)) {
                reader.forEachTimeseries(part, r -> {
                    // The profile pools every replicate; a trace is one patient's first replicate.
                    profile.add(r.timeMillis(), r.glucoseMgDl());
                    if (r.replicate() == 0 && traced.contains(r.patient())) {
                        byPatient.computeIfAbsent(r.patient(), p -> new ArrayList<>()).add(r);
                    }
                });
            }
            agp.put(arm, profile);
            traces.put(arm, byPatient);
        }
        Path eventsFile = RunDirectory.eventsFile(run.directory());
        if (Files.isRegularFile(eventsFile)) {
            reader.forEachEvent(eventsFile, e -> {
                List<EventRow> list = e.replicate() == 0 ? events.get(e.patient()) : null;
                if (list != null && markerOf(e) != null) {
                    list.add(e);
                }
            });
        }
    }

    /**
     * Writes the report of {@code run} to {@code output} (via a temporary file and a rename).
     *
     * @param reader reads the run's time series and events (for the AGP and the traces)
     * @return the size of the file in bytes
     */
    public static long write(RunMetrics run, RunReader reader, Path output, GlucoseUnit unit) throws IOException {
        return write(run, reader, output, unit, null);
    }

    /**
     * Writes the report with a section of the study's endpoints ({@code study-endpoints}): per arm and the
     * effect, against the published one.
     *
     * @param study the evidence spec of the study the run is, or null for none
     */
    public static long write(RunMetrics run, RunReader reader, Path output, GlucoseUnit unit,
                             org.vpsim.results.evidence.EvidenceSpec study) throws IOException {
        String html = new HtmlReport(run, reader, unit, study).render();
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = output.resolveSibling("." + output.getFileName() + ".tmp");
        Files.write(tmp, html.getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.size(output);
    }

    // ------------------------------------------------------------------ page

    /** The study's endpoints: each arm's mean over patients, the effect and the published effect. */
    private void studyEndpoints(StringBuilder h) {
        List<org.vpsim.results.evidence.EndpointMeasurement> measured =
                org.vpsim.results.evidence.EndpointMeasurement.measure(study, run.rows());
        h.append("<h2>Study endpoints</h2>\n<p><small>").append(esc(study.trial()))
                .append(": effect of arm ").append(esc(study.treatmentArm())).append(" against arm ")
                .append(esc(study.baselineArm()))
                .append(", means over each arm's patients (plasma glucose unless CGM is named). <code>vpsim evidence</code>"
                        + " runs the study over its seeds and gives the verdict (docs/evidence.md).</small></p>\n")
                .append("<table id=\"study-endpoints\"><tr><th>endpoint</th><th>unit</th><th>")
                .append(esc(study.baselineArm())).append("</th><th>").append(esc(study.treatmentArm()))
                .append("</th><th>effect</th><th>published</th></tr>\n");
        for (org.vpsim.results.evidence.EndpointMeasurement m : measured) {
            h.append("<tr><td>").append(esc(m.endpoint().label())).append("</td><td>").append(esc(m.endpoint().unit()))
                    .append("</td><td>").append(org.vpsim.results.evidence.EvidenceText.number(m.baselineMean()))
                    .append("</td><td>").append(org.vpsim.results.evidence.EvidenceText.number(m.treatmentMean()))
                    .append("</td><td>").append(esc(org.vpsim.results.evidence.EvidenceText.effect(m.endpoint(), m.effect())))
                    .append("</td><td>").append(esc(org.vpsim.results.evidence.EvidenceText.published(m.endpoint())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private String render() throws JsonProcessingException {
        RunManifest m = run.manifest();
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>vpsim report: ").append(esc(m.scenarioName())).append("</title>\n<style>")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:24px;")
                .append("color:#222;max-width:1100px}h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;")
                .append("border-bottom:1px solid #ccc}table{border-collapse:collapse;font-size:.85em}")
                .append("td,th{border:1px solid #ddd;padding:3px 6px;text-align:right}th{background:#f4f4f4}")
                .append("td:first-child,th:first-child{text-align:left}small{color:#666}pre{background:#f8f8f8;")
                .append("padding:8px;font-size:.75em;overflow:auto;max-height:400px}figure{margin:12px 0}")
                .append("figcaption{font-size:.85em;color:#444}svg text{font-size:11px;fill:#333}")
                .append(".legend span{display:inline-block;margin-right:14px;font-size:.85em}")
                .append("</style></head><body>\n");
        h.append("<h1>vpsim report: ").append(esc(m.scenarioName())).append("</h1>\n");
        String description = m.scenario().path("description").asText("");
        if (!description.isEmpty()) {
            h.append("<p>").append(esc(description)).append("</p>\n");
        }
        h.append("<p class=\"legend\">");
        for (int i = 0; i < run.arms().size(); i++) {
            h.append("<span><svg width=\"14\" height=\"10\"><rect width=\"14\" height=\"10\" fill=\"")
                    .append(colour(i)).append("\"/></svg> ").append(esc(run.arms().get(i))).append("</span>");
        }
        h.append("</p>\n");

        h.append("<h2>Scenario and manifest</h2>\n<table id=\"manifest\">");
        row(h, "vpsim version", m.vpsimVersion() + " (commit " + (m.vpsimCommit() == null ? "not recorded" : m.vpsimCommit()) + ")");
        row(h, "scenario SHA-256", m.scenarioSha256());
        row(h, "study seed", Long.toString(m.studySeed()));
        row(h, "patient model", m.modelId() + " (parameter set SHA-256 " + m.parameterSetSha256() + ")");
        row(h, "patients × arms", stats.get(0).patients() + " × " + run.arms().size()
                + (stats.get(0).replicates() > 1 ? " × " + stats.get(0).replicates() + " replicates" : ""));
        row(h, "command line", String.join(" ", m.commandLine()));
        row(h, "run", m.startedAtUtc() + " → " + m.finishedAtUtc() + ", " + m.threads() + " thread(s)");
        row(h, "rows", m.rowCounts().timeseriesTotal() + " time series, " + m.rowCounts().events() + " events, "
                + m.rowCounts().summary() + " summary");
        row(h, "files", m.files().size() + " data files with SHA-256 in manifest.json (check with vpsim verify)");
        h.append("</table>\n<details id=\"scenario\"><summary>Scenario as run (JSON)</summary><pre>")
                .append(esc(JSON.writeValueAsString(m.scenario()))).append("</pre></details>\n");

        h.append("<h2>Outcomes per arm</h2>\n");
        armTable(h);
        if (study != null && run.arms().contains(study.baselineArm()) && run.arms().contains(study.treatmentArm())) {
            studyEndpoints(h);
        }
        h.append("<h2>Time in ranges</h2>\n");
        tirBars(h);
        h.append("<h2>Ambulatory glucose profile</h2>\n");
        for (int i = 0; i < run.arms().size(); i++) {
            agpFigure(h, i);
        }
        h.append("<h2>Control variability grid analysis</h2>\n");
        cvga(h);
        h.append("<h2>Patient traces</h2>\n<p><small>The first ").append(traced.size())
                .append(" patients of the cohort; plasma glucose per arm. Markers: ▲ meal (g), ▼ bolus (U, per arm), ")
                .append("◆ alarm or fault, shaded: pump not running (suspended, occluded, empty).</small></p>\n");
        for (int k = 0; k < traced.size(); k++) {
            trace(h, k, traced.get(k));
        }
        h.append("<p><small>Generated by vpsim ").append(esc(m.vpsimVersion()))
                .append(" from ").append(esc(run.directory().getFileName() == null ? run.directory().toString()
                        : run.directory().getFileName().toString()))
                .append(". Glucose in ").append(unit.label())
                .append("; metrics from plasma glucose unless marked CGM.</small></p>\n</body></html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th><td style=\"text-align:left\">").append(esc(v))
                .append("</td></tr>");
    }

    // ------------------------------------------------------------------ table

    private static final List<String> TABLE_METRICS = List.of("mean_glucose_mg_dl", "sd_glucose_mg_dl", "cv_pct",
            "gmi_pct", "tir_70_180_pct", "titr_70_140_pct", "tbr_below_70_pct", "tbr_below_54_pct",
            "tar_above_180_pct", "tar_above_250_pct", "lbgi", "hbgi", "gri", "hypo_events_below_54",
            "nocturnal_tbr_below_70_pct", "nocturnal_tbr_below_54_pct", "cgm_tir_70_180_pct", "cgm_tbr_below_70_pct",
            "cgm_mean_glucose_mg_dl", "total_daily_dose_u", "total_basal_u", "total_bolus_u", "total_carbs_g",
            "rescue_carbs_g");

    private void armTable(StringBuilder h) {
        h.append("<table id=\"arm-table\"><tr><th>metric</th>");
        for (ArmStatistics a : stats) {
            h.append("<th>").append(esc(a.arm())).append(" <small>(n=").append(a.patients())
                    .append(a.replicates() > 1 ? " × " + a.replicates() + " replicates" : "").append(")</small></th>");
        }
        h.append("</tr>\n");
        for (String name : TABLE_METRICS) {
            SummaryColumns.Column c = SummaryColumns.byName(name);
            if (stats.stream().allMatch(a -> a.get(name).n() == 0)) {
                continue;
            }
            String u = Formats.unit(c, unit);
            h.append("<tr><td>").append(esc(c.label())).append(u.isEmpty() || u.equals("%") && c.label().endsWith("%")
                    ? "" : " <small>(" + esc(u) + ")</small>").append("</td>");
            for (ArmStatistics a : stats) {
                SampleSummary s = a.get(name);
                if (s.n() == 0) {
                    h.append("<td>–</td>");
                    continue;
                }
                h.append("<td>").append(fmt(Formats.convert(c, s.mean(), unit))).append(" <small>[")
                        .append(fmt(Formats.convert(c, s.ciLow(), unit))).append(", ")
                        .append(fmt(Formats.convert(c, s.ciHigh(), unit))).append("]<br>median ")
                        .append(fmt(Formats.convert(c, s.median(), unit))).append(" (")
                        .append(fmt(Formats.convert(c, s.q1(), unit))).append("–")
                        .append(fmt(Formats.convert(c, s.q3(), unit))).append(")</small></td>");
            }
            h.append("</tr>\n");
        }
        h.append("<tr><td>CVGA zones</td>");
        for (ArmStatistics a : stats) {
            StringBuilder z = new StringBuilder();
            a.cvgaPlasma().forEach((k, v) -> z.append(z.length() == 0 ? "" : ", ").append(k.label()).append(": ").append(v));
            h.append("<td><small>").append(esc(z.toString())).append("</small></td>");
        }
        h.append("</tr></table>\n<p><small>Mean [t-based 95 % CI] and median (IQR) over patients of each patient's "
                + "metric. Hypoglycaemic events: ≥ 15 min below 54 mg/dL (Battelino 2023). Night: 00:00–06:00.</small></p>\n");
    }

    // ------------------------------------------------------------------ TIR bars

    private void tirBars(StringBuilder h) {
        int w = 760, barH = 28, gap = 14, left = 150;
        int height = stats.size() * (barH + gap) + 40;
        h.append("<figure><svg id=\"tir-bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(w).append(' ').append(height)
                .append("\">");
        String[] colours = {"#8b0000", "#e3342f", "#38a169", "#f6c343", "#ed8936"};
        String[] names = {"<54", "54–69", "70–180", "181–250", ">250"};
        if (unit == GlucoseUnit.MMOL_L) {
            names = new String[] {"<3.0", "3.0–3.8", "3.9–10.0", "10.1–13.9", ">13.9"};
        }
        int y = 10;
        for (ArmStatistics a : stats) {
            double vl = a.get("tbr_below_54_pct").mean();
            double l = a.get("tbr_below_70_pct").mean() - vl;
            double in = a.get("tir_70_180_pct").mean();
            double vh = a.get("tar_above_250_pct").mean();
            double hi = a.get("tar_above_180_pct").mean() - vh;
            double[] parts = {vl, l, in, hi, vh};
            h.append("<text x=\"0\" y=\"").append(y + barH / 2 + 4).append("\">").append(esc(a.arm())).append("</text>");
            double x = left;
            for (int i = 0; i < parts.length; i++) {
                double pw = Math.max(0, parts[i]) / 100.0 * (w - left - 10);
                h.append("<rect x=\"").append(f1(x)).append("\" y=\"").append(y).append("\" width=\"").append(f1(pw))
                        .append("\" height=\"").append(barH).append("\" fill=\"").append(colours[i]).append("\"><title>")
                        .append(names[i]).append(' ').append(unit.label()).append(": ").append(fmt(parts[i]))
                        .append(" %</title></rect>");
                if (pw > 34) {
                    h.append("<text x=\"").append(f1(x + pw / 2 - 14)).append("\" y=\"").append(y + barH / 2 + 4)
                            .append("\" style=\"fill:#fff\">").append(String.format(Locale.ROOT, "%.1f%%", parts[i]))
                            .append("</text>");
                }
                x += pw;
            }
            y += barH + gap;
        }
        double lx = left;
        for (int i = 0; i < names.length; i++) {
            h.append("<rect x=\"").append(f1(lx)).append("\" y=\"").append(y).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colours[i]).append("\"/><text x=\"").append(f1(lx + 14)).append("\" y=\"").append(y + 9)
                    .append("\">").append(esc(names[i])).append("</text>");
            lx += 110;
        }
        h.append("</svg><figcaption>Mean over patients of the percent of time in each range (plasma glucose), "
                + unit.label() + ".</figcaption></figure>\n");
    }

    // ------------------------------------------------------------------ AGP

    private double yMax() {
        return 400;
    }

    private void agpFigure(StringBuilder h, int armIndex) {
        String arm = run.arms().get(armIndex);
        double[][] p = agp.get(arm).percentiles();
        int w = 720, ht = 260, l = 44, r = 10, t = 10, b = 26;
        Plot plot = new Plot(l, w - r, t, ht - b, 0, 24, 0, yMax());
        h.append("<figure><svg id=\"agp-").append(armIndex).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(w).append("\" height=\"").append(ht).append("\" viewBox=\"0 0 ").append(w).append(' ').append(ht)
                .append("\">");
        glucoseAxes(h, plot, 0, 24, 3, "h");
        String c = colour(armIndex);
        band(h, plot, p, 0, 4, c, 0.18);
        band(h, plot, p, 1, 3, c, 0.38);
        StringBuilder median = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i][2])) {
                median.append(f1(plot.x(binCentreHours(i)))).append(',').append(f1(plot.y(p[i][2]))).append(' ');
            }
        }
        h.append("<polyline fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"2\" points=\"")
                .append(median.toString().trim()).append("\"/>");
        h.append("</svg><figcaption>AGP of arm <b>").append(esc(arm)).append("</b>: median (line), 25–75 % and 5–95 % ")
                .append("bands of plasma glucose by time of day over all patients and days (")
                .append(AGP_BIN_MINUTES).append("-min bins), ").append(unit.label()).append(".</figcaption></figure>\n");
    }

    private double binCentreHours(int bin) {
        return (bin + 0.5) * AGP_BIN_MINUTES / 60.0;
    }

    private void band(StringBuilder h, Plot plot, double[][] p, int lo, int hi, String colour, double opacity) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i][hi])) {
                pts.append(f1(plot.x(binCentreHours(i)))).append(',').append(f1(plot.y(p[i][hi]))).append(' ');
            }
        }
        for (int i = p.length - 1; i >= 0; i--) {
            if (!Double.isNaN(p[i][lo])) {
                pts.append(f1(plot.x(binCentreHours(i)))).append(',').append(f1(plot.y(p[i][lo]))).append(' ');
            }
        }
        h.append("<polygon fill=\"").append(colour).append("\" fill-opacity=\"").append(opacity)
                .append("\" stroke=\"none\" points=\"").append(pts.toString().trim()).append("\"/>");
    }

    /** Frame, glucose ticks in the display unit, target range lines and x ticks every {@code xStep}. */
    private void glucoseAxes(StringBuilder h, Plot plot, double x0, double x1, double xStep, String xSuffix) {
        h.append("<rect x=\"").append(plot.left).append("\" y=\"").append(plot.top).append("\" width=\"")
                .append(plot.right - plot.left).append("\" height=\"").append(plot.bottom - plot.top)
                .append("\" fill=\"#fff\" stroke=\"#999\"/>");
        h.append("<rect x=\"").append(plot.left).append("\" y=\"").append(f1(plot.y(180))).append("\" width=\"")
                .append(plot.right - plot.left).append("\" height=\"").append(f1(plot.y(70) - plot.y(180)))
                .append("\" fill=\"#38a169\" fill-opacity=\"0.08\"/>");
        for (double g : new double[] {54, 70, 180, 250}) {
            h.append("<line x1=\"").append(plot.left).append("\" x2=\"").append(plot.right).append("\" y1=\"")
                    .append(f1(plot.y(g))).append("\" y2=\"").append(f1(plot.y(g)))
                    .append("\" stroke=\"").append(g == 70 || g == 180 ? "#38a169" : "#ccc")
                    .append("\" stroke-dasharray=\"4 3\"/>");
        }
        double[] ticks = unit == GlucoseUnit.MG_DL ? new double[] {0, 70, 180, 250, 400}
                : new double[] {0, 3.9, 10.0, 13.9, 22.2};
        for (double tk : ticks) {
            double mg = unit == GlucoseUnit.MG_DL ? tk : tk * SummaryColumns.MG_DL_PER_MMOL_L;
            h.append("<text x=\"").append(plot.left - 4).append("\" y=\"").append(f1(plot.y(mg) + 4))
                    .append("\" text-anchor=\"end\">").append(unit == GlucoseUnit.MG_DL ? String.format(Locale.ROOT, "%.0f", tk)
                            : String.format(Locale.ROOT, "%.1f", tk)).append("</text>");
        }
        for (double x = x0; x <= x1 + 1e-9; x += xStep) {
            // Day axes with sub-day steps are labelled in hours since the start.
            boolean hours = xSuffix.equals("d") && xStep < 1;
            h.append("<text x=\"").append(f1(plot.x(x))).append("\" y=\"").append(plot.bottom + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(String.format(Locale.ROOT, "%.0f", hours ? x * 24 : x)).append(hours ? "h" : xSuffix)
                    .append("</text>");
        }
    }

    // ------------------------------------------------------------------ CVGA

    private void cvga(StringBuilder h) {
        int size = 440, l = 50, r = 10, t = 10, b = 40;
        // x: minimum glucose, drawn reversed from 110 (left) to 50 (right); y: maximum glucose 110–400.
        Plot plot = new Plot(l, size - r, t, size - b, 110, 50, 110, 400);
        h.append("<figure><svg id=\"cvga\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size)
                .append("\" height=\"").append(size).append("\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\">");
        double[] xs = {110, 90, 70, 50};
        double[] ys = {110, 180, 300, 400};
        String[][] fill = {{"#2f9e44", "#8ce99a", "#ffa94d"}, {"#8ce99a", "#b2f2bb", "#ffe066"},
            {"#ffa94d", "#ffe066", "#fa5252"}};
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                CvgaZone z = CvgaZone.of((xs[col] + xs[col + 1]) / 2, (ys[row] + ys[row + 1]) / 2);
                double x0 = plot.x(xs[col]), x1 = plot.x(xs[col + 1]);
                double y0 = plot.y(ys[row + 1]), y1 = plot.y(ys[row]);
                h.append("<rect x=\"").append(f1(x0)).append("\" y=\"").append(f1(y0)).append("\" width=\"")
                        .append(f1(x1 - x0)).append("\" height=\"").append(f1(y1 - y0)).append("\" fill=\"")
                        .append(fill[row][col]).append("\" fill-opacity=\"0.55\" stroke=\"#666\"/>");
                h.append("<text x=\"").append(f1(x0 + 4)).append("\" y=\"").append(f1(y0 + 13)).append("\">")
                        .append(z.label()).append("</text>");
            }
        }
        for (double x : xs) {
            h.append("<text x=\"").append(f1(plot.x(x))).append("\" y=\"").append(plot.bottom + 14)
                    .append("\" text-anchor=\"middle\">").append(tick(x)).append("</text>");
        }
        for (double y : ys) {
            h.append("<text x=\"").append(plot.left - 4).append("\" y=\"").append(f1(plot.y(y) + 4))
                    .append("\" text-anchor=\"end\">").append(tick(y)).append("</text>");
        }
        h.append("<text x=\"").append((plot.left + plot.right) / 2).append("\" y=\"").append(size - 6)
                .append("\" text-anchor=\"middle\">minimum glucose (").append(unit.label()).append(")</text>");
        for (int i = 0; i < run.arms().size(); i++) {
            for (SummaryRow pr : run.rowsOf(run.arms().get(i))) {
                double mn = Math.max(50, Math.min(110, pr.glucose().minMgDl()));
                double mx = Math.max(110, Math.min(400, pr.glucose().maxMgDl()));
                h.append("<circle cx=\"").append(f1(plot.x(mn))).append("\" cy=\"").append(f1(plot.y(mx)))
                        .append("\" r=\"4\" fill=\"").append(colour(i)).append("\" fill-opacity=\"0.8\" stroke=\"#fff\"><title>")
                        .append(esc(pr.patient())).append(pr.replicate() == 0 ? "" : " replicate " + pr.replicate())
                        .append(" (").append(esc(pr.arm())).append("): min ")
                        .append(fmt(unit.fromMgDl(pr.glucose().minMgDl()))).append(", max ")
                        .append(fmt(unit.fromMgDl(pr.glucose().maxMgDl()))).append(", zone ")
                        .append(pr.plasma().cvgaZone().label()).append("</title></circle>");
            }
        }
        h.append("</svg><figcaption>CVGA (Magni et al. 2008): one point per patient × arm at its minimum (x, "
                + "reversed) and maximum (y) plasma glucose over the run, clipped to the grid.</figcaption></figure>\n");
    }

    private String tick(double mgDl) {
        return unit == GlucoseUnit.MG_DL ? String.format(Locale.ROOT, "%.0f", mgDl)
                : String.format(Locale.ROOT, "%.1f", unit.fromMgDl(mgDl));
    }

    // ------------------------------------------------------------------ traces

    private void trace(StringBuilder h, int k, String patient) {
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Map<String, List<TimeseriesRow>> byPatient : traces.values()) {
            List<TimeseriesRow> rows = byPatient.get(patient);
            if (rows != null && !rows.isEmpty()) {
                start = Math.min(start, rows.get(0).timeMillis());
                end = Math.max(end, rows.get(rows.size() - 1).timeMillis());
            }
        }
        if (start == Long.MAX_VALUE) {
            return;
        }
        double days = Math.max((end - start) / 86_400_000.0, 1.0 / 24);
        int w = 1000, ht = 250, l = 44, r = 10, t = 30, b = 26;
        Plot plot = new Plot(l, w - r, t, ht - b, 0, days, 0, yMax());
        h.append("<figure><svg id=\"trace-").append(k).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(w).append("\" height=\"").append(ht).append("\" viewBox=\"0 0 ").append(w).append(' ').append(ht)
                .append("\">");
        double step = days <= 3 ? 0.25 : days <= 8 ? 1 : Math.ceil(days / 10);
        glucoseAxes(h, plot, 0, days, step, "d");
        final long t0 = start;
        int armIndex = 0;
        for (Map.Entry<String, Map<String, List<TimeseriesRow>>> e : traces.entrySet()) {
            List<TimeseriesRow> rows = e.getValue().getOrDefault(patient, List.of());
            String c = colour(armIndex);
            // Pump not running: shade the rows whose status is not RUNNING (suspended, occluded, empty).
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).pumpStatus() != null && !"RUNNING".equals(rows.get(i).pumpStatus())) {
                    int j = i;
                    while (j + 1 < rows.size() && rows.get(j + 1).pumpStatus() != null && !"RUNNING".equals(rows.get(j + 1).pumpStatus())) {
                        j++;
                    }
                    double x0 = plot.x(days(rows.get(i).timeMillis(), t0));
                    double x1 = plot.x(days(j + 1 < rows.size() ? rows.get(j + 1).timeMillis() : rows.get(j).timeMillis(), t0));
                    h.append("<rect x=\"").append(f1(x0)).append("\" y=\"").append(plot.top).append("\" width=\"")
                            .append(f1(Math.max(1, x1 - x0))).append("\" height=\"").append(plot.bottom - plot.top)
                            .append("\" fill=\"").append(c).append("\" fill-opacity=\"0.15\"><title>")
                            .append(esc(e.getKey())).append(": pump ").append(esc(rows.get(i).pumpStatus().toLowerCase(Locale.ROOT)))
                            .append("</title></rect>");
                    i = j;
                }
            }
            int stride = Math.max(1, (rows.size() + MAX_TRACE_POINTS - 1) / MAX_TRACE_POINTS);
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < rows.size(); i += stride) {
                TimeseriesRow row = rows.get(i);
                pts.append(f1(plot.x(days(row.timeMillis(), t0)))).append(',')
                        .append(f1(plot.y(Math.min(yMax(), row.glucoseMgDl())))).append(' ');
            }
            h.append("<polyline fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"1.2\" points=\"")
                    .append(pts.toString().trim()).append("\"><title>").append(esc(e.getKey())).append("</title></polyline>");
            armIndex++;
        }
        for (EventRow ev : events.getOrDefault(patient, List.of())) {
            String kind = markerOf(ev);
            double x = plot.x(days(ev.timeMillis(), t0));
            int ai = Math.max(0, run.arms().indexOf(ev.arm()));
            switch (kind) {
                case "meal" -> {
                    if (ai == 0) { // meals are the same in every arm (common random numbers): draw once
                        double y = plot.bottom - 2;
                        h.append("<path d=\"M").append(f1(x)).append(' ').append(f1(y - 8)).append("l-4 8h8z\" fill=\"#555\"><title>meal ")
                                .append(fmt(ev.carbsGrams() == null ? 0 : ev.carbsGrams())).append(" g</title></path>");
                    }
                }
                case "bolus" -> {
                    double y = plot.top - 22 + 8 * ai;
                    h.append("<path d=\"M").append(f1(x)).append(' ').append(f1(y + 7)).append("l-3 -7h6z\" fill=\"")
                            .append(colour(ai)).append("\"><title>").append(esc(ev.arm())).append(": bolus ")
                            .append(fmt(ev.deliveredUnits() == null ? 0 : ev.deliveredUnits())).append(" U</title></path>");
                }
                default -> {
                    double y = plot.top + 8;
                    h.append("<path d=\"M").append(f1(x)).append(' ').append(f1(y - 5)).append("l5 5l-5 5l-5 -5z\" fill=\"#c00\" stroke=\"")
                            .append(colour(ai)).append("\"><title>").append(esc(ev.arm())).append(": ")
                            .append(esc(ev.type())).append(ev.detail() == null ? "" : " " + esc(ev.detail()))
                            .append("</title></path>");
                }
            }
        }
        h.append("</svg><figcaption><b>").append(esc(patient)).append("</b>: plasma glucose (").append(unit.label())
                .append(") in every arm, time since ").append(Instant.ofEpochMilli(start))
                .append(" (at most ").append(MAX_TRACE_POINTS).append(" points per line).</figcaption></figure>\n");
    }

    /** "meal", "bolus", "alarm" (alarms and faults) or null for events not drawn. */
    private static String markerOf(EventRow e) {
        String t = e.type();
        if (t.equals("MEAL")) {
            return "meal";
        }
        if (t.equals("BOLUS_COMPLETED")) {
            return "bolus";
        }
        if (t.startsWith("ALARM") || t.startsWith("FAULT")) {
            return "alarm";
        }
        return null;
    }

    private static double days(long timeMillis, long t0) {
        return (timeMillis - t0) / 86_400_000.0;
    }

    // ------------------------------------------------------------------ helpers

    /** Linear map from data to SVG coordinates (mg/dL on the y axis: unit conversion is only in labels). */
    private record Plot(double left, double right, double top, double bottom, double x0, double x1, double y0, double y1) {
        double x(double v) {
            return left + (v - x0) / (x1 - x0) * (right - left);
        }

        double y(double v) {
            return bottom - (v - y0) / (y1 - y0) * (bottom - top);
        }
    }

    private static String colour(int i) {
        return ARM_COLOURS[i % ARM_COLOURS.length];
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
