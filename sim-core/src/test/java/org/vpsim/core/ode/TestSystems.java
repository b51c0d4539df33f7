package org.vpsim.core.ode;

/** Test problems with closed-form solutions (or a trusted reference) and evaluation counters. */
final class TestSystems {
    private TestSystems() {
    }

    /** y' = -k y; y(t) = y0 exp(-k t). The simplest linear decay, like a first-order compartment. */
    static final class ExponentialDecay implements OdeSystem {
        final double k;
        int evaluations;

        ExponentialDecay(double k) {
            this.k = k;
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            evaluations++;
            yDot[0] = -k * y[0];
        }

        double exact(double y0, double t) {
            return y0 * Math.exp(-k * t);
        }
    }

    /**
     * Harmonic oscillator x'' = -ω² x as (x, v); with x(0)=1, v(0)=0: x = cos ωt, v = -ω sin ωt.
     * Energy ω²x² + v² is conserved.
     */
    static final class HarmonicOscillator implements OdeSystem {
        final double omega;

        HarmonicOscillator(double omega) {
            this.omega = omega;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            yDot[0] = y[1];
            yDot[1] = -omega * omega * y[0];
        }
    }

    /** Lotka–Volterra predator–prey: x' = αx − βxy, y' = δxy − γy (nonlinear, periodic, no closed form). */
    static final class LotkaVolterra implements OdeSystem {
        static final double ALPHA = 1.5, BETA = 1.0, DELTA = 1.0, GAMMA = 3.0;

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            yDot[0] = ALPHA * y[0] - BETA * y[0] * y[1];
            yDot[1] = DELTA * y[0] * y[1] - GAMMA * y[1];
        }

        /** The conserved quantity V = δx − γ ln x + βy − α ln y. */
        static double invariant(double[] y) {
            return DELTA * y[0] - GAMMA * Math.log(y[0]) + BETA * y[1] - ALPHA * Math.log(y[1]);
        }
    }

    /** y' = g(t) only: integration is quadrature, so the result is a known antiderivative. */
    static OdeSystem quadrature(java.util.function.DoubleUnaryOperator g) {
        return new OdeSystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                yDot[0] = g.applyAsDouble(t);
            }
        };
    }
}
