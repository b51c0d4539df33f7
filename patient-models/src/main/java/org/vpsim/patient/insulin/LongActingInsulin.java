package org.vpsim.patient.insulin;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A long-acting insulin as a two-step linear subcutaneous absorption chain (see
 * {@link LongActingInsulinDepot}): the injected dose forms a depot (glargine: a microprecipitate;
 * degludec: multihexamer chains) that releases soluble insulin at rate {@code releaseRatePerMinute};
 * the soluble insulin at the site is absorbed into plasma at rate {@code absorptionRatePerMinute}.
 *
 * <p>Why fitted rather than copied: the published glargine model (Schiavon, Visentin, Dalla Man,
 * Cobelli et al., IEEE Trans Biomed Eng, 2020) and a published degludec model with its parameter
 * values could not be consulted for this work, so both parameter pairs are fitted (least squares) to
 * published steady-state pharmacokinetic summary figures, as stated on each constant. The chain
 * structure is the one of the UVA/Padova 2008 model's subcutaneous compartments (Isc1 to Isc2 to
 * plasma, rates kd, ka1, ka2; see {@code UvaPadova2008Model}) with the direct Isc1 absorption path set to zero: a least-squares fit of glargine with that
 * path free (to half-life, T50 % and swing) drove it to zero (below 1e-11 /min).
 *
 * @param id                     registry id, e.g. {@code glargine-u100}
 * @param displayName            human name
 * @param releaseRatePerMinute   k_d, release from the depot into the soluble site compartment (1/min), &gt; 0
 * @param absorptionRatePerMinute k_a, absorption of soluble insulin into plasma (1/min), &gt; 0
 * @param source                 where the parameter values come from, in plain words
 */
public record LongActingInsulin(String id, String displayName, double releaseRatePerMinute,
                                double absorptionRatePerMinute, String source) {

    /**
     * Insulin glargine 100 U/mL. Fitted to Becker et al., Diabetes Care 38:637-643 (2015), Table 1
     * (Gla-100 0.4 U/kg once daily at steady state, type 1 diabetes, n = 17): the release rate from the
     * terminal half-life 13.5 h (k_d = ln 2 / 13.5 h = 8.5574e-4 /min), the absorption rate so that 50 %
     * of the 24-h exposure has appeared at 9.6 h (k_a = 8.5415e-3 /min, half-life 1.35 h). The model's
     * swing (Cmax - C24)/C24 at steady state is then 1.48, inside the published IQR 1.3-2.3 (median 1.8);
     * the swing was not fitted because it is a median of individual profiles, whose peaks at different
     * times make it larger than the swing of a mean profile. A single dose appears at half its peak rate
     * by 1 h, peaks at 5 h and stays above half its peak until 20.5 h: the "no pronounced peak, about
     * 24 h" profile of Lepore et al., Diabetes 49:2142-2148 (2000).
     */
    public static final LongActingInsulin GLARGINE_U100 = new LongActingInsulin("glargine-u100",
            "insulin glargine 100 U/mL", Math.log(2) / (13.5 * 60), 8.5415e-3,
            "fitted to Becker et al. 2015 (Diabetes Care 38:637) Table 1, Gla-100 0.4 U/kg at steady state: "
                    + "half-life 13.5 h, T50%-AUC0-24 9.6 h (swing 1.48 vs published IQR 1.3-2.3)");

    /**
     * Insulin degludec 100 U/mL. Release rate from the steady-state half-life of 25.4 h in type 1
     * diabetes (Haahr &amp; Heise, Clin Pharmacokinet 53:787-800 (2014), a review of the degludec clamp
     * programme: over 25 h, about twice glargine's 12 h; Tresiba SmPC: about 25 h, independent of dose),
     * k_d = ln 2 / 25.4 h = 4.5481e-4 /min. The absorption half-life of the
     * released monomers (3 h, k_a = 3.8508e-3 /min) is an ASSUMPTION: the summary figures do not
     * identify it; any value from 2 h to 10 h keeps the published even split of exposure at steady
     * state, AUC(0-12 h)/AUC(0-24 h) = 0.5 (Tresiba SmPC; Haahr &amp; Heise 2014), within 0.05 (3 h gives
     * 0.533). A single dose then peaks at about 10.5 h and still appears at 48 % of its peak rate at 42 h,
     * in line with a duration of action beyond 42 h (Haahr &amp; Heise 2014).
     */
    public static final LongActingInsulin DEGLUDEC_U100 = new LongActingInsulin("degludec-u100",
            "insulin degludec 100 U/mL", Math.log(2) / (25.4 * 60), Math.log(2) / (3.0 * 60),
            "release half-life 25.4 h from Haahr & Heise 2014 (Clin Pharmacokinet 53:787); absorption half-life 3 h "
                    + "assumed, consistent with AUC0-12,SS/AUCtau,SS = 0.5");

    private static final List<LongActingInsulin> KNOWN = List.of(GLARGINE_U100, DEGLUDEC_U100);

    public LongActingInsulin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(source, "source");
        requirePositiveRate("releaseRatePerMinute", releaseRatePerMinute);
        requirePositiveRate("absorptionRatePerMinute", absorptionRatePerMinute);
    }

    /** The built-in long-acting insulins. */
    public static List<LongActingInsulin> known() {
        return KNOWN;
    }

    /** The built-in insulin with this id (case-insensitive); a clear error naming the known ids otherwise. */
    public static LongActingInsulin byId(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (LongActingInsulin insulin : KNOWN) {
                if (insulin.id.equals(wanted)) {
                    return insulin;
                }
            }
        }
        throw new IllegalArgumentException("long-acting insulin '" + id + "' is unknown; known: "
                + KNOWN.stream().map(LongActingInsulin::id).toList());
    }

    /** Half-life of the terminal (slowest) phase of absorption, minutes. */
    public double terminalHalfLifeMinutes() {
        return Math.log(2) / Math.min(releaseRatePerMinute, absorptionRatePerMinute);
    }

    private static void requirePositiveRate(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite rate");
        }
    }
}
