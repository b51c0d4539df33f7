package org.vpsim.results.metrics;

/**
 * Outcome metrics of one glucose series (mg/dL, equally spaced readings).
 *
 * <p>Bands follow the International Consensus on Time in Range (Battelino et al. 2019): TIR is
 * 70–180 mg/dL inclusive; TBR &lt;70 and &lt;54; TAR &gt;180 and &gt;250; all are percent of readings.
 * The five disjoint bands (&lt;54, 54–&lt;70, 70–180, &gt;180–250, &gt;250) sum to 100.
 *
 * @param readings         number of readings the metrics are computed from (&ge; 1)
 * @param meanMgDl         arithmetic mean
 * @param sdMgDl           sample standard deviation (n − 1); NaN when there is a single reading
 * @param cvPct            coefficient of variation, SD / mean · 100; NaN with a single reading
 * @param gmiPct           glucose management indicator, 3.31 + 0.02392 · mean (Bergenstal et al. 2018)
 * @param tir70To180Pct    percent of readings in 70–180 mg/dL inclusive
 * @param tbrBelow70Pct    percent of readings &lt; 70 mg/dL (includes those &lt; 54)
 * @param tbrBelow54Pct    percent of readings &lt; 54 mg/dL
 * @param tarAbove180Pct   percent of readings &gt; 180 mg/dL (includes those &gt; 250)
 * @param tarAbove250Pct   percent of readings &gt; 250 mg/dL
 * @param lbgi             low blood glucose index (Kovatchev)
 * @param hbgi             high blood glucose index (Kovatchev)
 * @param gri              glycemia risk index (Klonoff 2023), 0–100
 * @param titr70To140Pct   percent of readings in 70–140 mg/dL inclusive (time in tight range,
 *                         Battelino et al. 2023, Lancet Diabetes Endocrinol 11(1):42)
 * @param minMgDl          lowest reading (the CVGA x coordinate, Magni et al. 2008)
 * @param maxMgDl          highest reading (the CVGA y coordinate)
 */
public record GlucoseMetrics(
        long readings,
        double meanMgDl,
        double sdMgDl,
        double cvPct,
        double gmiPct,
        double tir70To180Pct,
        double tbrBelow70Pct,
        double tbrBelow54Pct,
        double tarAbove180Pct,
        double tarAbove250Pct,
        double lbgi,
        double hbgi,
        double gri,
        double titr70To140Pct,
        double minMgDl,
        double maxMgDl) {

    public GlucoseMetrics {
        if (readings < 1) {
            throw new IllegalArgumentException("readings: " + readings + " is less than 1");
        }
        requireFiniteNonNegative("meanMgDl", meanMgDl);
        if (readings > 1) {
            requireFiniteNonNegative("sdMgDl", sdMgDl);
            requireFiniteNonNegative("cvPct", cvPct);
        } else if (!Double.isNaN(sdMgDl) || !Double.isNaN(cvPct)) {
            throw new IllegalArgumentException(
                    "sdMgDl: " + sdMgDl + " must be NaN with a single reading (sample SD is undefined)");
        }
        requireFiniteNonNegative("gmiPct", gmiPct);
        requirePercent("tir70To180Pct", tir70To180Pct);
        requirePercent("tbrBelow70Pct", tbrBelow70Pct);
        requirePercent("tbrBelow54Pct", tbrBelow54Pct);
        requirePercent("tarAbove180Pct", tarAbove180Pct);
        requirePercent("tarAbove250Pct", tarAbove250Pct);
        if (tbrBelow54Pct > tbrBelow70Pct) {
            throw new IllegalArgumentException("tbrBelow54Pct: " + tbrBelow54Pct
                    + " exceeds tbrBelow70Pct " + tbrBelow70Pct);
        }
        if (tarAbove250Pct > tarAbove180Pct) {
            throw new IllegalArgumentException("tarAbove250Pct: " + tarAbove250Pct
                    + " exceeds tarAbove180Pct " + tarAbove180Pct);
        }
        requireFiniteNonNegative("lbgi", lbgi);
        requireFiniteNonNegative("hbgi", hbgi);
        requirePercent("gri", gri);
        requirePercent("titr70To140Pct", titr70To140Pct);
        if (titr70To140Pct > tir70To180Pct) {
            throw new IllegalArgumentException("titr70To140Pct: " + titr70To140Pct
                    + " exceeds tir70To180Pct " + tir70To180Pct);
        }
        requireFiniteNonNegative("minMgDl", minMgDl);
        requireFiniteNonNegative("maxMgDl", maxMgDl);
        if (minMgDl > maxMgDl || meanMgDl < minMgDl - 1e-9 * maxMgDl || meanMgDl > maxMgDl + 1e-9 * maxMgDl) {
            throw new IllegalArgumentException("minMgDl " + minMgDl + ", meanMgDl " + meanMgDl + ", maxMgDl "
                    + maxMgDl + " are not in order");
        }
    }

    /** The CVGA zone of this series' extremes (Magni et al. 2008). */
    public CvgaZone cvgaZone() {
        return CvgaZone.of(minMgDl, maxMgDl);
    }

    private static void requireFiniteNonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + ": " + value + " is not a finite non-negative number");
        }
    }

    private static void requirePercent(String field, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(field + ": " + value + " is outside 0–100");
        }
    }
}
