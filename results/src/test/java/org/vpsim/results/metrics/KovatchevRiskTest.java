package org.vpsim.results.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KovatchevRiskTest {

    @Test
    void symmetrisationIsZeroAt112Point5() {
        // Kovatchev 1997: the transformation is centred so that f(112.5 mg/dL) = 0.
        assertEquals(0.0, KovatchevRisk.symmetrised(112.5), 1e-3);
    }

    @Test
    void riskReachesAbout100AtBothEndsOfTheClinicalRange() {
        // The constants were fitted so that f(20) = −f(600) ≈ −√10, i.e. r ≈ 100 at both ends.
        assertEquals(100.0415, KovatchevRisk.risk(20), 1e-3);
        assertEquals(99.9481, KovatchevRisk.risk(600), 1e-3);
    }

    @Test
    void handComputedValues() {
        // f = 1.509·((ln BG)^1.084 − 5.381), computed by hand (ln 70 = 4.24850, ^1.084 = 4.79741).
        assertEquals(-0.88064, KovatchevRisk.symmetrised(70), 1e-4);
        assertEquals(0.87917, KovatchevRisk.symmetrised(180), 1e-4);
        assertEquals(57.0461, KovatchevRisk.risk(400), 1e-3);
    }

    @Test
    void riskIsMonotoneAwayFromTheCentre() {
        for (double bg = 113; bg < 600; bg += 1) {
            assertTrue(KovatchevRisk.risk(bg + 1) > KovatchevRisk.risk(bg), "increasing above 112.5 at " + bg);
        }
        for (double bg = 112; bg > 20; bg -= 1) {
            assertTrue(KovatchevRisk.risk(bg - 1) > KovatchevRisk.risk(bg), "increasing below 112.5 at " + bg);
        }
    }

    @Test
    void valuesOutsideTheFittedRangeAreClamped() {
        assertEquals(KovatchevRisk.risk(20), KovatchevRisk.risk(5), 0.0);
        assertEquals(KovatchevRisk.risk(600), KovatchevRisk.risk(900), 0.0);
    }
}
