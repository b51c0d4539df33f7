package org.vpsim.pump.control;

/**
 * A therapy controller: the algorithm under test. It sees what a real device would see and nothing
 * else (DESIGN.md, "Controllers"): the observation carries the CGM, announced meals, IOB and the
 * pump's state, never the patient's true glucose or insulin.
 *
 * <p>One instance per patient and arm, called from one thread, in time order; it may keep state.
 * Implementations will also be loaded with {@link java.util.ServiceLoader} and bridged to external
 * processes (one JSON observation in, one JSON decision out), so keep decisions a pure function of
 * the observations seen so far: no clocks, no unseeded randomness.
 */
@FunctionalInterface
public interface Controller {

    /** What to do now. Return {@link ControllerDecision#none(String)} to leave the pump as it is. */
    ControllerDecision decide(ControllerObservation observation);
}
