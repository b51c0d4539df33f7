package org.vpsim.results.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * What the caller knows about a run and hands to the writer at commit; the writer adds the scenario
 * hash, wall times, row counts and file checksums to make the {@link RunManifest}.
 *
 * @param vpsimVersion       version of the software that ran
 * @param scenarioName       scenario name
 * @param scenario           the scenario as run (after defaults were applied), a JSON object
 * @param studySeed          study seed
 * @param modelId            patient model id, e.g. "uva-padova-2008"
 * @param parameterSetSha256 SHA-256 of the parameter set the cohort was drawn from, lower-case hex
 * @param commandLine        the command line, one argument per element
 * @param threads            worker threads used
 * @param failures           patient × arms that stopped early (controller failures), in output order
 * @param plugins            the controller plug-in jars the run loaded (file name, size, SHA-256), sorted by name
 */
public record RunInfo(
        String vpsimVersion,
        String scenarioName,
        JsonNode scenario,
        long studySeed,
        String modelId,
        String parameterSetSha256,
        List<String> commandLine,
        int threads,
        List<RunFailure> failures,
        List<FileEntry> plugins) {

    /** A run without plug-ins. */
    public RunInfo(String vpsimVersion, String scenarioName, JsonNode scenario, long studySeed, String modelId,
                   String parameterSetSha256, List<String> commandLine, int threads, List<RunFailure> failures) {
        this(vpsimVersion, scenarioName, scenario, studySeed, modelId, parameterSetSha256, commandLine, threads,
                failures, List.of());
    }

    /** A run in which every patient × arm completed. */
    public RunInfo(String vpsimVersion, String scenarioName, JsonNode scenario, long studySeed, String modelId,
                   String parameterSetSha256, List<String> commandLine, int threads) {
        this(vpsimVersion, scenarioName, scenario, studySeed, modelId, parameterSetSha256, commandLine, threads,
                List.of());
    }

    public RunInfo {
        requireNonBlank("vpsimVersion", vpsimVersion);
        requireNonBlank("scenarioName", scenarioName);
        Objects.requireNonNull(scenario, "scenario: null");
        if (!scenario.isObject()) {
            throw new IllegalArgumentException("scenario: a " + scenario.getNodeType() + " is not a JSON object");
        }
        scenario = scenario.deepCopy();
        requireNonBlank("modelId", modelId);
        if (!Sha256.isHex(parameterSetSha256)) {
            throw new IllegalArgumentException("parameterSetSha256: '" + parameterSetSha256
                    + "' is not 64 lower-case hex digits");
        }
        Objects.requireNonNull(commandLine, "commandLine: null");
        commandLine = List.copyOf(commandLine);
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads + " is less than 1");
        }
        failures = failures == null ? List.of() : List.copyOf(failures);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    private static void requireNonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": '" + value + "' is blank");
        }
    }
}
