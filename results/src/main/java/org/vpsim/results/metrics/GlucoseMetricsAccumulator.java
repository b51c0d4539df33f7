package org.vpsim.results.metrics;

/**
 * One-pass accumulator of {@link GlucoseMetrics}: counts per consensus band, Welford's running mean
 * and sum of squared deviations (Welford 1962, Technometrics 4(3):419 — numerically stable where the
 * textbook Σx² − n·mean² loses digits over a year of readings), and running sums of the Kovatchev
 * low/high risk. Memory is constant whatever the series length. Not thread-safe (one per series).
 */
public final class GlucoseMetricsAccumulator {

    private long count;
    private double mean;
    private double sumSquaredDeviations;
    private long veryLow;   // < 54
    private long low;       // 54 – < 70
    private long inRange;   // 70 – 180 inclusive
    private long high;      // > 180 – 250
    private long veryHigh;  // > 250
    private long tightRange; // 70 – 140 inclusive
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double lowRiskSum;
    private double highRiskSum;

    /**
     * Adds one reading in mg/dL; it must be finite and not negative. Zero is allowed: a model patient in
     * profound hypoglycaemia reaches it (the risk functions clamp to their fitted range).
     */
    public void add(double glucoseMgDl) {
        if (!Double.isFinite(glucoseMgDl) || glucoseMgDl < 0) {
            throw new IllegalArgumentException("glucoseMgDl: " + glucoseMgDl + " is negative or not finite");
        }
        count++;
        double delta = glucoseMgDl - mean;
        mean += delta / count;
        sumSquaredDeviations += delta * (glucoseMgDl - mean);
        min = Math.min(min, glucoseMgDl);
        max = Math.max(max, glucoseMgDl);

        // Band edges as in Battelino 2019: 70 and 180 belong to the target range; 54 to "level 1" low;
        // 250 to "level 1" high.
        if (glucoseMgDl < 54) {
            veryLow++;
        } else if (glucoseMgDl < 70) {
            low++;
        } else if (glucoseMgDl <= 180) {
            inRange++;
            // Time in tight range 70–140 inclusive (Battelino et al. 2023 consensus for trials).
            if (glucoseMgDl <= 140) {
                tightRange++;
            }
        } else if (glucoseMgDl <= 250) {
            high++;
        } else {
            veryHigh++;
        }

        // Kovatchev 1997: rl = r if f < 0 else 0, rh = r if f > 0 else 0; LBGI/HBGI are means over all
        // readings (zeros included).
        double f = KovatchevRisk.symmetrised(glucoseMgDl);
        double r = 10.0 * f * f;
        if (f < 0) {
            lowRiskSum += r;
        } else if (f > 0) {
            highRiskSum += r;
        }
    }

    /** Number of readings added so far. */
    public long count() {
        return count;
    }

    /**
     * The metrics of the readings added so far.
     *
     * @throws IllegalStateException when no reading was added
     */
    public GlucoseMetrics result() {
        if (count == 0) {
            throw new IllegalStateException("no glucose readings: metrics are undefined");
        }
        double n = count;
        double sd = count > 1 ? Math.sqrt(sumSquaredDeviations / (n - 1)) : Double.NaN;
        double cv = count > 1 ? sd / mean * 100.0 : Double.NaN;
        double veryLowPct = veryLow / n * 100.0;
        double lowPct = low / n * 100.0;
        double highPct = high / n * 100.0;
        double veryHighPct = veryHigh / n * 100.0;
        // GMI (%) = 3.31 + 0.02392 × mean glucose in mg/dL (Bergenstal et al. 2018, Diabetes Care
        // 41(11):2275), as adopted by Battelino 2019.
        double gmi = 3.31 + 0.02392 * mean;
        // GRI = 3.0·VLow + 2.4·Low + 1.6·VHigh + 0.8·High, capped at 100 (Klonoff et al. 2023).
        double gri = Math.min(100.0, 3.0 * veryLowPct + 2.4 * lowPct + 1.6 * veryHighPct + 0.8 * highPct);
        return new GlucoseMetrics(
                count,
                mean,
                sd,
                cv,
                gmi,
                inRange / n * 100.0,
                (veryLow + low) / n * 100.0,
                veryLowPct,
                (high + veryHigh) / n * 100.0,
                veryHighPct,
                lowRiskSum / n,
                highRiskSum / n,
                gri,
                tightRange / n * 100.0,
                min,
                max);
    }
}
