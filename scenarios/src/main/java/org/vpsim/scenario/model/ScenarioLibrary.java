package org.vpsim.scenario.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The built-in scenarios shipped in the jar ({@code org/vpsim/scenario/builtin/}). */
public final class ScenarioLibrary {
    public static final String DEFAULT = "default-study";
    private static final String ROOT = "/org/vpsim/scenario/builtin/";

    /** Made on first use: its Jackson set-up is not needed to list the library (see {@link #summaries}). */
    private ScenarioReader reader;

    private ScenarioReader reader() {
        if (reader == null) {
            reader = new ScenarioReader();
        }
        return reader;
    }

    /** Names of the built-in scenarios, in the library's order. */
    public List<String> names() {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario index missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The summary of every built-in scenario, in the library's order: from the summaries the build put in the
     * jar when present (see {@link ScenarioSummary}), else (classes run without that build step) by loading
     * each scenario.
     */
    public List<ScenarioSummary> summaries() {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(ROOT + ScenarioSummary.RESOURCE)) {
            if (in == null) {
                return summariesFromScenarios();
            }
            return ScenarioSummary.read(names(), new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary of every built-in scenario made by loading (and so validating) it, in the library's order. */
    List<ScenarioSummary> summariesFromScenarios() {
        return names().stream().map(n -> ScenarioSummary.of(load(n))).collect(Collectors.toList());
    }

    public boolean contains(String name) {
        return names().contains(name);
    }

    /** Loads a built-in scenario by name. */
    public Scenario load(String name) {
        if (!contains(name)) {
            throw new ScenarioException("", "no built-in scenario named '" + name + "'; built-ins: " + names());
        }
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(ROOT + name + ".json")) {
            return reader().read(in, "built-in scenario " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in scenario's file text, as shipped (a file to copy and edit). */
    public String text(String name) {
        if (!contains(name)) {
            throw new ScenarioException("", "no built-in scenario named '" + name + "'; built-ins: " + names());
        }
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(ROOT + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name suffix of a built-in study's evidence spec, next to its scenario. */
    public static final String EVIDENCE_SUFFIX = ".evidence.json";

    /**
     * The text of the evidence spec ({@code NAME.evidence.json}) shipped next to the built-in scenario
     * {@code name}, or empty when the scenario has none (or is not a built-in).
     */
    public java.util.Optional<String> evidenceText(String name) {
        if (!contains(name)) {
            return java.util.Optional.empty();
        }
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(ROOT + name + EVIDENCE_SUFFIX)) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resolves what a user typed: an existing file path, else a built-in name. A value that is
     * neither gets a message naming both possibilities.
     */
    public Scenario resolve(String fileOrName) {
        Path p = Path.of(fileOrName);
        if (Files.isRegularFile(p)) {
            return reader().read(p);
        }
        if (contains(fileOrName)) {
            return load(fileOrName);
        }
        throw new ScenarioException("", "'" + fileOrName + "' is neither a scenario file nor a built-in scenario; built-ins: "
                + names());
    }
}
