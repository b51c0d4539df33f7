package org.vpsim.pump.sensor;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Missing CGM readings that come in bursts: the two-state Markov chain of Gilbert (Bell Syst Tech J
 * 1960;39:1253-1265) and Elliott (Bell Syst Tech J 1963;42:1977-1997), with a reading always missing in the
 * "bad" state and never in the "good" one (the simplified Gilbert model). One step per sample:
 * <pre>
 *   P(good → bad) = p,   P(bad → good) = r,
 *   long-run fraction missing  π = p / (p + r),     burst length ~ Geometric(r), mean 1/r samples,
 *   so  r = 1 / L  and  p = π·r / (1 − π)  for a mean burst of L samples.
 * </pre>
 * The first sample's state is drawn from the stationary law (bad with probability π), so the fraction missing
 * is π from the start.
 *
 * <p>Calibration is the user's, with these published figures as a guide: gaps in real CGM records last from
 * one missed reading to hours (Fonda SJ, Lewis DG, Vigersky RA, "Minding the gaps in continuous glucose
 * monitoring", J Diabetes Sci Technol 2013;7(1):88-92), and about 2% of readings were missing overall in the
 * GO MOMs study, which modelled missing strings with a zero-inflated negative binomial hurdle model
 * (J Diabetes Sci Technol, doi:10.1177/19322968241308217). The geometric burst length of this chain is an
 * assumption (one parameter; real gap lengths are more heavy-tailed), as is any mean burst chosen (the
 * scenario example's 30 min is illustrative). Not thread-safe.
 */
public final class BurstDropouts {
    private final double toBad;
    private final double toGood;
    private final double fraction;
    private final UniformRandomProvider rng;
    private boolean started;
    private boolean bad;

    /**
     * @param fraction          long-run fraction of samples missing, π in [0, 1)
     * @param meanBurstSamples  mean length of a run of missing samples, L ≥ 1
     * @param rng               the stream of the chain (one uniform per sample)
     */
    public BurstDropouts(double fraction, double meanBurstSamples, UniformRandomProvider rng) {
        check(fraction, meanBurstSamples);
        this.fraction = fraction;
        this.toGood = 1.0 / meanBurstSamples;
        this.toBad = fraction * toGood / (1.0 - fraction);
        this.rng = Objects.requireNonNull(rng, "rng");
    }

    /** Throws with the cause when (π, L) gives no chain: π outside [0, 1), L below 1, or p above 1. */
    public static void check(double fraction, double meanBurstSamples) {
        if (!(fraction >= 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException("dropout fraction: " + fraction + " is not in [0, 1)");
        }
        if (!(meanBurstSamples >= 1.0) || Double.isInfinite(meanBurstSamples)) {
            throw new IllegalArgumentException("mean dropout burst: " + meanBurstSamples
                    + " samples is not a finite number of at least one sample interval");
        }
        double p = fraction / (1.0 - fraction) / meanBurstSamples;
        if (p > 1.0) {
            throw new IllegalArgumentException("dropout fraction " + fraction + " with mean bursts of "
                    + meanBurstSamples + " samples needs readings missing more often than every other sample;"
                    + " lengthen the bursts or lower the fraction");
        }
    }

    /** P(good → bad) per sample. */
    public double toBadProbability() {
        return toBad;
    }

    /** P(bad → good) per sample. */
    public double toGoodProbability() {
        return toGood;
    }

    /** Advances the chain by one sample; true when this sample is missing. */
    public boolean nextMissing() {
        double u = rng.nextDouble();
        if (!started) {
            started = true;
            bad = u < fraction;
        } else {
            bad = bad ? u >= toGood : u < toBad;
        }
        return bad;
    }
}
