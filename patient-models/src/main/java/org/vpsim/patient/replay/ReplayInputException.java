package org.vpsim.patient.replay;

/** A replay input file that cannot be used; the message names the cause (file, line, column, value). */
public final class ReplayInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReplayInputException(String message) {
        super(message);
    }

    public ReplayInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
