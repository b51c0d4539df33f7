package org.vpsim.results.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemasTest {

    @Test
    void catalogueDerivedSchemasAreTheFileFormatOfEarlierReleases() {
        assertEquals(FrozenSchemas.TIMESERIES, Schemas.TIMESERIES);
        assertEquals(FrozenSchemas.EVENTS, Schemas.EVENTS);
        assertEquals(FrozenSchemas.SUMMARY, Schemas.SUMMARY);
    }
}
