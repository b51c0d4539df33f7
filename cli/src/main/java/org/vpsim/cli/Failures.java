package org.vpsim.cli;

import java.io.PrintWriter;
import org.vpsim.scenario.model.ScenarioException;

/** Exit codes and error messages shared by the subcommands. */
final class Failures {
    /** Success. */
    static final int OK = 0;
    /** The run started but failed (I/O, a controller crash). */
    static final int FAILED = 1;
    /** Bad input: scenario, arguments, files. Nothing was run. */
    static final int BAD_INPUT = 2;

    private Failures() {
    }

    /** Reports bad input (a message in plain words) and returns {@link #BAD_INPUT}. */
    static int message(PrintWriter err, String message) {
        err.println("vpsim: " + message);
        err.flush();
        return BAD_INPUT;
    }

    /** Reports an invalid scenario (or override) and returns {@link #BAD_INPUT}. */
    static int badInput(PrintWriter err, RuntimeException e) {
        String msg = e.getMessage();
        if (e instanceof ScenarioException se && se.problems().size() > 1) {
            msg = "invalid scenario, " + msg;
        } else if (e instanceof IllegalArgumentException && !(e instanceof ScenarioException)) {
            // A record refused an override value; its message already names the field.
            msg = "invalid value: " + msg;
        }
        err.println("vpsim: " + msg);
        err.flush();
        return BAD_INPUT;
    }
}
