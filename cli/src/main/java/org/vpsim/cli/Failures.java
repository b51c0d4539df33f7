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

    /**
     * The one handler for what no command expected (picocli's execution-exception handler and {@code main}): a
     * plain sentence and {@link #FAILED}, never a stack trace — out of memory says what to do about it; anything
     * else is named by its message and reported as a bug. {@code VPSIM_DEBUG=1} adds the stack trace.
     */
    static int unexpected(PrintWriter err, Throwable e, boolean debug) {
        Throwable root = e;
        boolean outOfMemory = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            outOfMemory |= t instanceof OutOfMemoryError;
            root = t;
        }
        if (outOfMemory) {
            err.println("vpsim: out of memory: the Java heap is too small for this run; give it more (e.g."
                    + " VPSIM_JAVA_OPTS='-XX:+UseParallelGC -Xmx2g' ./vpsim ...) or run fewer threads (--threads);"
                    + " the run directory was not completed (it has no manifest.json)");
        } else {
            String what = root.getMessage() == null || root.getMessage().isBlank() ? "no message" : root.getMessage();
            err.println("vpsim: unexpected error (" + what + "); this is a bug in vpsim: please report it with the"
                    + " command line; VPSIM_DEBUG=1 shows where it happened");
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }
}
