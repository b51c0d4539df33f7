package org.vpsim.controller;

/**
 * The algorithm under test, for one patient in one arm. Called from one thread, in time order; it
 * may keep state. See the package documentation for the lifecycle.
 */
public interface Controller extends AutoCloseable {

    /** Called once before the first observation: the patient's therapy, the pump's limits, the settings. */
    void start(ControllerStart start);

    /** What to do now; {@link Command#none()} leaves the pump as it is. */
    Command decide(Observation observation);

    /** Called once at the end of the patient × arm, also when it failed. Release processes or files here. */
    @Override
    default void close() {
    }
}
