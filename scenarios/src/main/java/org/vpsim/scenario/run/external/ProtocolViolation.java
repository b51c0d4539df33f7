package org.vpsim.scenario.run.external;

/** A line from the controller that is not what the protocol expects at this point; the message says why. */
final class ProtocolViolation extends Exception {
    private static final long serialVersionUID = 1L;

    ProtocolViolation(String message) {
        super(message);
    }
}
