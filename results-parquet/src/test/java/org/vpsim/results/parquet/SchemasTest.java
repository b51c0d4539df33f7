package org.vpsim.results.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;

class SchemasTest {

    /**
     * The files of earlier releases are a prefix of today's: every column keeps its position, type and
     * repetition, and the one column added since, {@code replicate} (issue 12), is a required INT32 at the end.
     */
    @Test
    void catalogueDerivedSchemasAreTheFileFormatOfEarlierReleasesPlusTheReplicate() {
        assertPrefixPlusReplicate(FrozenSchemas.TIMESERIES, Schemas.TIMESERIES);
        assertPrefixPlusReplicate(FrozenSchemas.EVENTS, Schemas.EVENTS);
        assertPrefixPlusReplicate(FrozenSchemas.SUMMARY, Schemas.SUMMARY);
    }

    private static void assertPrefixPlusReplicate(MessageType frozen, MessageType now) {
        assertEquals(frozen.getName(), now.getName());
        assertEquals(frozen.getFieldCount() + 1, now.getFieldCount(), now.getName());
        for (int i = 0; i < frozen.getFieldCount(); i++) {
            assertEquals(frozen.getType(i), now.getType(i), now.getName() + " column " + i);
        }
        assertEquals(Types.required(PrimitiveTypeName.INT32).named("replicate"), now.getType(frozen.getFieldCount()));
    }
}
