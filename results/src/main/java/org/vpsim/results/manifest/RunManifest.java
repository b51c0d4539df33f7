package org.vpsim.results.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * The content of {@code manifest.json}.
 *
 * @param vpsimVersion       version of the software that ran
 * @param vpsimCommit        source commit of the software that ran ({@link BuildInfo}), or "unknown";
 *                           null in manifests written before it was recorded
 * @param scenarioName       scenario name
 * @param scenario           the scenario as run, embedded as a JSON object
 * @param scenarioSha256     SHA-256 of the UTF-8 bytes of {@code scenario} serialised as compact JSON
 *                           (Jackson, fields in their stored order); see {@link Manifests#scenarioSha256}
 * @param studySeed          study seed
 * @param modelId            patient model id
 * @param parameterSetSha256 SHA-256 of the parameter set
 * @param commandLine        command line, one argument per element
 * @param threads            worker threads used
 * @param startedAtUtc       wall time the writer was opened, ISO-8601 UTC
 * @param finishedAtUtc      wall time the run was committed, ISO-8601 UTC
 * @param rowCounts          rows per file
 * @param files              every data file with size and SHA-256, sorted by path
 * @param failures           patient × arms that stopped early; empty when the run is complete
 * @param plugins            controller plug-in jars the run loaded (name, size, SHA-256); empty without plug-ins
 */
public record RunManifest(
        String vpsimVersion,
        String vpsimCommit,
        String scenarioName,
        JsonNode scenario,
        String scenarioSha256,
        long studySeed,
        String modelId,
        String parameterSetSha256,
        List<String> commandLine,
        int threads,
        String startedAtUtc,
        String finishedAtUtc,
        RowCounts rowCounts,
        List<FileEntry> files,
        List<RunFailure> failures,
        List<FileEntry> plugins) {

    public RunManifest {
        Objects.requireNonNull(scenario, "scenario: null");
        if (!Sha256.isHex(scenarioSha256)) {
            throw new IllegalArgumentException("scenarioSha256: '" + scenarioSha256 + "' is not 64 lower-case hex digits");
        }
        Objects.requireNonNull(commandLine, "commandLine: null");
        commandLine = List.copyOf(commandLine);
        Instant start = parseInstant("startedAtUtc", startedAtUtc);
        Instant end = parseInstant("finishedAtUtc", finishedAtUtc);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("finishedAtUtc: " + finishedAtUtc + " is before startedAtUtc " + startedAtUtc);
        }
        Objects.requireNonNull(rowCounts, "rowCounts: null");
        Objects.requireNonNull(files, "files: null");
        files = List.copyOf(files);
        failures = failures == null ? List.of() : List.copyOf(failures);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** Assembles the manifest from the caller's {@link RunInfo} and what the writer measured. */
    public static RunManifest of(RunInfo info, Instant startedAt, Instant finishedAt,
                                 RowCounts rowCounts, List<FileEntry> files) {
        return new RunManifest(info.vpsimVersion(), BuildInfo.current().commit(), info.scenarioName(), info.scenario(),
                Manifests.scenarioSha256(info.scenario()), info.studySeed(), info.modelId(),
                info.parameterSetSha256(), info.commandLine(), info.threads(),
                startedAt.toString(), finishedAt.toString(), rowCounts, files, info.failures(),
                info.plugins());
    }

    private static Instant parseInstant(String field, String value) {
        try {
            return Instant.parse(Objects.requireNonNull(value, field + ": null"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not an ISO-8601 UTC instant", e);
        }
    }
}
