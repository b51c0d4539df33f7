package org.vpsim.pump.accuracy;

/**
 * One observation window of a trumpet curve: the largest, smallest and mean percentage flow error
 * over all windows of {@code windowMinutes} in the analysis period.
 */
public record TrumpetRow(int windowMinutes, double maxErrorPct, double minErrorPct, double meanErrorPct) {
    public TrumpetRow {
        if (windowMinutes <= 0) {
            throw new IllegalArgumentException("windowMinutes: " + windowMinutes + " is not positive");
        }
        if (maxErrorPct < minErrorPct) {
            throw new IllegalArgumentException("maxErrorPct: " + maxErrorPct + " is below minErrorPct " + minErrorPct);
        }
    }
}
