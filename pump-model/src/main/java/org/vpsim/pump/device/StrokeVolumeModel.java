package org.vpsim.pump.device;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Volume displaced by each motor stroke: {@code pulse * (1 + bias + x_i + s(t_i))}, floored at 0, where
 * <ul>
 *   <li>x is a stationary Gaussian AR(1) process in stroke index,
 *       {@code x_i = phi * x_{i-1} + sd * sqrt(1 - phi^2) * z_i}: in a lead-screw syringe drive consecutive
 *       steps share the same thread flank, plunger friction and reservoir compliance, so stroke errors are
 *       positively correlated rather than white;</li>
 *   <li>s is a stationary Ornstein-Uhlenbeck process in time with SD {@code slowSd} and correlation time
 *       {@code tau}, sampled exactly at the strokes: {@code s_i = a s_{i-1} + slowSd sqrt(1 - a^2) w_i},
 *       {@code a = exp(-(t_i - t_{i-1}) / tau)}: a slowly varying error shared by all strokes (temperature,
 *       line pressure), which keeps 1-h windows scattering by ~10 % at 1 U/h as bench studies report.</li>
 * </ul>
 * z and w are standard normal draws from the PUMP_ERROR stream, z first; without a slow part (slowSd = 0)
 * only z is drawn, so that model's sequence is exactly the per-stroke model's of earlier versions.
 * Relative error of a delivery of n strokes within a time T &lt;&lt; tau has SD about
 * {@code sqrt(slowSd^2 + sd^2 (1+phi)/(1-phi) / n)}.
 */
final class StrokeVolumeModel {
    private final double pulseUnits;
    private final double sd;
    private final double phi;
    private final double innovationSd;
    private final double bias;
    private final double slowSd;
    private final double slowTauMillis;
    private final ContinuousSampler gaussian;
    private double state;
    private double slow;
    private long lastStrokeMillis;
    /*
     * The first stroke starts both parts in their stationary distributions; it is the general update with no
     * memory of the (zero) previous values: x_1 = 0 * 0 + sd * z_1 and s_1 = 0 * 0 + slowSd * sqrt(1 - 0) * w_1,
     * the same numbers and draws as a separate start. Written without a first-stroke branch on purpose: a new
     * pump per patient would otherwise take a branch the JIT has never seen in a long run's profile, and the
     * pump's whole compiled event handler, into which this method is inlined, would be thrown away and
     * recompiled when the next patient's pump makes its first stroke (JFR deoptimisation events of a 10-patient
     * one-thread run).
     */
    /** Weight of the previous AR(1) value: 0 before the first stroke, then phi. */
    private double statePersistence;
    /** SD of the AR(1) innovation: sd before the first stroke (stationary start), then sd * sqrt(1 - phi^2). */
    private double stateInnovationSd;
    /** Factor on the slow part's decay: 0 before the first stroke (stationary start), then 1. */
    private double slowMemory;
    // The two most recent distinct gaps between strokes (ms; -1: none yet) and exp(-gap / tau) for each.
    private long gapA = -1;
    private double decayA;
    private long gapB = -1;
    private double decayB;

    StrokeVolumeModel(PumpSpec spec, UniformRandomProvider pumpErrorRng) {
        Objects.requireNonNull(pumpErrorRng, "pumpErrorRng");
        this.pulseUnits = spec.pulseUnits();
        this.sd = spec.strokeVolumeRelativeSd();
        this.phi = spec.strokeVolumeAutocorrelation();
        this.innovationSd = sd * Math.sqrt(1 - phi * phi);
        this.bias = spec.strokeVolumeRelativeBias();
        this.slowSd = spec.strokeVolumeSlowRelativeSd();
        this.slowTauMillis = spec.strokeVolumeSlowCorrelationHours() * 3_600_000.0;
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(pumpErrorRng);
        this.stateInnovationSd = sd;
    }

    /**
     * exp(-gap / tau) of the slow part, remembered for the last two gaps: strokes come at few distinct gaps (a
     * bolus every second; a basal rate's spacing, which alternates between two whole milliseconds when it does not
     * divide evenly), so the exponential, 0.4 % of a run's CPU in a profile, is rarely computed. The value is the
     * one Math.exp gives for that gap, so the strokes are bit for bit those computed afresh.
     */
    private double decay(long gapMillis) {
        if (gapMillis == gapA) {
            return decayA;
        }
        if (gapMillis == gapB) {
            return decayB;
        }
        double d = Math.exp(-gapMillis / slowTauMillis);
        gapB = gapA;
        decayB = decayA;
        gapA = gapMillis;
        decayA = d;
        return d;
    }

    /** Volume (U) displaced by the stroke at {@code nowMillis} (non-decreasing from call to call). */
    double nextStrokeUnits(long nowMillis) {
        if (sd == 0 && slowSd == 0) {
            return pulseUnits * (1 + bias);
        }
        state = statePersistence * state + stateInnovationSd * gaussian.sample();
        if (slowSd > 0) {
            double a = slowMemory * decay(nowMillis - lastStrokeMillis);
            slow = a * slow + slowSd * Math.sqrt(1 - a * a) * gaussian.sample();
        }
        statePersistence = phi;
        stateInnovationSd = innovationSd;
        slowMemory = 1.0;
        lastStrokeMillis = nowMillis;
        return pulseUnits * Math.max(0.0, 1 + bias + state + slow);
    }
}
