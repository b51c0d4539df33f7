package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.cli.RunCommandTest.Outcome;
import org.vpsim.scenario.model.ScenarioSchema;
import picocli.CommandLine;

/** The command line as a user meets the scenario protocol: show, validate, run, help, errors in plain words. */
class ScenarioProtocolTest {
    @TempDir
    Path tmp;

    private static Outcome vpsim(String... args) {
        return RunCommandTest.vpsim(args);
    }

    /** Text a user must never see. */
    private static void plain(String text) {
        assertFalse(text.matches("(?s).*(java\\.|jackson|fasterxml|Exception|\\bat org\\.|`).*"), text);
    }

    @Test
    void aShownBuiltInValidatesAndRuns() throws Exception {
        Outcome show = vpsim("scenarios", "show", "default-study");
        assertEquals(0, show.exit(), show.err());
        Path s = tmp.resolve("s.json");
        Files.writeString(s, show.out());
        Outcome v = vpsim("validate", s.toString());
        assertEquals(0, v.exit(), v.err());
        Outcome run = vpsim("run", s.toString(), "--days", "1", "--patients", "adult#001",
                "--output", tmp.resolve("out").toString(), "--no-progress");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(tmp.resolve("out").resolve("manifest.json")));
    }

    @Test
    void schemaCommandPrintsThePublishedSchema() {
        Outcome o = vpsim("scenarios", "schema");
        assertEquals(0, o.exit());
        assertEquals(ScenarioSchema.jsonSchemaText(), o.out().replace("\r\n", "\n"));
    }

    @Test
    void helpWorksOnEveryCommand() {
        CommandLine root = VpsimCommand.newCommandLine();
        int checked = 0;
        for (List<String> path : commands(root, List.of())) {
            String[] args = java.util.stream.Stream.concat(path.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            Outcome o = vpsim(args);
            assertEquals(0, o.exit(), String.join(" ", args) + ": " + o.err());
            assertTrue(o.out().startsWith("Usage: vpsim"), String.join(" ", args) + ": " + o.out());
            checked++;
        }
        assertTrue(checked >= 8, checked + " commands");
    }

    private static List<List<String>> commands(CommandLine cmd, List<String> prefix) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (var e : cmd.getSubcommands().entrySet()) {
            if (e.getValue().getCommand() instanceof CommandLine.HelpCommand) {
                continue;
            }
            List<String> p = new java.util.ArrayList<>(prefix);
            p.add(e.getKey());
            out.add(p);
            out.addAll(commands(e.getValue(), p));
        }
        return out;
    }

    @Test
    void overrideErrorsNameTheOptionAsTyped() {
        Outcome days = vpsim("validate", "default-study", "--days", "1e9");
        assertEquals(2, days.exit());
        assertTrue(days.err().contains("--days"), days.err());
        assertFalse(days.err().contains("durationDays"), days.err());
        Outcome patients = vpsim("validate", "default-study", "--patients", "adult#001,nobody");
        assertEquals(2, patients.exit());
        assertTrue(patients.err().contains("--patients"), patients.err());
        Outcome notANumber = vpsim("validate", "default-study", "--seed", "1.5");
        assertEquals(2, notANumber.exit());
        assertTrue(notANumber.err().contains("'1.5' is not a whole number"), notANumber.err());
        plain(notANumber.err());
    }

    @Test
    void theReportedBadCasesAreCleanRefusalsWithExitTwo() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String base = vpsim("scenarios", "show", "reference-day").out();
        List<String> edits = List.of(
                "/arms/0/pump:{\"maxBasalUnitsPerHour\": 3, \"basalProfile\": [{\"start\": \"00:00\", \"unitsPerHour\": 5}]}",
                "/arms/0/pump:{\"pulseUnits\": 1e308}",
                "/arms/0/pump:{\"pulseUnits\": 1e-9}",
                "/start:\"-999999999-01-01T00:00:00Z\"",
                "/seed:1.5",
                "/meals/bolusOffsetMinutes:1.5",
                "/faults:[{\"type\": \"occlusion\", \"atHours\": 1000}]",
                "/arms/0/pump:{\"lowReservoirAlertUnits\": 400}",
                "/cohort:null");
        for (String edit : edits) {
            int colon = edit.indexOf(':');
            String[] at = edit.substring(1, colon).split("/");
            ObjectNode doc = (ObjectNode) m.readTree(base);
            com.fasterxml.jackson.databind.JsonNode parent = doc;
            for (int i = 0; i < at.length - 1; i++) {
                com.fasterxml.jackson.databind.JsonNode next = at[i].matches("\\d+")
                        ? parent.get(Integer.parseInt(at[i])) : parent.get(at[i]);
                parent = next != null ? next : ((ObjectNode) parent).putObject(at[i]);
            }
            ((ObjectNode) parent).set(at[at.length - 1], m.readTree(edit.substring(colon + 1)));
            Path f = tmp.resolve("bad.json");
            Files.writeString(f, m.writeValueAsString(doc));
            Outcome v = vpsim("validate", f.toString());
            assertEquals(2, v.exit(), edit + ": " + v.out() + v.err());
            assertTrue(v.err().matches("(?s)vpsim: .*[a-z]+(\\[\\d+])?[.:].*"), v.err());
            plain(v.err());
            Outcome r = vpsim("run", f.toString(), "--output", tmp.resolve("never").toString(), "--no-progress");
            assertEquals(2, r.exit(), edit);
            assertFalse(Files.exists(tmp.resolve("never")), edit + ": run wrote output");
        }
        for (String text : List.of("", "null", "{} {}", "\u0000\u0001garbage")) {
            Path f = tmp.resolve("odd.json");
            Files.writeString(f, text);
            Outcome v = vpsim("validate", f.toString());
            assertEquals(2, v.exit(), "'" + text + "'");
            plain(v.err());
        }
    }
}
