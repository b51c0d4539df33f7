/**
 * The continuous glucose monitor (CGM): what a real sensor would report, given the patient's
 * interstitial (subcutaneous) glucose.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link org.vpsim.pump.sensor.CgmSensor} is one per patient and single-threaded. Its readings
 *       are the interstitial glucose plus a sensor error, clipped to the sensor's range, or
 *       {@code null} on a dropout.</li>
 *   <li>The sensor error is the Johnson-SU transformed AR(1) model of Breton &amp; Kovatchev 2008
 *       (J Diabetes Sci Technol 2(5):853-862), generated as simglucose 0.2.11 {@code CGMNoise} does:
 *       on a 15-minute grid, interpolated to the sample times by a cubic spline over chunks of 10
 *       intervals.</li>
 *   <li>Or, selected by {@link org.vpsim.pump.sensor.CgmErrorModel}, the factory-calibrated sensor model of
 *       Vettoretti et al. 2019 (Sensors 19(23):5320): per-sensor calibration error with a gain drifting over
 *       the sensor's 10-day life, plus AR(2) noise on a 5-minute grid, parameters drawn per sensor from the
 *       published population distribution ({@link org.vpsim.pump.sensor.Vettoretti2019Error}).</li>
 *   <li>Sensors are worn for a life ({@link org.vpsim.pump.sensor.CgmSpec#effectiveSensorLifeMillis()}); the
 *       first is in place and warm at time 0, the k-th replacement at k × life gives no readings during its
 *       warm-up. Readings may also be missing independently per sample or in bursts
 *       ({@link org.vpsim.pump.sensor.BurstDropouts}, a Gilbert–Elliott chain on its own sub-stream).</li>
 *   <li>Any sample interval: the Breton error is a spline through its 15-minute knots; the Vettoretti AR(2) is
 *       held from its 5-minute grid point at or before the sample time.</li>
 *   <li>The error is a function of the random stream and the sample time only, never of the glucose
 *       or of the sample interval at the 15-minute points: two therapy arms given the same stream see
 *       the same sensor error (common random numbers).</li>
 *   <li>Sample times must not decrease; the noise of a past chunk is not kept.</li>
 * </ul>
 */
package org.vpsim.pump.sensor;
