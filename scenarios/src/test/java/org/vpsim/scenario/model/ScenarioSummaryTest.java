package org.vpsim.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioSummaryTest {

    @Test
    void theSummariesInTheBuildSayWhatLoadingEveryBuiltInSays() {
        ScenarioLibrary lib = new ScenarioLibrary();
        List<ScenarioSummary> expected = lib.names().stream().map(n -> ScenarioSummary.of(lib.load(n))).toList();
        assertEquals(lib.names().size(), expected.size());
        assertEquals(expected, lib.summaries());
    }

    @Test
    void textWithSeparatorsAndLineBreaksReadsBackUnchanged() throws Exception {
        List<ScenarioSummary> in = List.of(
                new ScenarioSummary("b", List.of("adults", "child#003"), 3, 0.5,
                        "key=value: # not a comment\nsecond line \\ with a backslash, TIR 70–180 mg/dL ≥ 70 %"),
                new ScenarioSummary("a", List.of("all"), 1, 365.0, " leading and trailing spaces "));
        StringWriter text = new StringWriter();
        ScenarioSummary.write(in, text);
        assertEquals(in, ScenarioSummary.read(List.of("b", "a"), new StringReader(text.toString())));
        StringWriter again = new StringWriter();
        ScenarioSummary.write(List.of(in.get(1), in.get(0)), again);
        assertEquals(text.toString(), again.toString(), "the same scenarios give the same bytes");
    }

    @Test
    void aScenarioMissingFromTheSummariesIsAnErrorNotAnEmptyLine() {
        assertThrows(IllegalStateException.class,
                () -> ScenarioSummary.read(List.of("absent"), new StringReader("other.arms=1\n")));
    }
}
