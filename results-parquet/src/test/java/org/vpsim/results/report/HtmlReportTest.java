package org.vpsim.results.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.GlucoseUnit;
import org.vpsim.results.parquet.ParquetRows;
import org.vpsim.results.parquet.SampleRuns;
import org.vpsim.results.comparison.RunMetrics;

class HtmlReportTest {

    @TempDir
    Path tmp;

    @Test
    void reportHasEveryFigureAndReferencesNothingOutside() throws Exception {
        Path dir = tmp.resolve("run");
        SampleRuns.writeCompleteRun(dir);
        Path out = tmp.resolve("r.html");
        long bytes = HtmlReport.write(RunMetrics.load(dir, ParquetRows.READER), ParquetRows.READER, out, GlucoseUnit.MG_DL);
        String html = Files.readString(out);
        assertEquals(Files.size(out), bytes);
        for (String id : new String[] {"scenario", "manifest", "arm-table", "agp-0", "agp-1", "cvga", "tir-bars",
            "trace-0", "trace-1", "trace-2"}) {
            assertTrue(html.contains("id=\"" + id + "\""), id);
        }
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("@import") || html.contains("url("), "no external CSS resource");
        // The only URLs are SVG namespace names, which browsers never fetch.
        Matcher m = Pattern.compile("https?://[^\"' )]+").matcher(html);
        while (m.find()) {
            assertEquals("http://www.w3.org/2000/svg", m.group());
        }
    }

    @Test
    void mmolReportLabelsTheUnit() throws Exception {
        Path dir = tmp.resolve("run");
        SampleRuns.writeCompleteRun(dir);
        Path out = tmp.resolve("r.html");
        HtmlReport.write(RunMetrics.load(dir, ParquetRows.READER), ParquetRows.READER, out, GlucoseUnit.MMOL_L);
        String html = Files.readString(out);
        assertTrue(html.contains("mmol/L"));
        assertTrue(html.contains(">3.9<") && html.contains(">10.0<"), "mmol/L target-range ticks");
    }

    @Test
    void agpPercentilesOfAKnownDay() {
        AgpProfile p = new AgpProfile(60);
        for (int day = 0; day < 101; day++) {
            // hour 3 of each day: values 0…100 → percentiles equal their rank.
            p.add(day * 86_400_000L + 3 * 3_600_000L + 60_000L, day);
        }
        double[][] q = p.percentiles();
        assertEquals(5.0, q[3][0], 1e-12);
        assertEquals(50.0, q[3][2], 1e-12);
        assertEquals(95.0, q[3][4], 1e-12);
        assertTrue(Double.isNaN(q[4][2]));
    }
}
