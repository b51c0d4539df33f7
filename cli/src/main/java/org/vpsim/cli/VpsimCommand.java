package org.vpsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vpsim} command line: thin subcommands over the library modules. */
@Command(name = "vpsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "In-silico trials of insulin therapy in type 1 diabetes.",
        subcommands = {
            RunCommand.class,
            ScenariosCommand.class,
            ControllersCommand.class,
            ValidateCommand.class,
            ReplayCommand.class,
            PumpAccuracyCommand.class,
            BenchCommand.class,
            MetricsCommand.class,
            CompareCommand.class,
            ReportCommand.class,
            VerifyCommand.class,
            ReproduceCommand.class,
            CohortCommand.class,
            PatientsCommand.class,
            EvidenceCommand.class,
            CommandLine.HelpCommand.class
        })
public final class VpsimCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    /**
     * Builds the command line with vpsim's conventions (used by {@link #main} and by tests): every command,
     * including ones added later, answers {@code -h}/{@code --help}; numbers that do not parse are reported
     * in plain words.
     */
    public static CommandLine newCommandLine() {
        CommandLine cmd = new CommandLine(new VpsimCommand());
        cmd.registerConverter(Double.class, OptionValues::number);
        cmd.registerConverter(double.class, OptionValues::number);
        cmd.registerConverter(Long.class, OptionValues::wholeNumber);
        cmd.registerConverter(long.class, OptionValues::wholeNumber);
        cmd.registerConverter(Integer.class, OptionValues::integer);
        cmd.registerConverter(int.class, OptionValues::integer);
        addHelp(cmd);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) ->
                Failures.unexpected(commandLine.getErr(), e, debug()));
        return cmd;
    }

    private static void addHelp(CommandLine cmd) {
        CommandLine.Model.CommandSpec spec = cmd.getCommandSpec();
        if (spec.findOption("--help") == null && !(cmd.getCommand() instanceof CommandLine.HelpCommand)) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        for (CommandLine sub : cmd.getSubcommands().values()) {
            addHelp(sub);
        }
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = newCommandLine().execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) { // Errors pass picocli's handler by
            exit = Failures.unexpected(new java.io.PrintWriter(System.err, true), e, debug());
        }
        System.exit(exit);
    }

    private static boolean debug() {
        return System.getenv("VPSIM_DEBUG") != null;
    }
}
