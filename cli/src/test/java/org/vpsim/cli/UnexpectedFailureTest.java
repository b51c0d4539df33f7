package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** What no command expected still ends in one plain sentence and exit 1, never a stack trace. */
class UnexpectedFailureTest {

    @Test
    void outOfMemoryInAWorkerSaysHowToGiveTheRunMoreHeap() {
        StringWriter text = new StringWriter();
        int exit = Failures.unexpected(new PrintWriter(text),
                new RuntimeException(new ExecutionException(new OutOfMemoryError("Java heap space"))), false);
        assertEquals(Failures.FAILED, exit);
        String out = text.toString();
        assertTrue(out.startsWith("vpsim: out of memory:"), out);
        assertTrue(out.contains("-Xmx"), out);
        assertFalse(out.contains("\tat "), out);
        assertFalse(out.contains("java.lang"), out);
        assertEquals(1, out.lines().count(), out);
    }

    @Test
    void anyOtherSurpriseIsNamedByItsMessageAndReportedAsABug() {
        StringWriter text = new StringWriter();
        int exit = Failures.unexpected(new PrintWriter(text), new IllegalStateException("queue empty"), false);
        assertEquals(Failures.FAILED, exit);
        assertEquals("vpsim: unexpected error (queue empty); this is a bug in vpsim: please report it with the command"
                + " line; VPSIM_DEBUG=1 shows where it happened", text.toString().strip());
    }

    @Test
    void theHandlerIsInstalledOnTheCommandLine() throws Exception {
        StringWriter err = new StringWriter();
        picocli.CommandLine cmd = VpsimCommand.newCommandLine();
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.getExecutionExceptionHandler().handleExecutionException(
                new IllegalStateException("boom"), cmd, null);
        assertEquals(1, exit);
        assertTrue(err.toString().startsWith("vpsim: unexpected error (boom)"), err.toString());
    }
}
