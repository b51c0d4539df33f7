package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.scenario.evidence.StudyEvidenceRunner;

/**
 * The evidence page stays true: one study's section regenerated with its spec's seeds is byte for byte the
 * checked-in one, and every built-in study with an evidence spec has a section. Also the study endpoints at the
 * end of {@code vpsim run} and in the report, and bad input to {@code vpsim evidence}.
 */
class EvidenceCommandTest {

    /** The study regenerated here: the cheapest one (20 patients × 2 arms × 14 days × 5 seeds). */
    private static final String STUDY = "closed-loop-vs-sap";
    private static final Path PAGE = Path.of("..", "docs", "evidence.md");

    @TempDir
    Path dir;

    private static String section(String page, String study) {
        String head = "\n## `" + study + "`";
        int start = page.indexOf(head);
        assertTrue(start >= 0, "no section for " + study);
        int end = page.indexOf("\n## ", start + head.length());
        return page.substring(start, end < 0 ? page.length() : end);
    }

    @Test
    void oneStudyRegeneratedWithItsSeedsReproducesTheCheckedInSectionByteForByte() throws Exception {
        String checkedIn = Files.readString(PAGE, StandardCharsets.UTF_8);
        for (String study : new StudyEvidenceRunner().studies()) {
            section(checkedIn, study);
        }
        Path out = dir.resolve("evidence.md");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("evidence", "--studies", STUDY, "--output", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("time in range 70–180 mg/dL"), r.out());
        assertEquals(section(checkedIn, STUDY), section(Files.readString(out, StandardCharsets.UTF_8), STUDY),
                "docs/evidence.md is out of date: regenerate it with ./vpsim evidence --output docs/evidence.md");
    }

    @Test
    void anUnknownStudyOrBadSeedsAreRefusedAndNothingIsWritten() {
        Path out = dir.resolve("evidence.md");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("evidence", "--studies", "default-study", "--output",
                out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("vpsim: 'default-study' is not a built-in study with an evidence spec; studies: ["),
                r.err());
        r = RunCommandTest.vpsim("evidence", "--seeds", "1,1", "--output", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--seeds: [1, 1] must list distinct seeds"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aStudyRunPrintsItsEndpointsAndTheReportShowsThem() throws Exception {
        Path run = dir.resolve("run");
        RunCommandTest.Outcome r = RunCommandTest.vpsim("run", "threshold-suspend-night", "--days", "2", "--patients",
                "adult#001,adolescent#002", "--output", run.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("study endpoints (ASPIRE In-Home (Bergenstal 2013, N Engl J Med 369:224)); effect = lgs"
                + " against sap:"), r.out());
        assertTrue(r.out().contains("nocturnal area below 70 mg/dL"), r.out());
        assertTrue(r.out().contains("-37.5 %"), r.out());
        Path html = dir.resolve("report.html");
        r = RunCommandTest.vpsim("report", run.toString(), "--output", html.toString());
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<table id=\"study-endpoints\">"));
        assertTrue(page.contains("<td>nocturnal hypoglycaemic events</td>"), page);

        // A scenario that is not a study with a spec prints no endpoints.
        r = RunCommandTest.vpsim("run", "reference-day", "--days", "1", "--patients", "adult#001", "--output",
                dir.resolve("ref").toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("study endpoints"), r.out());
    }
}
