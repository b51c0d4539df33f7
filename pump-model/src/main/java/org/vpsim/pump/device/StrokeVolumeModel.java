package org.vpsim.pump.device;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Volume displaced by each motor stroke: {@code pulse * (1 + bias + x_i)}, floored at 0, where x is a
 * stationary Gaussian AR(1) process in stroke index,
 * {@code x_i = phi * x_{i-1} + sd * sqrt(1 - phi^2) * z_i}, z standard normal from the PUMP_ERROR stream.
 *
 * <p>Why AR(1): in a lead-screw syringe drive, consecutive steps share the same thread flank, plunger
 * friction and reservoir compliance, so stroke errors are positively correlated rather than white;
 * this keeps long-window errors from vanishing as 1/sqrt(n) (Jahn et al. 2013 and Ziegler et al. 2020
 * show 1-h basal windows still scattering by several %). Relative error of a delivery of n strokes has
 * SD about {@code sd * sqrt((1+phi)/(1-phi) / n)}: small doses carry larger relative error, as measured.
 */
final class StrokeVolumeModel {
    private final double pulseUnits;
    private final double sd;
    private final double phi;
    private final double innovationSd;
    private final double bias;
    private final ContinuousSampler gaussian;
    private double state;
    private boolean started;

    StrokeVolumeModel(PumpSpec spec, UniformRandomProvider pumpErrorRng) {
        Objects.requireNonNull(pumpErrorRng, "pumpErrorRng");
        this.pulseUnits = spec.pulseUnits();
        this.sd = spec.strokeVolumeRelativeSd();
        this.phi = spec.strokeVolumeAutocorrelation();
        this.innovationSd = sd * Math.sqrt(1 - phi * phi);
        this.bias = spec.strokeVolumeRelativeBias();
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(pumpErrorRng);
    }

    /** Volume (U) displaced by the next stroke. Draws one Gaussian per stroke when sd &gt; 0. */
    double nextStrokeUnits() {
        if (sd == 0) {
            return pulseUnits * (1 + bias);
        }
        if (!started) {
            state = sd * gaussian.sample(); // start in the stationary distribution
            started = true;
        } else {
            state = phi * state + innovationSd * gaussian.sample();
        }
        return pulseUnits * Math.max(0.0, 1 + bias + state);
    }
}
