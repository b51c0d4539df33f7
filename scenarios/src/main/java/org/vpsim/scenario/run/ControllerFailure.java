package org.vpsim.scenario.run;

/**
 * A controller failed (threw, crashed, hung, answered nonsense): that patient × arm stops; the rest
 * of the study goes on. The message names the arm, the patient, the minute and the cause.
 */
public final class ControllerFailure extends RuntimeException {
    private final String arm;
    private final String patient;
    private final double minute;
    private final String cause;

    ControllerFailure(String arm, String patient, double minute, String cause, Throwable origin) {
        super("controller of arm '" + arm + "' failed for " + patient + " at minute "
                + (minute == Math.rint(minute) ? Long.toString((long) minute) : Double.toString(minute)) + ": " + cause,
                origin);
        this.arm = arm;
        this.patient = patient;
        this.minute = minute;
        this.cause = cause;
    }

    public String arm() {
        return arm;
    }

    public String patient() {
        return patient;
    }

    public double minute() {
        return minute;
    }

    /** The cause in plain words, without the arm, patient and minute. */
    public String reason() {
        return cause;
    }
}
