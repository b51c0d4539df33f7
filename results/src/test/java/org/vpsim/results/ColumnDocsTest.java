package org.vpsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vpsim.results.columns.ColumnDocs;

class ColumnDocsTest {

    /** The committed column reference, relative to this module's folder. */
    private static final Path PAGE = Path.of("..", "docs", "columns.md");

    @Test
    void theColumnReferenceIsTheCatalogue() throws IOException {
        String expected = ColumnDocs.markdown();
        if (Boolean.getBoolean("vpsim.writeColumnDocs")) { // -Dvpsim.writeColumnDocs=true regenerates it
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(PAGE, StandardCharsets.UTF_8),
                "docs/columns.md differs from the column catalogue; regenerate it with"
                        + " ./mvnw -pl results test -Dtest=ColumnDocsTest -Dvpsim.writeColumnDocs=true");
    }

    @Test
    void everyTableListsEachColumnOnceWithADescription() {
        for (var t : ColumnDocs.TABLES) {
            assertEquals(t.names().size(), new java.util.HashSet<>(t.names()).size(), t.name());
        }
        assertEquals(12, TimeseriesColumns.TABLE.columns().size());
        assertEquals(9, EventColumns.TABLE.columns().size());
        assertEquals(59, SummaryColumns.TABLE.columns().size());
        for (var t : ColumnDocs.TABLES) { // every table has the replicate, appended last (earlier positions kept)
            assertEquals(t.names().size() - 1, t.names().indexOf(ReplicateColumn.NAME), t.name());
            assertEquals(org.vpsim.results.columns.ColumnType.INT32, t.column(ReplicateColumn.NAME).type());
            assertEquals(false, t.column(ReplicateColumn.NAME).nullable());
        }
    }
}
