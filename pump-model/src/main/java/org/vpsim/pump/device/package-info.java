/**
 * The insulin pump as a device: a durable syringe pump (MiniMed Paradigm 5xx/7xx-like defaults in
 * {@link org.vpsim.pump.device.PumpSpec}) with reservoir, delivery motor, infusion set and cannula,
 * therapy functions and alarms.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link org.vpsim.pump.device.InsulinPump} runs on a {@link org.vpsim.core.Simulation} as
 * {@link org.vpsim.core.Priority#ACT} events and talks to the rest of the world only through ports
 * defined here: {@link org.vpsim.pump.device.InfusionSite} (insulin entering the patient),
 * {@link org.vpsim.pump.device.PumpEventListener} (alarms, faults, boluses, changes),
 * {@link org.vpsim.pump.device.AbsorptionListener} (set wear -> sc absorption speed) and
 * {@link org.vpsim.pump.device.DeliveryListener} (the pump's nominal history, for IOB) and
 * {@link org.vpsim.pump.device.SetChangeBehaviour} (whether the user keeps to the set and reservoir routine when a
 * set is due: the source of forgotten set changes and reservoirs not refilled). It never imports patient code.</li>
 * <li>Randomness comes only from the two providers passed in (PUMP_ERROR for stroke volumes,
 * INFUSION_SET for random faults): the same streams give the same pulses, bit for bit.</li>
 * <li>Conservation: {@link org.vpsim.pump.device.InsulinLedger} identities hold after every event to
 * floating-point rounding.</li>
 * </ul>
 */
package org.vpsim.pump.device;
