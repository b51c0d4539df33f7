package org.vpsim.results.manifest;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void versionIsFilledAndCommitIsAHashOrUnknown() {
        BuildInfo b = BuildInfo.current();
        assertNotEquals(BuildInfo.UNKNOWN, b.version());
        assertTrue(b.commit().equals(BuildInfo.UNKNOWN) || b.commit().matches("[0-9a-f]{40,64}(-dirty)?"), b.commit());
    }
}
