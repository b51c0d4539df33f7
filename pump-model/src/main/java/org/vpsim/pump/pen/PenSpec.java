package org.vpsim.pump.pen;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One insulin pen model. Figures of the built-in pens come from the manufacturers' instructions for use
 * and product information (every pen: a 2-unit safety test / prime before each injection; 3 mL of
 * U100 = 300 U per pen or cartridge).
 *
 * @param name               id, e.g. {@code novopen-echo}
 * @param route              which insulin the pen holds
 * @param doseStepUnits      dial increment (U), in (0, 2]
 * @param maxDoseUnits       largest dose one injection can dial (U), a whole number of steps
 * @param safetyShotUnits    dialled and expelled into the air before each injection (U), &gt;= 0: waste
 * @param cartridgeUnits     insulin in a new pen or cartridge (U), &gt;= maxDoseUnits + safetyShotUnits
 * @param inUseDays          a pen is discarded once this many days have passed since its first use, &gt; 0
 */
public record PenSpec(String name, InsulinRoute route, double doseStepUnits, double maxDoseUnits,
                      double safetyShotUnits, double cartridgeUnits, double inUseDays) {

    /** NovoPen Echo (Novo Nordisk), rapid-acting Penfill: 0.5 U steps, 0.5-30 U. In use 4 weeks (NovoRapid SmPC). */
    public static final PenSpec NOVOPEN_ECHO = new PenSpec("novopen-echo", InsulinRoute.RAPID, 0.5, 30, 2, 300, 28);
    /** NovoPen 4 (Novo Nordisk), rapid-acting Penfill: 1 U steps, 1-60 U. In use 4 weeks. */
    public static final PenSpec NOVOPEN_4 = new PenSpec("novopen-4", InsulinRoute.RAPID, 1, 60, 2, 300, 28);
    /** Humalog KwikPen U100 (Lilly), prefilled: 1 U steps, 1-60 U. In use 28 days (Humalog SmPC). */
    public static final PenSpec HUMALOG_KWIKPEN = new PenSpec("humalog-kwikpen", InsulinRoute.RAPID, 1, 60, 2, 300, 28);
    /** Lantus SoloStar (Sanofi), glargine U100 prefilled: 1 U steps, 1-80 U. In use 4 weeks (Lantus SmPC). */
    public static final PenSpec LANTUS_SOLOSTAR = new PenSpec("lantus-solostar", InsulinRoute.LONG_ACTING, 1, 80, 2, 300, 28);
    /** Tresiba FlexTouch U100 (Novo Nordisk), degludec prefilled: 1 U steps, 1-80 U. In use 8 weeks (Tresiba SmPC). */
    public static final PenSpec TRESIBA_FLEXTOUCH = new PenSpec("tresiba-flextouch", InsulinRoute.LONG_ACTING, 1, 80, 2, 300, 56);

    private static final List<PenSpec> KNOWN = List.of(NOVOPEN_ECHO, NOVOPEN_4, HUMALOG_KWIKPEN, LANTUS_SOLOSTAR,
            TRESIBA_FLEXTOUCH);

    public PenSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(route, "route");
        if (!(doseStepUnits > 0) || doseStepUnits > 2) {
            throw new IllegalArgumentException("doseStepUnits: " + doseStepUnits + " U is not in (0, 2]");
        }
        if (!(maxDoseUnits >= doseStepUnits) || Double.isInfinite(maxDoseUnits)) {
            throw new IllegalArgumentException("maxDoseUnits: " + maxDoseUnits + " U is below one step or not finite");
        }
        double steps = maxDoseUnits / doseStepUnits;
        if (Math.abs(steps - Math.rint(steps)) > 1e-9) {
            throw new IllegalArgumentException("maxDoseUnits: " + maxDoseUnits + " U is not a whole number of "
                    + doseStepUnits + "-U steps");
        }
        if (!(safetyShotUnits >= 0) || Double.isInfinite(safetyShotUnits)) {
            throw new IllegalArgumentException("safetyShotUnits: " + safetyShotUnits + " U is negative or not finite");
        }
        if (!(cartridgeUnits >= maxDoseUnits + safetyShotUnits) || Double.isInfinite(cartridgeUnits)) {
            throw new IllegalArgumentException("cartridgeUnits: " + cartridgeUnits
                    + " U cannot hold one maximum dose plus the safety shot");
        }
        if (!(inUseDays > 0) || Double.isInfinite(inUseDays)) {
            throw new IllegalArgumentException("inUseDays: " + inUseDays + " is not a positive finite number");
        }
    }

    /** The built-in pens. */
    public static List<PenSpec> known() {
        return KNOWN;
    }

    /** The built-in pen with this name (case-insensitive); a clear error naming the known pens otherwise. */
    public static PenSpec byName(String name) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            for (PenSpec spec : KNOWN) {
                if (spec.name.equals(wanted)) {
                    return spec;
                }
            }
        }
        throw new IllegalArgumentException("pen '" + name + "' is unknown; known: "
                + KNOWN.stream().map(PenSpec::name).toList());
    }

    /**
     * The dose the user dials for a requested dose: the nearest whole number of steps (ties down, the
     * safer side), capped at {@link #maxDoseUnits()}. A request below half a step dials nothing.
     */
    public double dialUnits(double requestedUnits) {
        if (!(requestedUnits >= 0) || Double.isInfinite(requestedUnits)) {
            throw new IllegalArgumentException("requestedUnits: " + requestedUnits + " U is negative or not finite");
        }
        // the 1e-9 keeps exact ties (3.25 U on a 0.5-U pen) on the lower step despite binary rounding
        double steps = Math.floor(requestedUnits / doseStepUnits + 0.5 - 1e-9);
        return Math.min(Math.max(0, steps) * doseStepUnits, maxDoseUnits);
    }
}
