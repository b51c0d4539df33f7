package org.vpsim.patient;

import java.util.Arrays;

/**
 * The patient at whole minute {@code minute} of a {@link Replay}.
 *
 * @param minute                     t (min since start)
 * @param plasmaGlucoseMgDl          plasma glucose (mg/dL)
 * @param interstitialGlucoseMgDl    subcutaneous glucose (mg/dL)
 * @param state                      the model state at t (copied in and out)
 */
public record ReplayRow(int minute, double plasmaGlucoseMgDl, double interstitialGlucoseMgDl, double[] state) {
    public ReplayRow {
        if (minute < 0) {
            throw new IllegalArgumentException("minute: " + minute + " is negative");
        }
        state = state.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplayRow r && minute == r.minute
                && Double.compare(plasmaGlucoseMgDl, r.plasmaGlucoseMgDl) == 0
                && Double.compare(interstitialGlucoseMgDl, r.interstitialGlucoseMgDl) == 0
                && Arrays.equals(state, r.state);
    }

    @Override
    public int hashCode() {
        return 31 * Integer.hashCode(minute) + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return "ReplayRow[minute=" + minute + ", plasmaGlucoseMgDl=" + plasmaGlucoseMgDl
                + ", interstitialGlucoseMgDl=" + interstitialGlucoseMgDl + "]";
    }
}
