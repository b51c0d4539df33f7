package org.vpsim.results.columns;

import java.util.List;
import org.vpsim.results.EventColumns;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.TimeseriesColumns;

/**
 * The column reference of the output files ({@code docs/columns.md}), rendered from the catalogue so
 * the documentation cannot drift from the files: a test compares the committed page with this text.
 */
public final class ColumnDocs {

    /** The three output tables in the order the documentation lists them. */
    public static final List<Table<?>> TABLES = List.of(TimeseriesColumns.TABLE, EventColumns.TABLE, SummaryColumns.TABLE);

    private ColumnDocs() {
    }

    /** The Markdown page. */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Output columns\n\n")
                .append("Generated from the column catalogue (`org.vpsim.results.TimeseriesColumns`, `EventColumns`,\n")
                .append("`SummaryColumns`); `ColumnDocsTest` fails when this page and the catalogue differ (its message\n")
                .append("prints the expected page). Columns are listed in stored order; `time` is a UTC timestamp in\n")
                .append("milliseconds. The time series has no `arm` column: the arm is the partition directory\n")
                .append("`timeseries/arm=<arm>/`.\n");
        for (Table<?> t : TABLES) {
            out.append("\n## ").append(t.name()).append(" (`").append(t.version()).append("`)\n\n")
                    .append("| column | unit | type | null | description |\n|---|---|---|---|---|\n");
            for (Column<?> c : t.columns()) {
                out.append("| `").append(c.name()).append("` | ").append(c.unit()).append(" | ")
                        .append(c.type().name()).append(" | ").append(c.nullable() ? "yes" : "no").append(" | ")
                        .append(c.description()).append(" |\n");
            }
        }
        return out.toString();
    }
}
