package org.vpsim.results.metrics;

/**
 * Zones of the Control Variability Grid Analysis (Magni et al. 2008, J Diabetes Sci Technol
 * 2(4):630–635). Each patient is one point: x = the lowest glucose of the period, y = the highest.
 * The grid cuts x at 90 and 70 mg/dL and y at 180 and 300 mg/dL into nine squares:
 *
 * <pre>
 *                 min &gt; 90      70 ≤ min ≤ 90   min &lt; 70
 *   max &gt; 300     Upper D       Upper C        E
 *   180 ≤ max ≤ 300 Upper B     B              Lower C
 *   max &lt; 180     A             Lower B        Lower D
 * </pre>
 *
 * A: accurate control; B: benign deviations; C: over-corrections (Upper C of hypoglycaemia, Lower C of
 * hyperglycaemia); D: failure to deal with glycaemia (Upper D hyper-, Lower D hypoglycaemia);
 * E: erroneous control. Boundary values belong to the middle band (70 and 90 to 70–90, 180 and 300
 * to 180–300), as drawn in the paper's figure where the lines are the band edges.
 */
public enum CvgaZone {
    A("A"), LOWER_B("Lower B"), UPPER_B("Upper B"), B("B"), LOWER_C("Lower C"), UPPER_C("Upper C"),
    LOWER_D("Lower D"), UPPER_D("Upper D"), E("E");

    /** Edges of the grid, mg/dL. */
    public static final double MIN_UPPER_EDGE = 90, MIN_LOWER_EDGE = 70, MAX_LOWER_EDGE = 180, MAX_UPPER_EDGE = 300;

    private final String label;

    CvgaZone(String label) {
        this.label = label;
    }

    /** The name as the paper writes it, e.g. "Lower B"; also the value stored in summary.parquet. */
    public String label() {
        return label;
    }

    /** The zone of a point (lowest, highest glucose in mg/dL). */
    public static CvgaZone of(double minMgDl, double maxMgDl) {
        int column = minMgDl > MIN_UPPER_EDGE ? 0 : minMgDl >= MIN_LOWER_EDGE ? 1 : 2;
        int row = maxMgDl < MAX_LOWER_EDGE ? 0 : maxMgDl <= MAX_UPPER_EDGE ? 1 : 2;
        return GRID[row][column];
    }

    /** The zone named by {@link #label()}. */
    public static CvgaZone ofLabel(String label) {
        for (CvgaZone z : values()) {
            if (z.label.equals(label)) {
                return z;
            }
        }
        throw new IllegalArgumentException("cvga zone: '" + label + "' is not one of A, Lower B, Upper B, B, "
                + "Lower C, Upper C, Lower D, Upper D, E");
    }

    private static final CvgaZone[][] GRID = {
        {A, LOWER_B, LOWER_D},
        {UPPER_B, B, LOWER_C},
        {UPPER_D, UPPER_C, E},
    };
}
