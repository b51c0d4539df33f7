package org.vpsim.patient.exercise;

/**
 * The exercise model of Roy A, Parker RS, "Dynamic modeling of exercise effects on plasma glucose and insulin
 * levels", J Diabetes Sci Technol 2007;1(3):338–347: an extension of the Bergman minimal model driven by the
 * exercise intensity u3(t), in % of VO2max above rest (PVO2max). Five states, time in minutes:
 * <pre>
 *   PVO2max' = −0.8·PVO2max + 0.8·u3                   eq. (4)   (%)
 *   Gprod'   = a1·PVO2max − a2·Gprod                   eq. (8)   hepatic glucose release (mg/kg/min)
 *   Gup'     = a3·PVO2max − a4·Gup                     eq. (9)   glucose uptake by working muscle (mg/kg/min)
 *   Ie'      = a5·PVO2max − a6·Ie                      eq. (10)  insulin removal from plasma (µU/mL/min)
 *   Ggly'    = 0 during exercise until A(t) ≥ ATH, then k; −Ggly/T1 after exercise     eqs. (13)–(15)
 * </pre>
 * with A(t) = ∫ u3 dt since the session started and ATH = −1.1521·u3² + 87.471·u3 (eq. (13)), i.e. for a session
 * at constant intensity glycogenolysis starts to fall {@link #glycogenDepletionMinutes(double)} =
 * ATH/u3 = −1.1521·u3 + 87.471 minutes after its start. They enter the minimal model as
 * <pre>
 *   dG/dt += (Gprod − Ggly − Gup)/VG     (eq. (7), W/VolG with VG in dL/kg)
 *   dI/dt −= Ie                           (eq. (5))
 * </pre>
 * Parameter values from Roy &amp; Parker 2007 (the same figures LoopInsighT1's {@code RoyParker2007.ts} uses).
 * At rest every state is 0 and stays 0, so a patient who never exercises is the minimal model unchanged.
 */
public final class RoyParker2007 {
    /** Rate of the PVO2max response to the intensity (1/min), eq. (4). */
    public static final double PVO2MAX_RATE_PER_MIN = 0.8;
    /** a1 (mg/kg/min per % per min) and a2 (1/min): hepatic glucose release, eq. (8). */
    public static final double A1 = 0.00158, A2 = 0.056;
    /** a3 and a4: glucose uptake, eq. (9). */
    public static final double A3 = 0.00195, A4 = 0.0485;
    /** a5 (µU/mL/min per % per min) and a6 (1/min): insulin removal, eq. (10). */
    public static final double A5 = 0.00125, A6 = 0.075;
    /** k: rate at which glycogenolysis falls once glycogen is depleted (mg/kg/min per min), eq. (14). */
    public static final double K = 0.0108;
    /** T1: time constant of the recovery of glycogenolysis after exercise (min), eq. (15). */
    public static final double T1_MINUTES = 6.0;
    /** ATH = ATH_SQUARE·u3² + ATH_LINEAR·u3 (%·min), eq. (13). */
    public static final double ATH_SQUARE = -1.1521, ATH_LINEAR = 87.471;

    /** Number of states this model adds. */
    public static final int STATES = 5;
    /** Offsets of the states within the block. */
    public static final int PVO2MAX = 0, GPROD = 1, GUP = 2, IE = 3, GGLY = 4;

    private RoyParker2007() {
    }

    /**
     * Minutes into a session at constant intensity {@code u3} (% VO2max above rest) after which hepatic
     * glycogenolysis starts to fall: the time A(t) = u3·t reaches ATH(u3), i.e. −1.1521·u3 + 87.471, 0 from about
     * 76 % up (eq. (13)); infinite at rest.
     */
    public static double glycogenDepletionMinutes(double u3) {
        if (!(u3 >= 0 && u3 <= 100)) {
            throw new IllegalArgumentException("u3: " + u3 + " is not an intensity from 0 to 100 % of VO2max");
        }
        if (u3 == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0.0, ATH_SQUARE * u3 + ATH_LINEAR);
    }

    /**
     * Writes the derivatives of the five exercise states (at {@code offset} in {@code x} and {@code dxdt}) for
     * intensity {@code u3} and whether glycogenolysis is falling.
     */
    public static void derivatives(double[] x, int offset, double u3, boolean glycogenolysisDeclining, double[] dxdt) {
        double pvo2 = x[offset + PVO2MAX];
        dxdt[offset + PVO2MAX] = -PVO2MAX_RATE_PER_MIN * pvo2 + PVO2MAX_RATE_PER_MIN * u3;
        dxdt[offset + GPROD] = A1 * pvo2 - A2 * x[offset + GPROD];
        dxdt[offset + GUP] = A3 * pvo2 - A4 * x[offset + GUP];
        dxdt[offset + IE] = A5 * pvo2 - A6 * x[offset + IE];
        dxdt[offset + GGLY] = u3 == 0 ? -x[offset + GGLY] / T1_MINUTES : glycogenolysisDeclining ? K : 0.0;
    }

    /** Net glucose flux from exercise into plasma, Gprod − Ggly − Gup (mg/kg/min), eq. (7). */
    public static double netGlucoseFluxMgPerKgMin(double[] x, int offset) {
        return x[offset + GPROD] - x[offset + GGLY] - x[offset + GUP];
    }

    /** Insulin removed from plasma by exercise, Ie (µU/mL/min = mU/L/min), eq. (5). */
    public static double insulinRemovalMuPerLMin(double[] x, int offset) {
        return x[offset + IE];
    }
}
