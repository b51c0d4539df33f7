package org.vpsim.pump.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;

class StrokeVolumeModelTest {
    private static final long SEED = 20261201L;

    private static UniformRandomProvider stream() {
        return new RandomStreams(SEED).stream("adult#001", StreamPurpose.PUMP_ERROR);
    }

    /**
     * The documented recursion, written out with the same standard-normal draws (z then w at each stroke): the
     * first stroke in the stationary distributions (x_1 = sd z_1, s_1 = slowSd w_1), every later one the AR(1) and
     * exact Ornstein-Uhlenbeck update, volume pulse (1 + bias + x + s).
     */
    @Test
    void strokesFollowTheStationaryStartThenTheArAndOrnsteinUhlenbeckRecursionExactly() {
        PumpSpec spec = PumpSpec.minimed7xx().toBuilder().strokeVolumeRelativeSd(0.05)
                .strokeVolumeAutocorrelation(0.6).strokeVolumeRelativeBias(0.01).strokeVolumeSlowRelativeSd(0.08)
                .strokeVolumeSlowCorrelationHours(1.5).build();
        StrokeVolumeModel model = new StrokeVolumeModel(spec, stream());
        UniformRandomProvider same = stream();
        ContinuousSampler z = ZigguratSampler.NormalizedGaussian.of(same);
        double sd = 0.05;
        double phi = 0.6;
        double slowSd = 0.08;
        double tauMillis = 1.5 * 3_600_000.0;
        double x = sd * z.sample();
        double s = slowSd * z.sample();
        long t = 7 * 60_000L;
        assertEquals(spec.pulseUnits() * (1 + 0.01 + x + s), model.nextStrokeUnits(t), 0.0, "first stroke");
        for (int i = 2; i <= 200; i++) {
            long next = t + (i % 7 + 1) * 30_000L;
            x = phi * x + sd * Math.sqrt(1 - phi * phi) * z.sample();
            double a = Math.exp(-(next - t) / tauMillis);
            s = a * s + slowSd * Math.sqrt(1 - a * a) * z.sample();
            t = next;
            assertEquals(spec.pulseUnits() * Math.max(0.0, 1 + 0.01 + x + s), model.nextStrokeUnits(t), 0.0,
                    "stroke " + i);
        }
    }
}
