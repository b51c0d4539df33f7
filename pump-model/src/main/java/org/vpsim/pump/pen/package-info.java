/**
 * Injection pens for multiple-daily-injection therapy: rapid-acting and long-acting pens
 * ({@link org.vpsim.pump.pen.PenSpec}: dial step, maximum dose, 2-U safety shot, pen content and
 * in-use life of NovoPen, KwikPen, SoloStar and FlexTouch pens), the pen user ({@link
 * org.vpsim.pump.pen.InsulinPen}), injection-site absorption variability ({@link
 * org.vpsim.pump.pen.AbsorptionVariability}) and the accounts ({@link org.vpsim.pump.pen.PenLedger}).
 *
 * <p>Contract: a pen talks to the patient only through {@link org.vpsim.pump.pen.InjectionListener}
 * (time, units, route, absorption multiplier), like the pump's InfusionSite; it never imports patient
 * code. Randomness only from the provider the caller passes (one multiplier per injection). Ledger
 * identities hold after every injection to rounding error.
 */
package org.vpsim.pump.pen;
