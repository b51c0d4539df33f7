package org.vpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line main builds (only the invoked subcommand in full, the others as name and description)
 * behaves exactly like the full one: same output, same errors, same exit codes.
 */
class LazyCommandLineTest {

    private static RunCommandTest.Outcome run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new RunCommandTest.Outcome(exit, out.toString(), err.toString());
    }

    private static void assertSameAsFull(String... args) {
        RunCommandTest.Outcome full = run(VpsimCommand.newCommandLine(), args);
        RunCommandTest.Outcome lazy = run(VpsimCommand.newCommandLine(args), args);
        assertEquals(full, lazy, String.join(" ", args));
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Class<?> c : VpsimCommand.SUBCOMMANDS) {
            names.add(c.getAnnotation(CommandLine.Command.class).name());
        }
        return names;
    }

    @Test
    void topLevelHelpVersionAndUsageAreTheFullCommandLines() {
        assertSameAsFull("--help");
        assertSameAsFull("-h");
        assertSameAsFull("--version");
        RunCommandTest.Outcome help = run(VpsimCommand.newCommandLine("--help"), "--help");
        for (String name : names()) {
            assertTrue(help.out().contains("  " + name + " "), "the top-level help lists " + name + ": " + help.out());
        }
    }

    @Test
    void everySubcommandsHelpIsTheFullCommandLines() {
        for (String name : names()) {
            assertSameAsFull(name, "--help");
            assertSameAsFull("help", name);
        }
        assertSameAsFull("scenarios", "show", "--help");
    }

    @Test
    void errorsAreTheFullCommandLines() {
        assertSameAsFull("bogus");
        assertSameAsFull("--bogus");
        assertSameAsFull("validate", "--days", "-1");
        assertSameAsFull("validate", "no-such-scenario");
        assertSameAsFull("scenarios", "show", "no-such-scenario");
        assertSameAsFull("run", "--threads", "two");
        RunCommandTest.Outcome unknown = run(VpsimCommand.newCommandLine("bogus"), "bogus");
        assertNotEquals(0, unknown.exit());
    }

    @Test
    void onlyAnArgumentItCanPlaceForSureSelectsOneSubcommand() {
        assertEquals("validate", VpsimCommand.invokedSubcommand("validate", "x.json"));
        assertEquals("run", VpsimCommand.invokedSubcommand("-h", "run"));
        assertEquals("", VpsimCommand.invokedSubcommand("--help"));
        assertEquals("", VpsimCommand.invokedSubcommand());
        assertNull(VpsimCommand.invokedSubcommand("help", "run"), "help NAME needs NAME's full spec");
        assertNull(VpsimCommand.invokedSubcommand("@args.txt"), "an argument file is expanded by picocli");
        assertNull(VpsimCommand.invokedSubcommand("-hV"));
        assertNull(VpsimCommand.invokedSubcommand("runn"));
    }
}
