package org.vpsim.scenario.run.external;

/**
 * An external controller broke the protocol: it exited early, wrote a line that is not a valid
 * message, answered out of order or not within its time-out. The message names the cause in plain
 * words and ends with the last lines of the process's stderr; the controller loop adds the patient,
 * the arm and the minute. Only that patient × arm stops.
 */
public final class ExternalControllerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExternalControllerException(String message) {
        super(message);
    }
}
