package org.vpsim.pump.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;

class CgmSensorTest {
    private static final long FIVE_MIN = 5 * 60_000L;

    private static CgmSensor sensor(CgmSpec spec, long seed) {
        return CgmSensor.forPatient(spec, new RandomStreams(seed), "adult#001");
    }

    @Test
    void goldenReadingsForAFixedSeedAtConstantGlucose() {
        // Regression values: study seed 42, patient adult#001, 5-minute sensor, Gs = 120 mg/dL.
        // They change only if the stream, the noise model or the interpolation changes.
        CgmSensor sensor = sensor(CgmSpec.defaults(), 42L);
        for (double[] golden : GOLDEN) {
            long sampleIndex = (long) golden[0];
            assertEquals(golden[1], sensor.sample(sampleIndex * FIVE_MIN, 120.0), 1e-9, "sample " + sampleIndex);
        }
    }

    /** {5-minute sample index, reading}: the first hour, across the first chunk boundary, day 2. */
    private static final double[][] GOLDEN = {
        {0, 106.1171506918437}, {1, 115.15650949174967}, {2, 119.64863686390144}, {3, 120.59460839866468},
        {4, 118.99549968640504}, {5, 115.85238631748818}, {6, 112.16634388227979}, {7, 108.94722281843329},
        {8, 107.23997295275329}, {9, 108.09831895933216}, {10, 112.01471374771629}, {11, 117.23652316926811},
        {29, 131.5617722756805}, {30, 122.52618296378155}, {31, 128.5998358925432}, {288, 111.34914311390202},
    };

    @Test
    void clipsTo39And400WhateverTheNoise() {
        CgmSensor low = sensor(CgmSpec.defaults(), 1L);
        CgmSensor high = sensor(CgmSpec.defaults(), 1L);
        for (int i = 0; i < 2000; i++) {
            assertEquals(39.0, low.sample(i * FIVE_MIN, -500.0), 0.0);
            assertEquals(400.0, high.sample(i * FIVE_MIN, 2000.0), 0.0);
        }
    }

    @Test
    void noiselessSensorReportsInterstitialGlucoseWithinTheRange() {
        CgmSensor sensor = sensor(CgmSpec.defaults().withNoiseEnabled(false), 1L);
        assertEquals(39.0, sensor.sample(0, 38.9), 0.0);
        assertEquals(39.5, sensor.sample(FIVE_MIN, 39.5), 0.0);
        assertEquals(123.4, sensor.sample(2 * FIVE_MIN, 123.4), 0.0);
        assertEquals(400.0, sensor.sample(3 * FIVE_MIN, 400.5), 0.0);
    }

    @Test
    void rangeIsConfigurableLikeSimglucose600() {
        CgmSensor sensor = sensor(CgmSpec.defaults().withNoiseEnabled(false).withRange(39.0, 600.0), 1L);
        assertEquals(550.0, sensor.sample(0, 550.0), 0.0);
    }

    @Test
    void sameStreamGivesTheSameErrorForDifferentGlucoseTraces() {
        // Common random numbers: two arms with different glucose see the same sensor error.
        CgmSensor flat = sensor(CgmSpec.defaults(), 99L);
        CgmSensor swinging = sensor(CgmSpec.defaults(), 99L);
        for (int i = 0; i < 2000; i++) {
            double g = 170 + 80 * Math.sin(i / 30.0);
            double errorFlat = flat.sample(i * FIVE_MIN, 170.0) - 170.0;
            double errorSwinging = swinging.sample(i * FIVE_MIN, g) - g;
            assertEquals(errorFlat, errorSwinging, 1e-9, "sample " + i);
        }
    }

    @Test
    void differentSeedsGiveDifferentNoise() {
        CgmSensor a = sensor(CgmSpec.defaults(), 1L);
        CgmSensor b = sensor(CgmSpec.defaults(), 2L);
        int differing = 0;
        for (int i = 0; i < 100; i++) {
            if (a.sample(i * FIVE_MIN, 150.0).doubleValue() != b.sample(i * FIVE_MIN, 150.0).doubleValue()) {
                differing++;
            }
        }
        assertEquals(100, differing);
    }

    @Test
    void dropoutsOccurAtTheirProbabilityAndLeaveTheOtherReadingsUnchanged() {
        CgmSensor plain = sensor(CgmSpec.defaults(), 8L);
        CgmSensor dropping = sensor(CgmSpec.defaults().withDropoutProbability(0.2), 8L);
        int n = 10_000;
        int missing = 0;
        for (int i = 0; i < n; i++) {
            Double expected = plain.sample(i * FIVE_MIN, 140.0);
            Double reading = dropping.sample(i * FIVE_MIN, 140.0);
            if (reading == null) {
                missing++;
            } else {
                assertEquals(expected, reading, 0.0, "sample " + i);
            }
        }
        // Binomial(10000, 0.2): SD 40; +-200 is 5 SD (false-failure rate < 1e-6).
        assertEquals(2000, missing, 200);
    }

    @Test
    void errorHasTheMagnitudeBretonReports() {
        // Stationary SD of the Johnson SU error with the Breton 2008 parameters is 11.7 mg/dL
        // (closed form, see CgmNoiseTest); over 30 days of 5-min samples the sample SD is close.
        CgmSensor sensor = sensor(CgmSpec.defaults(), 12L);
        int n = 30 * 288;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double e = sensor.sample(i * FIVE_MIN, 200.0) - 200.0;
            sum += e;
            sumSq += e * e;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        assertEquals(11.7, sd, 2.5);
        assertEquals(0.7, mean, 2.0);
    }

    @Test
    void specValidationNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CgmSpec.defaults().withSampleIntervalMillis(0));
        assertEquals("sampleIntervalMillis: 0 is not positive", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CgmSpec.defaults().withRange(39, 20));
        assertTrue(e.getMessage().startsWith("maxMgDl: 20.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CgmSpec.defaults().withDropoutProbability(1.0));
        assertTrue(e.getMessage().startsWith("dropoutProbability: 1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new JohnsonSuNoiseParameters(1.0, -0.5444, 15.9574, 1.6898, -5.47));
        assertTrue(e.getMessage().startsWith("pacf: 1.0"), e.getMessage());
    }

    @Test
    void navigatorLikeSamplesEveryMinute() {
        assertEquals(60_000L, CgmSpec.navigatorLike().sampleIntervalMillis());
        assertNotEquals(CgmSpec.defaults(), CgmSpec.navigatorLike());
        assertNotNull(sensor(CgmSpec.navigatorLike(), 1L).sample(60_000L, 100.0));
    }
}
