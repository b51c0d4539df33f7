package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vpsim.results.evidence.EvidencePage;
import org.vpsim.results.evidence.EvidenceText;
import org.vpsim.results.evidence.StudyEvidence;
import org.vpsim.scenario.evidence.StudyEvidenceRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vpsim evidence}: runs the built-in studies over their seeds and writes the evidence page. */
@Command(name = "evidence", mixinStandardHelpOptions = true, description = {
        "Run every built-in study that has an evidence spec (NAME.evidence.json) once per seed of its spec, measure"
                + " its endpoints, judge each against the published effect and write the evidence page."})
public final class EvidenceCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "docs/evidence.md",
            description = "The Markdown page to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--studies", paramLabel = "a,b", split = ",",
            description = "Only these studies (default: every built-in study with an evidence spec).")
    List<String> studies;

    @Option(names = "--seeds", paramLabel = "1,2,3", split = ",",
            description = "Run these seeds instead of each spec's own (a quick look; the checked-in page uses the specs').")
    List<Long> seeds;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads per run (default: all cores).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StudyEvidenceRunner runner = new StudyEvidenceRunner();
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<String> names = studies == null ? runner.studies() : studies.stream().map(String::trim).toList();
        try {
            if (nThreads < 1) {
                throw new IllegalArgumentException("--threads: " + nThreads + " must be at least 1");
            }
            if (seeds != null && (seeds.isEmpty() || seeds.stream().distinct().count() != seeds.size())) {
                throw new IllegalArgumentException("--seeds: " + seeds + " must list distinct seeds");
            }
            for (String n : names) {
                runner.spec(n);
            }
        } catch (IllegalArgumentException e) {
            return Failures.message(err, e.getMessage());
        }
        List<StudyEvidence> results = new ArrayList<>();
        try {
            for (String n : names) {
                long t0 = System.nanoTime();
                StudyEvidence ev = runner.run(n, seeds, nThreads, (study, seed, i, k) -> {
                    err.printf("vpsim: %s seed %d (%d of %d)%n", study, seed, i, k);
                    err.flush();
                });
                results.add(ev);
                out.printf("%s (%.1f s for %d seed(s)):%n", n, (System.nanoTime() - t0) / 1e9, ev.runs().size());
                for (StudyEvidence.EndpointEvidence e : ev.endpoints()) {
                    out.printf("  %-44s published %-16s measured %-16s %s%n", e.endpoint().label(),
                            EvidenceText.published(e.endpoint()), EvidenceText.effect(e.endpoint(), e.effectMean()),
                            e.verdict().words());
                }
                out.flush();
            }
            EvidencePage.write(results, output);
        } catch (IOException | RuntimeException e) {
            err.println("vpsim: evidence failed, " + output + " not written: " + e.getMessage());
            err.flush();
            return Failures.FAILED;
        }
        out.println("evidence page: " + output.toAbsolutePath().normalize());
        out.flush();
        return Failures.OK;
    }
}
