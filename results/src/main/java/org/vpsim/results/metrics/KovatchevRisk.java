package org.vpsim.results.metrics;

/**
 * The symmetrising transformation of the blood-glucose scale and the risk function of Kovatchev et
 * al. (1997, Diabetes Care 20(11):1655; restated in Kovatchev et al. 2005, Diabetes Care 28(12)).
 *
 * <p>f(BG) = 1.509 · ((ln BG)^1.084 − 5.381) with BG in mg/dL maps the clinical range 20–600 mg/dL
 * onto roughly [−√10, √10] with f(112.5) ≈ 0; the risk r = 10·f² then runs from 0 to 100.
 */
public final class KovatchevRisk {

    /** Lower end of the range on which the transformation was fitted (Kovatchev 1997). */
    public static final double MIN_GLUCOSE_MG_DL = 20.0;
    /** Upper end of the range on which the transformation was fitted (Kovatchev 1997). */
    public static final double MAX_GLUCOSE_MG_DL = 600.0;

    private KovatchevRisk() {
    }

    /**
     * The symmetrised glucose f(BG). Values outside 20–600 mg/dL are clamped to that range first,
     * because the transformation is defined on it (and ln is undefined at 0); CGM readings are
     * clipped to 39–400 anyway, so the clamp only ever touches pathological plasma values.
     */
    public static double symmetrised(double glucoseMgDl) {
        double bg = Math.min(MAX_GLUCOSE_MG_DL, Math.max(MIN_GLUCOSE_MG_DL, glucoseMgDl));
        return 1.509 * (Math.pow(Math.log(bg), 1.084) - 5.381);
    }

    /** The risk r(BG) = 10 · f(BG)², 0–100. */
    public static double risk(double glucoseMgDl) {
        double f = symmetrised(glucoseMgDl);
        return 10.0 * f * f;
    }
}
