package org.vpsim.pump.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

class Vettoretti2019ErrorTest {
    private static final RandomStreams STREAMS = new RandomStreams(2019);
    private static final long GRID = Vettoretti2019Error.GRID_MILLIS;
    /** θ at the published mean. */
    private static final Vettoretti2019Error.Parameters MEAN = new Vettoretti2019Error.Parameters(
            Vettoretti2019Error.MEAN[0], Vettoretti2019Error.MEAN[1], Vettoretti2019Error.MEAN[2],
            Vettoretti2019Error.MEAN[3], Vettoretti2019Error.MEAN[4], Vettoretti2019Error.MEAN[5],
            Vettoretti2019Error.MEAN[6]);

    private static double z(double[] perRun, double expected) {
        int m = perRun.length;
        double mean = 0;
        for (double v : perRun) {
            mean += v / m;
        }
        double var = 0;
        for (double v : perRun) {
            var += (v - mean) * (v - mean) / (m - 1);
        }
        return (mean - expected) / Math.sqrt(var / m);
    }

    @Test
    void ar2NoiseHasThePublishedStationaryVarianceAndLagOneAutocovariance() {
        // 400 independent sensors at the mean parameters, 10 days of 5-min noise each (first 100 points dropped:
        // the AR(2) starts at 0 and its roots have modulus sqrt(0.40) = 0.63, so 0.63^100 ~ 1e-20 is left).
        // With the known zero mean, mean(e²) and mean(e_k·e_{k−1}) are unbiased for γ0 and γ1; across runs
        // their averages are tested at |z| < 4.5, two-sided false-failure rate 6.8e-6 each (1.4e-5 for both).
        int runs = 400;
        int points = 2880;
        double[] gamma0 = new double[runs];
        double[] gamma1 = new double[runs];
        for (int r = 0; r < runs; r++) {
            Vettoretti2019Error err = new Vettoretti2019Error(STREAMS.stream("sensor" + r, StreamPurpose.CGM_NOISE), MEAN);
            double previous = 0;
            double s0 = 0;
            double s1 = 0;
            int n = 0;
            for (int k = 0; k < points; k++) {
                // IG = 0 leaves b0 + e(k): the AR(2) value itself after subtracting the offset.
                double e = err.reading(k * GRID, 0.0) - MEAN.b0();
                if (k >= 100) {
                    s0 += e * e;
                    s1 += e * previous;
                    n++;
                }
                previous = e;
            }
            gamma0[r] = s0 / n;
            gamma1[r] = s1 / n;
        }
        double var = MEAN.stationarySdMgDl() * MEAN.stationarySdMgDl();
        double z0 = z(gamma0, var);
        double z1 = z(gamma1, MEAN.lag1Autocorrelation() * var);
        assertTrue(Math.abs(z0) < 4.5, "variance z = " + z0 + " (theory " + var + ")");
        assertTrue(Math.abs(z1) < 4.5, "lag-1 autocovariance z = " + z1);
    }

    @Test
    void calibrationGainDriftsOverTheSensorLifeAndResetsAtASensorChange() {
        Vettoretti2019Error.Parameters noiseless = new Vettoretti2019Error.Parameters(0.95, 0.01, -0.001, 5.0, 1.2,
                -0.4, 1e-12);
        Vettoretti2019Error err = new Vettoretti2019Error(STREAMS.stream("drift", StreamPurpose.CGM_NOISE), noiseless);
        for (int day = 0; day < 10; day++) {
            double expected = (0.95 + 0.01 * day - 0.001 * day * day) * 150 + 5.0;
            assertEquals(expected, err.reading(day * 86_400_000L, 150), 1e-9, "day " + day);
        }
        assertEquals(1, err.sensorsInserted());
        // Day 10: the second sensor starts at its insertion gain.
        assertEquals(0.95 * 150 + 5.0, err.reading(10 * 86_400_000L, 150), 1e-9);
        assertEquals(2, err.sensorsInserted());
    }

    @Test
    void everyDrawnSensorIsStableWithBoundedNoiseAndTheGainFollowsThePublishedMean() {
        // a0 ~ N(0.9423, 0.9·0.01325); rejection (≈1% of draws, on the AR coefficients, nearly uncorrelated with a0)
        // does not move its mean measurably. |z| < 4.5: false-failure rate 6.8e-6.
        Vettoretti2019Error err = new Vettoretti2019Error(STREAMS.stream("population", StreamPurpose.CGM_NOISE));
        int n = 4000;
        double[] a0 = new double[n];
        for (int i = 0; i < n; i++) {
            Vettoretti2019Error.Parameters p = err.draw();
            assertTrue(p.alpha2() >= -1 && p.alpha2() <= 1 - Math.abs(p.alpha1()) - 0.02, p.toString());
            assertTrue(p.stationarySdMgDl() <= 10, p.toString());
            a0[i] = p.a0();
        }
        double z = z(a0, Vettoretti2019Error.MEAN[0]);
        assertTrue(Math.abs(z) < 4.5, "a0 z = " + z);
    }

    @Test
    void aSensorWithTheVettorettiModelGivesTheSameReadingsOnTheSameStreamAtAnyCallPattern() {
        CgmSpec spec = CgmSpec.defaults().withErrorModel(CgmErrorModel.VETTORETTI_2019);
        CgmSensor a = CgmSensor.forPatient(spec, STREAMS, "adult#001");
        CgmSensor b = CgmSensor.forPatient(spec, STREAMS, "adult#001");
        for (int k = 0; k < 288; k++) {
            double ra = a.sample(k * GRID, 120.0);
            if (k % 3 == 0) {
                assertEquals(ra, b.sample(k * GRID, 120.0), 0.0);
            }
        }
        assertNotEquals(120.0, a.sample(288 * GRID, 120.0));
        assertEquals(120.0, CgmSensor.forPatient(spec.withNoiseEnabled(false), STREAMS, "adult#001").sample(0, 120.0));
        assertEquals(CgmErrorModel.VETTORETTI_2019, CgmErrorModel.fromId("vettoretti-2019"));
        assertEquals(CgmErrorModel.BRETON_2008, CgmErrorModel.fromId(null));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CgmErrorModel.fromId("g7")).getMessage()
                .contains("breton-2008"));
    }
}
