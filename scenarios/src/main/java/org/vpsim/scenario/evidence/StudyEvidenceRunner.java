package org.vpsim.scenario.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vpsim.patient.PatientModel;
import org.vpsim.results.SummaryRow;
import org.vpsim.results.evidence.EndpointMeasurement;
import org.vpsim.results.evidence.EvidenceSpec;
import org.vpsim.results.evidence.EvidenceSpecReader;
import org.vpsim.results.evidence.StudyEvidence;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.run.OrderedParallelMap;
import org.vpsim.scenario.run.PatientSimulation;
import org.vpsim.scenario.run.StudyContext;
import org.vpsim.scenario.run.StudyPlan;
import org.vpsim.scenario.run.StudyRunner;

/**
 * Runs the built-in studies that have an evidence spec, once per seed, and measures their endpoints
 * ({@link StudyEvidence}); {@link org.vpsim.results.evidence.EvidencePage} turns the result into the
 * evidence page. Each run simulates every patient × arm exactly as {@code vpsim run NAME --seed S} does (the same
 * plan, the same per-task function and order as {@link StudyRunner}), keeping only the summary rows: nothing is
 * written to disk.
 */
public final class StudyEvidenceRunner {

    /** Called before each run, for progress lines. */
    @FunctionalInterface
    public interface Progress {
        void starting(String study, long seed, int run, int runs);
    }

    private final ScenarioLibrary library = new ScenarioLibrary();

    /** The built-in studies with an evidence spec, in the library's order. */
    public List<String> studies() {
        List<String> out = new ArrayList<>();
        for (String name : library.names()) {
            if (library.evidenceText(name).isPresent()) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The evidence spec of built-in study {@code name}, checked against its scenario: the spec names the study
     * and two of its arms.
     *
     * @throws IllegalArgumentException naming the study and what is wrong (no such study, no spec, a bad spec)
     */
    public EvidenceSpec spec(String name) {
        Optional<String> text = library.evidenceText(name);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' is not a built-in study with an evidence spec; studies: "
                    + studies());
        }
        String source = "built-in " + name + ScenarioLibrary.EVIDENCE_SUFFIX;
        EvidenceSpec spec = EvidenceSpecReader.read(text.get(), source);
        Scenario scenario = library.load(name);
        if (!spec.study().equals(name)) {
            throw new IllegalArgumentException(source + ": study: found '" + spec.study() + "'; expected '" + name + "'");
        }
        List<String> arms = scenario.arms().stream().map(Arm::name).toList();
        for (String arm : List.of(spec.baselineArm(), spec.treatmentArm())) {
            if (!arms.contains(arm)) {
                throw new IllegalArgumentException(source + ": arm '" + arm + "' is not an arm of the study; its arms: "
                        + arms);
            }
        }
        return spec;
    }

    /**
     * The evidence spec that applies to a run of scenario {@code scenarioName} with {@code arms}: the built-in
     * study's of that name, when it has one and both its arms are among {@code arms}; else empty (a user's file or
     * a study without a spec). {@code vpsim run} prints the endpoints and {@code vpsim report} shows them with it.
     */
    public Optional<EvidenceSpec> specFor(String scenarioName, List<String> arms) {
        if (library.evidenceText(scenarioName).isEmpty()) {
            return Optional.empty();
        }
        EvidenceSpec spec = spec(scenarioName);
        return arms.contains(spec.baselineArm()) && arms.contains(spec.treatmentArm()) ? Optional.of(spec)
                : Optional.empty();
    }

    /**
     * Runs one study over {@code seeds} (the spec's when null).
     *
     * @param threads worker threads of each run (the results do not depend on it)
     */
    public StudyEvidence run(String name, List<Long> seeds, int threads, Progress progress) {
        EvidenceSpec spec = spec(name);
        List<Long> runSeeds = seeds == null ? spec.seeds() : List.copyOf(seeds);
        Scenario scenario = library.load(name);
        List<StudyEvidence.SeedRun> runs = new ArrayList<>();
        int patients = 0;
        for (int i = 0; i < runSeeds.size(); i++) {
            long seed = runSeeds.get(i);
            if (progress != null) {
                progress.starting(name, seed, i + 1, runSeeds.size());
            }
            StudyPlan plan = StudyPlan.of(scenario.withSeed(seed));
            patients = plan.patients().size();
            runs.add(new StudyEvidence.SeedRun(seed, EndpointMeasurement.measure(spec, summaries(name, seed, plan,
                    threads))));
        }
        return new StudyEvidence(spec, scenario.description(), patients, scenario.durationDays(), runs);
    }

    /**
     * The summary rows of one run: every patient × arm simulated by {@link PatientSimulation#run} — the function
     * {@link StudyRunner} (and the Spark application) runs per task — in the same order, without writing files.
     */
    private static List<SummaryRow> summaries(String name, long seed, StudyPlan plan, int threads) {
        List<Task> tasks = new ArrayList<>();
        for (Arm arm : plan.scenario().arms()) {
            for (PatientModel p : plan.patients()) {
                tasks.add(new Task(arm, p));
            }
        }
        StudyContext context = new StudyContext(plan.controllers(), plan.scenarioFolder(), null, plan.therapies());
        List<SummaryRow> rows = new ArrayList<>();
        OrderedParallelMap.run(tasks, threads, t -> PatientSimulation.run(plan.scenario(), t.arm(), t.patient(), context),
                r -> {
                    if (r.failed()) {
                        throw new IllegalStateException(name + " with seed " + seed + ": arm " + r.arm() + ", "
                                + r.patient() + " stopped early: " + r.failure().reason());
                    }
                    rows.add(r.summary());
                });
        return rows;
    }

    private record Task(Arm arm, PatientModel patient) {
    }
}
