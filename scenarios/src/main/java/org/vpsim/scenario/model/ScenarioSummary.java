package org.vpsim.scenario.model;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What {@code vpsim scenarios} lists of a built-in scenario: its cohort's patients (or groups), number of arms,
 * duration and description, taken from the validated scenario.
 *
 * <p>The build writes the summaries of all built-ins into the jar ({@link #main}, run by the scenarios module's
 * pom in {@code process-classes}, after the scenario files are copied), because reading and validating twelve
 * scenario files was a third of the main thread's CPU of {@code vpsim scenarios}, and their reader's Jackson
 * set-up another tenth (async-profiler, issue 15 round 3). The file is made from the same files by the same
 * validation, so it says what loading them says; a build that cannot validate a built-in fails.
 */
public record ScenarioSummary(String name, List<String> patients, int armCount, double durationDays,
                              String description) {

    /** Where in the jar the build puts the summaries, next to the scenario files. */
    static final String RESOURCE = "summaries.properties";

    public ScenarioSummary {
        patients = List.copyOf(patients);
    }

    /** The summary of a loaded scenario. */
    public static ScenarioSummary of(Scenario s) {
        return new ScenarioSummary(s.name(), s.cohort().patients(), s.arms().size(), s.durationDays(), s.description());
    }

    /** Writes the summaries of every built-in scenario to the file {@code args[0]} (build step). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ScenarioSummary OUTPUT_FILE");
        }
        List<ScenarioSummary> summaries = new ScenarioLibrary().summariesFromScenarios();
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(summaries, w);
        }
    }

    /**
     * Properties text (one key per line, {@code NAME.field}), sorted and without the date comment that
     * {@link Properties#store} adds, so that the same scenarios give the same bytes.
     */
    static void write(List<ScenarioSummary> summaries, Writer out) throws IOException {
        Properties p = new Properties();
        for (ScenarioSummary s : summaries) {
            p.setProperty(s.name() + ".patients", String.join(",", s.patients()));
            p.setProperty(s.name() + ".arms", Integer.toString(s.armCount()));
            p.setProperty(s.name() + ".durationDays", Double.toString(s.durationDays()));
            p.setProperty(s.name() + ".description", s.description());
        }
        StringWriter text = new StringWriter();
        p.store(text, null);
        String lines = Arrays.stream(text.toString().split("\\R"))
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().collect(Collectors.joining("\n"));
        out.write(lines + "\n");
    }

    /** The summaries of {@code names}, in that order, from the text {@link #write} made. */
    static List<ScenarioSummary> read(List<String> names, Reader in) {
        Properties p = new Properties();
        try {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ScenarioSummary> summaries = new ArrayList<>();
        for (String name : names) {
            String patients = p.getProperty(name + ".patients");
            String arms = p.getProperty(name + ".arms");
            String days = p.getProperty(name + ".durationDays");
            String description = p.getProperty(name + ".description");
            if (patients == null || arms == null || days == null || description == null) {
                throw new IllegalStateException("built-in scenario summaries lack " + name + "; rebuild vpsim");
            }
            summaries.add(new ScenarioSummary(name, List.of(patients.split(",")), Integer.parseInt(arms),
                    Double.parseDouble(days), description));
        }
        return summaries;
    }
}
