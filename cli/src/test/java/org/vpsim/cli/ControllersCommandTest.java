package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllersCommandTest {
    @TempDir
    Path tmp;

    @Test
    void listsEveryBuiltInControllerAndExternal() {
        RunCommandTest.Outcome r = RunCommandTest.vpsim("controllers");
        assertEquals(0, r.exit(), r.err());
        for (String id : new String[] {"bolus-calculator", "basal-only", "external"}) {
            assertTrue(r.out().contains(id + " "), r.out());
        }
    }

    @Test
    void pluginJarsAddTheirControllersToTheList() throws Exception {
        RunCommandTest.Outcome r = RunCommandTest.vpsim("controllers", "--plugins",
                ExternalControllerStudyTest.pluginsFolder(tmp).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("example-bolus-lgs "), r.out());
        assertTrue(r.out().contains("bolus-calculator "), r.out());
    }

    @Test
    void aMissingPluginFolderIsRefusedInPlainWords() {
        RunCommandTest.Outcome r = RunCommandTest.vpsim("controllers", "--plugins", tmp.resolve("nope").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--plugins"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private Path scenarioWithController(String controllerJson) throws Exception {
        Path f = tmp.resolve("s.json");
        Files.writeString(f, """
                {"name": "c", "durationDays": 1, "seed": 1, "cohort": {"patients": ["adult#001"]},
                 "arms": [{"name": "a", "controller": %s}]}
                """.formatted(controllerJson));
        return f;
    }

    @Test
    void unknownControllerTypeIsRefusedWithItsFieldPath() throws Exception {
        RunCommandTest.Outcome r = RunCommandTest.vpsim("validate", scenarioWithController("{\"type\": \"oref9\"}").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("arms[0].controller.type: found \"oref9\"; expected a known controller"), r.err());
        assertTrue(r.err().contains("bolus-calculator"), "lists what is known: " + r.err());
    }

    @Test
    void everyBadControllerSettingIsNamedWithItsPathBeforeAnythingRuns() throws Exception {
        Path out = tmp.resolve("out");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", scenarioWithController(
                "{\"type\": \"bolus-calculator\", \"settings\": {\"targetMgDl\": 500, \"iobSubtraktion\": \"total\"}}").toString(),
                "--output", out.toString(), "--no-progress");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("arms[0].controller.settings.targetMgDl: found 500"), r.err());
        assertTrue(r.err().contains("arms[0].controller.settings.iobSubtraktion"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out.resolve("manifest.json")));
    }
}
