package org.vpsim.pump.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

/** Sensor life and changes, warm-up, burst dropouts, and the error models at 1/3/5/15-minute sampling. */
class SensorLifeAndDropoutTest {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private static CgmSensor sensor(CgmSpec spec, long seed) {
        return CgmSensor.forPatient(spec, new RandomStreams(seed), "adult#001");
    }

    @Test
    void readingsAreMissingExactlyDuringTheWarmUpAfterEachSensorChange() {
        // Dexcom G7: 10 days + 12 h grace, 30-min warm-up; Libre 2: 14 days, 1 h; G6: 10 days, 2 h. Noise-free
        // sensors so that any missing reading is the warm-up's; every minute over 30 days.
        long[][] devices = {{10 * DAY + 12 * HOUR, 30 * MINUTE}, {14 * DAY, HOUR}, {10 * DAY, 2 * HOUR}};
        for (long[] d : devices) {
            long life = d[0];
            long warmUp = d[1];
            CgmSensor s = sensor(CgmSpec.defaults().withSampleIntervalMillis(MINUTE).withNoiseEnabled(false)
                    .withSensorLife(life, warmUp), 7);
            long missing = 0;
            for (long t = 0; t < 30 * DAY; t += MINUTE) {
                Double r = s.sample(t, 120.0);
                boolean expectMissing = t >= life && t % life < warmUp;
                assertEquals(expectMissing, r == null, "life " + life + " warm-up " + warmUp + " at t = " + t);
                missing += r == null ? 1 : 0;
            }
            long changes = (30 * DAY - 1) / life;
            assertEquals(changes * warmUp / MINUTE, missing, "one warm-up per change");
        }
    }

    @Test
    void sensorChangesFallAtWholeMultiplesOfTheLifeAndTheFirstSensorIsWarm() {
        CgmSpec g6 = CgmSpec.defaults().withSensorLife(10 * DAY, 2 * HOUR);
        assertEquals(0, g6.sensorIndexAt(10 * DAY - 1));
        assertEquals(1, g6.sensorIndexAt(10 * DAY));
        assertEquals(2, g6.sensorIndexAt(20 * DAY));
        assertTrue(!g6.inWarmUp(0), "the first sensor reads from time 0");
        assertTrue(g6.inWarmUp(10 * DAY + 2 * HOUR - 1) && !g6.inWarmUp(10 * DAY + 2 * HOUR));
        // Breton's error does not depend on the sensor: never replaced unless a life is set; Vettoretti's own is 10 days.
        assertEquals(0, CgmSpec.defaults().effectiveSensorLifeMillis());
        assertEquals(10 * DAY, CgmSpec.defaults().withErrorModel(CgmErrorModel.VETTORETTI_2019).effectiveSensorLifeMillis());
        assertEquals(14 * DAY, CgmSpec.defaults().withErrorModel(CgmErrorModel.VETTORETTI_2019)
                .withSensorLife(14 * DAY, 0).effectiveSensorLifeMillis());
    }

    @Test
    void vettorettiRedrawsItsSensorParametersAtEachChangeOfTheSetLife() {
        Vettoretti2019Error err = new Vettoretti2019Error(
                new RandomStreams(3).stream("life", StreamPurpose.CGM_NOISE), null, 14 * DAY);
        List<Vettoretti2019Error.Parameters> sensors = new ArrayList<>();
        for (long t = 0; t < 42 * DAY; t += 5 * MINUTE) {
            err.reading(t, 100.0);
            if (sensors.isEmpty() || sensors.get(sensors.size() - 1) != err.currentParameters()) {
                sensors.add(err.currentParameters());
                assertEquals(0, t % (14 * DAY), "a new sensor only at a multiple of 14 days, not at t = " + t);
            }
        }
        assertEquals(3, sensors.size());
        assertEquals(3, err.sensorsInserted());
        assertNotEquals(sensors.get(0), sensors.get(1));
        assertNotEquals(sensors.get(1), sensors.get(2));
        // The gain drift counts days since the insertion: with fixed θ, the reading just after day 14 equals day 0's.
        Vettoretti2019Error.Parameters p = new Vettoretti2019Error.Parameters(1.0, 0.01, 0.0, 0.0, 0.0, 0.0, 1e-9);
        Vettoretti2019Error fixed = new Vettoretti2019Error(
                new RandomStreams(3).stream("fixed", StreamPurpose.CGM_NOISE), p, 14 * DAY);
        assertEquals(100.0 * (1 + 0.01 * 13.5), fixed.reading(13 * DAY + 12 * HOUR, 100.0), 1e-6);
        assertEquals(100.0, fixed.reading(14 * DAY, 100.0), 1e-6);
    }

    @Test
    void burstDropoutsHaveTheSetLongRunFractionAndMeanBurstLength() {
        // π = 0.05 missing, mean burst L = 6 samples (30 min at 5 min): p = π/(1−π)/L, r = 1/L. Over n = 2e6 samples
        // the fraction missing has asymptotic SD sqrt(π(1−π)(1+λ)/((1−λ)n)), λ = 1 − p − r the chain's second
        // eigenvalue; the B completed bursts are independent Geometric(r) lengths with SD sqrt(1−r)/r, so their mean
        // has SD sqrt(1−r)/(r·sqrt(B)). Each is tested at |z| < 4.5: two-sided false-failure rate 6.8e-6 each.
        double pi = 0.05;
        double meanBurst = 6.0;
        for (long seed = 1; seed <= 2; seed++) {
            BurstDropouts chain = new BurstDropouts(pi, meanBurst,
                    new RandomStreams(seed).stream("p", StreamPurpose.CGM_NOISE, CgmSensor.BURST_DROPOUT_SUB_STREAM));
            int n = 2_000_000;
            long missing = 0;
            long bursts = 0;
            long burstSamples = 0;
            int run = 0;
            boolean first = true;
            for (int k = 0; k < n; k++) {
                boolean m = chain.nextMissing();
                if (m) {
                    missing++;
                    run++;
                } else {
                    if (run > 0 && !first) {
                        bursts++;
                        burstSamples += run;
                    }
                    run = 0;
                    first = false;
                }
            }
            double p = chain.toBadProbability();
            double r = chain.toGoodProbability();
            double lambda = 1 - p - r;
            double fraction = missing / (double) n;
            double zFraction = (fraction - pi) / Math.sqrt(pi * (1 - pi) * (1 + lambda) / ((1 - lambda) * n));
            double meanLength = burstSamples / (double) bursts;
            double zLength = (meanLength - meanBurst) / (Math.sqrt(1 - r) / r / Math.sqrt(bursts));
            assertTrue(Math.abs(zFraction) < 4.5, "fraction " + fraction + " z = " + zFraction);
            assertTrue(Math.abs(zLength) < 4.5, "mean burst " + meanLength + " samples over " + bursts + ", z = " + zLength);
        }
    }

    @Test
    void burstLengthIsSetInMinutesWhateverTheSampleInterval() {
        // A 30-minute mean burst is 30, 10, 6 and 2 samples at 1, 3, 5 and 15 minutes: same fraction, same minutes.
        // Tested as above (|z| < 4.5 each, false-failure rate 6.8e-6 per check, 8 checks: 5.4e-5).
        for (long interval : new long[] {1, 3, 5, 15}) {
            CgmSpec spec = CgmSpec.defaults().withSampleIntervalMillis(interval * MINUTE).withNoiseEnabled(false)
                    .withBurstDropouts(0.05, 30 * MINUTE);
            CgmSensor s = sensor(spec, 11);
            int n = 600_000;
            long missing = 0;
            long bursts = 0;
            long burstSamples = 0;
            int run = 0;
            boolean first = true;
            for (int k = 0; k < n; k++) {
                if (s.sample(k * interval * MINUTE, 120.0) == null) {
                    missing++;
                    run++;
                } else {
                    if (run > 0 && !first) {
                        bursts++;
                        burstSamples += run;
                    }
                    run = 0;
                    first = false;
                }
            }
            double l = 30.0 / interval;
            double r = 1 / l;
            double p = 0.05 / 0.95 / l;
            double lambda = 1 - p - r;
            double zFraction = (missing / (double) n - 0.05) / Math.sqrt(0.05 * 0.95 * (1 + lambda) / ((1 - lambda) * n));
            double meanMinutes = burstSamples / (double) bursts * interval;
            double zLength = (meanMinutes / interval - l) / (Math.sqrt(1 - r) / r / Math.sqrt(bursts));
            assertTrue(Math.abs(zFraction) < 4.5, interval + " min: fraction z = " + zFraction);
            assertTrue(Math.abs(zLength) < 4.5, interval + " min: mean burst " + meanMinutes + " min, z = " + zLength);
        }
    }

    @Test
    void switchingBurstDropoutsOnLeavesTheRemainingReadingsAndTheIndependentDropoutsUnchanged() {
        CgmSpec base = CgmSpec.defaults().withDropoutProbability(0.02);
        CgmSensor without = sensor(base, 5);
        CgmSensor with = sensor(base.withBurstDropouts(0.1, 45 * MINUTE), 5);
        int kept = 0;
        for (long t = 0; t < 3 * DAY; t += 5 * MINUTE) {
            Double a = without.sample(t, 150.0);
            Double b = with.sample(t, 150.0);
            if (b != null) {
                assertEquals(a, b, "t = " + t);
                kept++;
            }
            if (a == null) {
                assertNull(b, "an independent dropout stays a dropout at t = " + t);
            }
        }
        assertTrue(kept > 600, "most readings remain: " + kept);
    }

    @Test
    void bothErrorModelsAreFunctionsOfTimeAtOneThreeFiveAndFifteenMinuteSampling() {
        // Sampled at 1, 3, 5 or 15 min on the same stream, both models give the same reading at every 15-minute
        // point (Breton: the spline knots; Vettoretti: the 5-minute AR(2) grid, held between grid points).
        for (CgmErrorModel model : CgmErrorModel.values()) {
            double[][] at15 = new double[4][];
            long[] intervals = {1, 3, 5, 15};
            for (int i = 0; i < intervals.length; i++) {
                CgmSensor s = sensor(CgmSpec.defaults().withErrorModel(model)
                        .withSampleIntervalMillis(intervals[i] * MINUTE), 21);
                List<Double> values = new ArrayList<>();
                for (long t = 0; t < 2 * DAY; t += intervals[i] * MINUTE) {
                    Double r = s.sample(t, 140.0);
                    if (t % (15 * MINUTE) == 0) {
                        assertNotNull(r);
                        values.add(r);
                    }
                }
                at15[i] = values.stream().mapToDouble(Double::doubleValue).toArray();
            }
            for (int i = 1; i < 4; i++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(at15[0], at15[i], 0.0, model + " at " + intervals[i]);
            }
        }
    }

    @Test
    void vettorettiNoiseHeldBetweenGridPointsAndAtFifteenMinutesHasTheAr2AutocovarianceAtLagThree() {
        Vettoretti2019Error.Parameters mean = new Vettoretti2019Error.Parameters(
                Vettoretti2019Error.MEAN[0], Vettoretti2019Error.MEAN[1], Vettoretti2019Error.MEAN[2],
                Vettoretti2019Error.MEAN[3], Vettoretti2019Error.MEAN[4], Vettoretti2019Error.MEAN[5],
                Vettoretti2019Error.MEAN[6]);
        // Hold: at 1-minute sampling the noise is constant within each 5-minute step.
        Vettoretti2019Error held = new Vettoretti2019Error(
                new RandomStreams(9).stream("hold", StreamPurpose.CGM_NOISE), mean, 10 * DAY);
        for (long g = 0; g < 200; g++) {
            double first = held.reading(g * 5 * MINUTE, 0.0);
            for (long m = 1; m < 5; m++) {
                assertEquals(first, held.reading(g * 5 * MINUTE + m * MINUTE, 0.0), 0.0);
            }
        }
        // Yule-Walker: ρ1 = α1/(1−α2), ρ2 = α1ρ1 + α2, ρ3 = α1ρ2 + α2ρ1. 400 sensors, 10 days at 15 min each (first
        // 40 points dropped, 0.63^120 ~ 1e-24 left of the zero start); mean(e_k·e_{k−1}) over the 15-minute readings is
        // unbiased for γ(15 min) = ρ3·γ0; tested across runs at |z| < 4.5 (false-failure rate 6.8e-6).
        double a1 = mean.alpha1();
        double a2 = mean.alpha2();
        double rho1 = a1 / (1 - a2);
        double rho2 = a1 * rho1 + a2;
        double rho3 = a1 * rho2 + a2 * rho1;
        double var = mean.stationarySdMgDl() * mean.stationarySdMgDl();
        int runs = 400;
        double[] gamma = new double[runs];
        for (int r = 0; r < runs; r++) {
            Vettoretti2019Error err = new Vettoretti2019Error(
                    new RandomStreams(9).stream("s" + r, StreamPurpose.CGM_NOISE), mean, 10 * DAY);
            double previous = 0;
            double sum = 0;
            int n = 0;
            for (int k = 0; k < 960; k++) {
                double e = err.reading(k * 15 * MINUTE, 0.0) - mean.b0();
                if (k >= 40) {
                    sum += e * previous;
                    n++;
                }
                previous = e;
            }
            gamma[r] = sum / n;
        }
        double m = 0;
        for (double g : gamma) {
            m += g / runs;
        }
        double v = 0;
        for (double g : gamma) {
            v += (g - m) * (g - m) / (runs - 1);
        }
        double z = (m - rho3 * var) / Math.sqrt(v / runs);
        assertTrue(Math.abs(z) < 4.5, "γ(15 min) " + m + " vs ρ3·γ0 = " + rho3 * var + ", z = " + z);
    }

    @Test
    void impossibleSettingsAreRefusedNamingTheCause() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CgmSpec.defaults().withSensorLife(0, HOUR));
        assertTrue(e.getMessage().contains("warmUpMillis") && e.getMessage().contains("sensor life"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CgmSpec.defaults().withSensorLife(DAY, DAY));
        assertTrue(e.getMessage().contains("not shorter"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CgmSpec.defaults().withSensorLife(DAY + MINUTE, 0));
        assertTrue(e.getMessage().contains("5 minutes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CgmSpec.defaults().withBurstDropouts(0.1, MINUTE));
        assertTrue(e.getMessage().contains("sample interval"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CgmSpec.defaults().withBurstDropouts(0.8, 5 * MINUTE));
        assertTrue(e.getMessage().contains("lengthen the bursts"), e.getMessage());
    }
}
