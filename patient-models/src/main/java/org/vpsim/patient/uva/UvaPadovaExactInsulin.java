package org.vpsim.patient.uva;

import static org.vpsim.patient.uva.UvaPadova2008Model.GP;
import static org.vpsim.patient.uva.UvaPadova2008Model.GS;
import static org.vpsim.patient.uva.UvaPadova2008Model.GT;
import static org.vpsim.patient.uva.UvaPadova2008Model.ID;
import static org.vpsim.patient.uva.UvaPadova2008Model.IL;
import static org.vpsim.patient.uva.UvaPadova2008Model.IP;
import static org.vpsim.patient.uva.UvaPadova2008Model.ISC1;
import static org.vpsim.patient.uva.UvaPadova2008Model.ISC2;
import static org.vpsim.patient.uva.UvaPadova2008Model.I_PRIME;
import static org.vpsim.patient.uva.UvaPadova2008Model.QGUT;
import static org.vpsim.patient.uva.UvaPadova2008Model.QSTO1;
import static org.vpsim.patient.uva.UvaPadova2008Model.QSTO2;
import static org.vpsim.patient.uva.UvaPadova2008Model.X;

import java.util.Arrays;
import org.vpsim.core.ode.OdeIntegrator;
import org.vpsim.core.ode.OdeSystem;
import org.vpsim.patient.ExactInsulinIntegrator;
import org.vpsim.patient.ModelInputs;

/**
 * UVA/Padova 2008 with its insulin subsystem solved exactly ({@link ExactInsulinIntegrator}).
 *
 * <p>The seven insulin states — Isc1, Isc2 (the subcutaneous depot, Kovatchev 2009, as simglucose 0.2.11 writes
 * it), Ip, Il (plasma and liver insulin), X (insulin action on utilisation) and I', Id (the delayed insulin signal
 * on the liver; Dalla Man 2007, IEEE TBME 54(10), eq. (3)-(4), (18)-(21), the equations of
 * {@link UvaPadova2008Model}) — obey x' = A x + f with A and f constant while the inputs are (the absorption-rate multiplier scales ka1,
 * ka2, kd; insulin sensitivity scales the Ip → X coupling; a continuous infusion enters f). A is block lower
 * triangular: Isc1 (rate −(ka1+kd)) → Isc2 (−ka2) → the Ip–Il pair (the two real eigenvalues of
 * [[−(m2+m4), m1], [m2, −(m1+m30)]]) → X (−p2U) and I' → Id (−ki, twice: a Jordan block). With the equilibrium
 * x_eq of f, the solution is x(t) = x_eq + Σ c_m(t) v_m where v_0..v_4 are eigenvectors, v_5 = e_Id the
 * eigenvector of −ki and v_6 = e_I'/ki its generalised eigenvector ((A + ki)v_6 = v_5): c_m(t) = c_m e^{λ_m s}
 * for m &lt; 5, c_5(t) = (c_5 + s c_6) e^{−ki s}, c_6(t) = c_6 e^{−ki s}, s = t − t_ref. An impulse of q pmol/kg
 * into Isc1 at t_k adds q·P⁻¹e_Isc1 at t_k, i.e. to every later time, so it only moves the coefficients of
 * the times after it. The guards of the reference ("no change while a state is negative") never act on an
 * exact solution of this positive system started from non-negative insulin states, so the guarded equations
 * and this solution coincide; a start from a negative insulin state is refused (the caller integrates).
 *
 * <p>The glucose states (Qsto1, Qsto2, Qgut, Gp, Gt, Gs) read insulin only through X (utilisation) and Id
 * (endogenous production), both continuous at an impulse (X has a kink in its second derivative, Id in its
 * third), so the numerical integrator steps across strokes without seeing them. Their right-hand side is the
 * model's own glucose part ({@code UvaPadova2008Model.RightHandSide#glucoseDerivatives}) fed the exact X and Id:
 * one place for the equations. X is carried as si·Y + H (see {@link #si}) so that the frequent changes of
 * insulin sensitivity need no new decomposition. Impulses later than the time integrated to wait in a list (times ascending, with prefix sums of
 * their coefficient changes) so that a stage at time t sees exactly those at or before t.
 */
final class UvaPadovaExactInsulin implements ExactInsulinIntegrator {
    /** Glucose states of the full model, in the order the numerical integrator holds them. */
    private static final int[] GLUCOSE = {QSTO1, QSTO2, QGUT, GP, GT, GS};
    /**
     * Insulin states of the full model, in the local order of the modal vectors; local 4 is not X itself but Y,
     * the insulin signal X follows before sensitivity scales it (see {@link #h}).
     */
    private static final int[] INSULIN = {ISC1, ISC2, IP, IL, X, I_PRIME, ID};
    private static final int L_ISC1 = 0, L_ISC2 = 1, L_IP = 2, L_IL = 3, L_Y = 4, L_IPRIME = 5, L_ID = 6;
    private static final int N = 7;
    /**
     * Two rates closer than this (relative) are treated as coincident: the eigenvectors' 1/(λ_i − λ_j) would
     * amplify rounding by about 1/this, and the caller integrates numerically instead. None of the 30 published
     * patients comes near it: their closest pair of rates, adult#010's ka2 and p2U, are 0.76 % apart (every
     * published patient is solved exactly, tested).
     */
    static final double MIN_RELATIVE_RATE_GAP = 1e-6;
    /** Largest |λ|·s an impulse's coefficient is referred back by (e^200 ≈ 7e86, far from overflow). */
    private static final double MAX_EXPONENT = 200.0;

    private final UvaPadova2008Model model;
    private final UvaPadovaParameters p;
    private final double pmolPerKgPerUnit;
    private final OdeIntegrator integrator;

    // The decomposition for the inputs last seen (NaN: none yet).
    private double decomposedMultiplier = Double.NaN, decomposedInfusion = Double.NaN;
    /**
     * Insulin sensitivity enters only X' = −p2U·X + p2U(si·Ip/Vi − Ib). The modes carry Y, Y' = −p2U·Y + p2U·Ip/Vi,
     * and X = si·Y + H with H' = −p2U(H + Ib) while si holds, i.e. H(s) = −Ib + h·e^{−p2U s}: a change of si (the
     * variability driver moves it every few minutes) only moves h so that X stays continuous, with no new
     * decomposition.
     */
    private double si;
    private double h;
    private final double ib;
    private final double[] local = new double[7];
    private final double[] lambda = new double[6];
    private double fastestRate;
    /** vectors[m][j]: component j (local order) of modal vector m. */
    private final double[][] vectors = new double[N][N];
    private final double[][] inverse = new double[N][N];
    private final double[] equilibrium = new double[N];
    /** P⁻¹ e_Isc1: the modal coefficients of 1 pmol/kg put into Isc1. */
    private final double[] impulseModes = new double[N];
    /**
     * Slots of the memo of e^{λ_m s} (a power of two). The exponentials were a third of the patient integration's
     * CPU time (async-profiler, default study: {@code exp} 8.9 % of a run, 4.0 from the stage evaluations, 2.0
     * from strokes, 1.8 from the gastric tanh) while many of their arguments repeat: the intervals between
     * observations start at whole minutes and mostly last 5 min (1 min while eating), so the first Dormand–Prince
     * step of an interval puts its stages at the same offsets s = c_i·h from the origin again and again, and
     * strokes whose spacing divides the observation grid (1.5 min, bolus strokes whole seconds after a minute)
     * come at the same few ages. Later steps of an interval (a step size the error control chose) and strokes at
     * a basal rate's own spacing miss: on the default study 36–44 % of lookups hit (85 % on the benchmark's day of
     * 1.5-min strokes). Keyed by the exact bits of s, the memo returns the very numbers Math.exp would: results are
     * bit for bit those without it.
     */
    private static final int MEMO_SLOT_BITS = 8;
    private static final int MEMO_SLOTS = 1 << MEMO_SLOT_BITS;
    /** A NaN bit pattern Math.exp's arguments never have here (s is finite): an empty slot. */
    private static final long EMPTY = 0x7ff8dead0000beefL;
    private static final int MODES = 6;
    /** Raw bits of the s each slot holds e^{λ_m s} for (a NaN pattern: empty); cleared when the rates change. */
    private final long[] memoKeys = new long[MEMO_SLOTS];
    private final double[] memoExps = new double[MEMO_SLOTS * MODES];
    private long memoHits, memoMisses;

    // The solution: coefficients at refMinutes (= the time integrated to) and the impulses after it.
    private double refMinutes;
    private final double[] base = new double[N];
    private double[] pendingMinutes = new double[64];
    private double[] pendingPmolPerKg = new double[64];
    /** Prefix sums: pendingSums[k·N + m] = Σ over pending impulses 0..k of their change of c_m. */
    private double[] pendingSums = new double[64 * N];
    private int pendingCount;

    // The numerical part.
    private final double[] glucose = new double[GLUCOSE.length];
    private final double[] glucoseDot = new double[GLUCOSE.length];
    private boolean glucoseDotKnown;
    private double integratedMinutes;
    private UvaPadova2008Model.RightHandSide rightHandSide;
    /**
     * X and Id last worked out, at actionMinutes with actionPending impulses waiting: a Dormand–Prince step evaluates
     * its last two stages at the same time, and the exponentials are most of an evaluation's cost.
     */
    private double actionMinutes = Double.NaN;
    private int actionPending = -1;
    private double action;
    private double delayedInsulin;
    /** The count of pending impulses at or before the time last asked (stage times mostly move forward). */
    private int cursor;
    private final double[] fullState = new double[UvaPadova2008Model.DIMENSION];
    private final double[] fullDot = new double[UvaPadova2008Model.DIMENSION];
    private final OdeSystem glucoseSystem = new OdeSystem() {
        @Override
        public int dimension() {
            return GLUCOSE.length;
        }

        @Override
        public void computeDerivatives(double t, double[] g, double[] gDot) {
            double[] y = fullState;
            for (int i = 0; i < GLUCOSE.length; i++) {
                y[GLUCOSE[i]] = g[i];
            }
            if (t != actionMinutes || pendingCount != actionPending) {
                insulinActionAt(t);
            }
            rightHandSide.glucoseDerivatives(y, action, delayedInsulin, fullDot);
            for (int i = 0; i < GLUCOSE.length; i++) {
                gDot[i] = fullDot[GLUCOSE[i]];
            }
        }
    };

    UvaPadovaExactInsulin(UvaPadova2008Model model, OdeIntegrator integrator) {
        if (integrator == null) {
            throw new IllegalArgumentException("integrator: null");
        }
        this.model = model;
        this.p = model.patient().parameters();
        this.pmolPerKgPerUnit = UvaPadova2008Model.PMOL_PER_UNIT / p.bodyWeightKg();
        this.integrator = integrator;
        this.ib = p.ibPmolPerL();
        clearMemo();
    }

    @Override
    public boolean restart(double[] x, double timeMinutes, ModelInputs inputs) {
        double sensitivity = inputs.insulinSensitivityMultiplier();
        double multiplier = inputs.absorptionRateMultiplier();
        double infusion = inputs.insulinInfusionUnitsPerMinute() * pmolPerKgPerUnit;
        if (Double.isNaN(decomposedMultiplier)) {
            for (int j = 0; j < N; j++) {
                if (j != L_Y && !(x[INSULIN[j]] >= 0)) {
                    return false;
                }
            }
            if (!decompose(multiplier, infusion)) {
                return false;
            }
            for (int j = 0; j < N; j++) {
                local[j] = x[INSULIN[j]];
            }
            local[L_Y] = x[IP] / p.viLPerKg(); // any split X = si·Y + H is exact; this one starts Y at its equilibrium
            project();
            si = sensitivity;
            h = x[X] - si * local[L_Y] + ib;
            refMinutes = timeMinutes;
        } else {
            if (timeMinutes != refMinutes) {
                throw new IllegalStateException("restart at minute " + timeMinutes + " but integrated to "
                        + refMinutes);
            }
            if (multiplier != decomposedMultiplier || infusion != decomposedInfusion) {
                if (pendingCount > 0) {
                    throw new IllegalStateException("insulin kinetics changed with impulses pending after minute "
                            + timeMinutes);
                }
                localState();
                if (!decompose(multiplier, infusion)) {
                    return false; // x is up to date: the caller integrates on from it
                }
                project();
            }
            if (sensitivity != si) {
                localState();
                h += (si - sensitivity) * local[L_Y];
                si = sensitivity;
            }
        }
        integratedMinutes = timeMinutes;
        for (int i = 0; i < GLUCOSE.length; i++) {
            glucose[i] = x[GLUCOSE[i]];
        }
        // The insulin states the glucose right-hand side does not read keep the caller's values (guards only).
        System.arraycopy(x, 0, fullState, 0, fullState.length);
        rightHandSide = model.rightHandSide(inputs);
        actionMinutes = Double.NaN;
        glucoseDotKnown = false;
        return true;
    }

    @Override
    public void addSubcutaneousInsulin(double timeMinutes, double insulinUnits) {
        if (!(timeMinutes >= integratedMinutes)) {
            throw new IllegalArgumentException("impulse at minute " + timeMinutes + " before the time integrated to ("
                    + integratedMinutes + ")");
        }
        double q = insulinUnits * pmolPerKgPerUnit;
        if ((timeMinutes - refMinutes) * fastestRate > MAX_EXPONENT) {
            // Strokes for hours without an observation: integrate up to this one rather than let e^{|λ|s} overflow.
            advance(timeMinutes);
        }
        if (timeMinutes == integratedMinutes) {
            addModes(timeMinutes - refMinutes, q, base, 0);
            return;
        }
        if (pendingCount > 0 && timeMinutes < pendingMinutes[pendingCount - 1]) {
            throw new IllegalArgumentException("impulse at minute " + timeMinutes + " before an earlier one");
        }
        addPending(timeMinutes, q);
    }

    private void addPending(double timeMinutes, double q) {
        ensurePending(pendingCount + 1);
        int k = pendingCount++;
        pendingMinutes[k] = timeMinutes;
        pendingPmolPerKg[k] = q;
        int at = k * N;
        if (k > 0) {
            System.arraycopy(pendingSums, at - N, pendingSums, at, N);
        } else {
            Arrays.fill(pendingSums, 0, N, 0.0);
        }
        addModes(timeMinutes - refMinutes, q, pendingSums, at);
    }

    /** Adds to {@code into[at..at+N)} the coefficient change (referred to refMinutes) of q pmol/kg in Isc1 at s. */
    private void addModes(double s, double q, double[] into, int at) {
        actionMinutes = Double.NaN;
        // e^{−λ s} = e^{λ·(−s)} bit for bit (negation is exact and rounding symmetric): the memo's entry for −s.
        double[] exps = memoExps;
        int e = exponentials(-s);
        for (int m = 0; m < 5; m++) {
            into[at + m] += q * impulseModes[m] * exps[e + m];
        }
        // Jordan pair of −ki: local (d5, d6) at s contributes (d5 + (t − s)d6)e^{−ki(t − s)} to the e_Id coefficient.
        double back = exps[e + 5];
        double d5 = q * impulseModes[5];
        double d6 = q * impulseModes[6];
        into[at + 5] += (d5 - s * d6) * back;
        into[at + 6] += d6 * back;
    }

    @Override
    public void integrateTo(double[] x, double toMinutes) {
        advance(toMinutes);
        for (int i = 0; i < GLUCOSE.length; i++) {
            x[GLUCOSE[i]] = glucose[i];
        }
        localState();
        for (int j = 0; j < N; j++) {
            x[INSULIN[j]] = local[j];
        }
        x[X] = si * local[L_Y] - ib + h;
    }

    /** {@link #local} = the local insulin state at refMinutes (Y in place of X). */
    private void localState() {
        for (int j = 0; j < N; j++) {
            double v = equilibrium[j];
            for (int m = 0; m < N; m++) {
                v += base[m] * vectors[m][j];
            }
            local[j] = v;
        }
    }

    /** {@link #base} = the modal coefficients of {@link #local}: P⁻¹(local − equilibrium). */
    private void project() {
        for (int m = 0; m < N; m++) {
            double c = 0;
            for (int j = 0; j < N; j++) {
                c += inverse[m][j] * (local[j] - equilibrium[j]);
            }
            base[m] = c;
        }
    }

    /** Integrates the glucose states to {@code toMinutes}, takes in the impulses up to it and moves the origin there. */
    private void advance(double toMinutes) {
        if (toMinutes > integratedMinutes) {
            integrator.integrate(glucoseSystem, integratedMinutes, glucose, toMinutes, glucoseDot, glucoseDotKnown);
            glucoseDotKnown = true;
        }
        int committed = countUpTo(toMinutes);
        if (committed > 0) {
            int at = (committed - 1) * N;
            for (int m = 0; m < N; m++) {
                base[m] += pendingSums[at + m];
            }
        }
        rebase(toMinutes);
        integratedMinutes = toMinutes;
        int left = pendingCount - committed;
        if (left == 0) {
            pendingCount = 0;
            return;
        }
        // Rare (a meal's minute boundary between strokes): the later impulses, referred to the new origin.
        double[] minutes = Arrays.copyOfRange(pendingMinutes, committed, pendingCount);
        double[] amounts = Arrays.copyOfRange(pendingPmolPerKg, committed, pendingCount);
        pendingCount = 0;
        for (int k = 0; k < left; k++) {
            addPending(minutes[k], amounts[k]);
        }
    }

    /** Moves the origin of the coefficients in {@link #base} from refMinutes to {@code toMinutes}. */
    private void rebase(double toMinutes) {
        actionMinutes = Double.NaN;
        double s = toMinutes - refMinutes;
        if (s == 0) {
            return;
        }
        double[] exps = memoExps;
        int at = exponentials(s);
        for (int m = 0; m < 5; m++) {
            base[m] *= exps[at + m];
        }
        h *= exps[at + 4];
        double e = exps[at + 5];
        base[5] = (base[5] + s * base[6]) * e;
        base[6] *= e;
        refMinutes = toMinutes;
    }

    /** Number of pending impulses at or before {@code t} (they are in ascending time order). */
    private int countUpTo(double t) {
        int n = pendingCount;
        int k = Math.min(cursor, n);
        while (k < n && pendingMinutes[k] <= t) {
            k++;
        }
        while (k > 0 && pendingMinutes[k - 1] > t) {
            k--;
        }
        cursor = k;
        return k;
    }

    /** Works out X ({@link #action}) and Id ({@link #delayedInsulin}) at time {@code t} (&gt;= the time integrated to). */
    private void insulinActionAt(double t) {
        actionMinutes = t;
        actionPending = pendingCount;
        double s = t - refMinutes;
        int k = countUpTo(t);
        double c0 = base[0], c1 = base[1], c2 = base[2], c3 = base[3], c4 = base[4], c5 = base[5], c6 = base[6];
        if (k > 0) {
            int at = (k - 1) * N;
            double[] sums = pendingSums;
            c0 += sums[at];
            c1 += sums[at + 1];
            c2 += sums[at + 2];
            c3 += sums[at + 3];
            c4 += sums[at + 4];
            c5 += sums[at + 5];
            c6 += sums[at + 6];
        }
        double[] exps = memoExps;
        int at = exponentials(s);
        double e0 = c0 * exps[at];
        double e1 = c1 * exps[at + 1];
        double e2 = c2 * exps[at + 2];
        double e3 = c3 * exps[at + 3];
        double[] v0 = vectors[0], v1 = vectors[1], v2 = vectors[2], v3 = vectors[3];
        double e4 = exps[at + 4];
        double yy = equilibrium[L_Y] + e0 * v0[L_Y] + e1 * v1[L_Y] + e2 * v2[L_Y] + e3 * v3[L_Y] + c4 * e4;
        action = si * yy - ib + h * e4;
        delayedInsulin = equilibrium[L_ID] + e0 * v0[L_ID] + e1 * v1[L_ID] + e2 * v2[L_ID] + e3 * v3[L_ID]
                + (c5 + s * c6) * exps[at + 5];
    }

    /**
     * The offset in {@link #memoExps} of e^{λ_m s}, m = 0..5, computed on a miss (see {@link #MEMO_SLOTS}). A slot
     * holds one s: a collision only costs the exponentials again.
     */
    private int exponentials(double s) {
        long bits = Double.doubleToRawLongBits(s);
        // Fibonacci hashing: the top bits of the product depend on every bit of s (offsets such as 1.5 or 4.0
        // differ only in their high bits, the fractions of a step in their low ones).
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - MEMO_SLOT_BITS));
        int at = slot * MODES;
        if (memoKeys[slot] != bits) {
            memoMisses++;
            double[] exps = memoExps;
            for (int m = 0; m < MODES; m++) {
                exps[at + m] = Math.exp(lambda[m] * s);
            }
            memoKeys[slot] = bits;
        } else {
            memoHits++;
        }
        return at;
    }

    /** Empties the memo of exponentials (the rates changed). */
    private void clearMemo() {
        Arrays.fill(memoKeys, EMPTY);
    }

    /** Memo hits and misses so far ({@link #MEMO_SLOTS}; tests and measurement). */
    long memoHits() {
        return memoHits;
    }

    long memoMisses() {
        return memoMisses;
    }

    /** The s a memo slot holds exponentials for, NaN when empty (tests). */
    double memoisedArgument(int slot) {
        return memoKeys[slot] == EMPTY ? Double.NaN : Double.longBitsToDouble(memoKeys[slot]);
    }

    /** The memoised e^{λ_mode s} of a slot (tests). */
    double memoisedExponential(int slot, int mode) {
        return memoExps[slot * MODES + mode];
    }

    /** λ_mode of the current decomposition (tests). */
    double rate(int mode) {
        return lambda[mode];
    }

    static int memoSlots() {
        return MEMO_SLOTS;
    }

    /**
     * Eigen-decomposition of A for these inputs, and the equilibrium of the constant forcing (the infusion into
     * Isc1 and −p2U·Ib in X). False when two rates coincide or a rate vanishes (no exact modal form here).
     */
    private boolean decompose(double multiplier, double infusionPmolPerKgMin) {
        clearMemo(); // the rates are about to change
        double ka1 = p.ka1PerMin() * multiplier;
        double ka2 = p.ka2PerMin() * multiplier;
        double kd = p.kdPerMin() * multiplier;
        double m1 = p.m1PerMin();
        double m2 = p.m2PerMin();
        double m2m4 = p.m2PerMin() + p.m4PerMin();
        double m1m30 = p.m1PerMin() + p.m30PerMin();
        double p2u = p.p2uPerMin();
        double ki = p.kiPerMin();
        double vi = p.viLPerKg();
        double det = m2m4 * m1m30 - m1 * m2;
        if (!(ka1 + kd > 0 && ka2 > 0 && m1 > 0 && m2 > 0 && p2u > 0 && ki > 0 && det > 0)) {
            return false;
        }
        // Eigenvalues of the Ip–Il block: real and distinct since their discriminant is ((m2+m4−m1−m30)/2)² + m1m2.
        double half = -(m2m4 + m1m30) / 2;
        double root = Math.sqrt(((m2m4 - m1m30) / 2) * ((m2m4 - m1m30) / 2) + m1 * m2);
        double fast = half - root;
        double slow = det / fast; // product of the roots = det, without the cancellation of half + root
        lambda[0] = -(ka1 + kd);
        lambda[1] = -ka2;
        lambda[2] = slow;
        lambda[3] = fast;
        lambda[4] = -p2u;
        lambda[5] = -ki;
        for (int i = 0; i < 6; i++) {
            for (int j = i + 1; j < 6; j++) {
                double gap = Math.abs(lambda[i] - lambda[j]);
                if (!(gap > MIN_RELATIVE_RATE_GAP * Math.max(Math.abs(lambda[i]), Math.abs(lambda[j])))) {
                    return false;
                }
            }
        }
        fastestRate = 0;
        for (double l : lambda) {
            fastestRate = Math.max(fastestRate, Math.abs(l));
        }
        for (double[] v : vectors) {
            Arrays.fill(v, 0.0);
        }
        // Mode 0 (Isc1's rate): Isc1 = 1, Isc2 from λ·Isc2 = kd − ka2·Isc2; the Ip–Il pair and the signals follow.
        double isc2 = kd / (lambda[0] + ka2);
        modalVector(vectors[0], lambda[0], 1.0, isc2, ka1 + ka2 * isc2, m1, m2, m2m4, m1m30, vi, p2u, ki);
        modalVector(vectors[1], lambda[1], 0.0, 1.0, ka2, m1, m2, m2m4, m1m30, vi, p2u, ki);
        for (int m = 2; m <= 3; m++) {
            double[] v = vectors[m];
            v[L_IP] = 1.0;
            v[L_IL] = m2 / (lambda[m] + m1m30);
            signals(v, lambda[m], vi, p2u, ki);
        }
        vectors[4][L_Y] = 1.0;
        vectors[5][L_ID] = 1.0;
        vectors[6][L_IPRIME] = 1.0 / ki;
        if (!invert()) {
            return false;
        }
        for (int m = 0; m < N; m++) {
            impulseModes[m] = inverse[m][L_ISC1];
        }
        // Equilibrium: everything infused is absorbed (ka1·Isc1 + ka2·Isc2 = u) and cleared from the Ip–Il pair.
        double u = infusionPmolPerKgMin;
        double isc1 = u / (ka1 + kd);
        double ip = u * m1m30 / det;
        equilibrium[L_ISC1] = isc1;
        equilibrium[L_ISC2] = kd * isc1 / ka2;
        equilibrium[L_IP] = ip;
        equilibrium[L_IL] = m2 * ip / m1m30;
        equilibrium[L_Y] = ip / vi;
        equilibrium[L_IPRIME] = ip / vi;
        equilibrium[L_ID] = ip / vi;
        decomposedMultiplier = multiplier;
        decomposedInfusion = infusionPmolPerKgMin;
        return true;
    }

    /** An eigenvector driven through the depot: (λ − B)[Ip, Il] = [r, 0], then X, I', Id. */
    private static void modalVector(double[] v, double lambda, double isc1, double isc2, double r, double m1,
                                    double m2, double m2m4, double m1m30, double vi, double p2u,
                                    double ki) {
        double d = (lambda + m2m4) * (lambda + m1m30) - m1 * m2;
        v[L_ISC1] = isc1;
        v[L_ISC2] = isc2;
        v[L_IP] = (lambda + m1m30) * r / d;
        v[L_IL] = m2 * r / d;
        signals(v, lambda, vi, p2u, ki);
    }

    /** Y, I', Id of an eigenvector of rate λ from its Ip: λY = −p2U(Y − Ip/Vi), λI' = −ki(I' − Ip/Vi), λId = −ki(Id − I'). */
    private static void signals(double[] v, double lambda, double vi, double p2u, double ki) {
        v[L_Y] = p2u * v[L_IP] / vi / (lambda + p2u);
        v[L_IPRIME] = ki * v[L_IP] / vi / (lambda + ki);
        v[L_ID] = ki * v[L_IPRIME] / (lambda + ki);
    }

    /** inverse = P⁻¹ with P's column m = vectors[m] (Gauss–Jordan with partial pivoting); false if singular. */
    private boolean invert() {
        double[][] a = new double[N][2 * N];
        for (int j = 0; j < N; j++) {
            for (int m = 0; m < N; m++) {
                a[j][m] = vectors[m][j];
            }
            a[j][N + j] = 1.0;
        }
        for (int col = 0; col < N; col++) {
            int pivot = col;
            for (int r = col + 1; r < N; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(a[pivot][col]) > 0) || !Double.isFinite(a[pivot][col])) {
                return false;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double scale = 1.0 / a[col][col];
            for (int c = 0; c < 2 * N; c++) {
                a[col][c] *= scale;
            }
            for (int r = 0; r < N; r++) {
                if (r != col && a[r][col] != 0) {
                    double factor = a[r][col];
                    for (int c = 0; c < 2 * N; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        for (int m = 0; m < N; m++) {
            for (int j = 0; j < N; j++) {
                inverse[m][j] = a[m][N + j];
                if (!Double.isFinite(inverse[m][j])) {
                    return false;
                }
            }
        }
        return true;
    }

    private void ensurePending(int size) {
        if (size > pendingMinutes.length) {
            int n = Math.max(size, 2 * pendingMinutes.length);
            pendingMinutes = Arrays.copyOf(pendingMinutes, n);
            pendingPmolPerKg = Arrays.copyOf(pendingPmolPerKg, n);
            pendingSums = Arrays.copyOf(pendingSums, n * N);
        }
    }
}
