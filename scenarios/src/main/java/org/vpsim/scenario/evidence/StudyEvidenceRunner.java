package org.vpsim.scenario.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.vpsim.results.evidence.EndpointMeasurement;
import org.vpsim.results.evidence.EvidenceSpec;
import org.vpsim.results.evidence.EvidenceSpecReader;
import org.vpsim.results.evidence.StudyEvidence;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.run.StudyPlan;
import org.vpsim.scenario.run.StudyRunner;

/**
 * Runs the built-in studies that have an evidence spec, once per seed, and measures their endpoints
 * ({@link StudyEvidence}); {@link org.vpsim.results.evidence.EvidencePage} turns the result into the
 * evidence page. Each run goes through {@link StudyRunner} exactly as {@code vpsim run NAME --seed S} would,
 * into a temporary directory that is removed afterwards.
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
    public StudyEvidence run(String name, List<Long> seeds, int threads, Progress progress) throws IOException {
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
            Path dir = Files.createTempDirectory("vpsim-evidence-");
            try {
                StudyRunner.Outcome outcome = StudyRunner.run(plan, new StudyRunner.Options(dir.resolve("run"), false,
                        threads, List.of("vpsim", "evidence", "--studies", name), null, null));
                if (outcome.incomplete()) {
                    throw new IllegalStateException(name + " with seed " + seed + ": " + outcome.manifest().failures().size()
                            + " patient × arm run(s) stopped early: " + outcome.manifest().failures().get(0).reason());
                }
                runs.add(new StudyEvidence.SeedRun(seed, EndpointMeasurement.measure(spec, outcome.summaries())));
            } finally {
                deleteTree(dir);
            }
        }
        return new StudyEvidence(spec, scenario.description(), patients, scenario.durationDays(), runs);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
