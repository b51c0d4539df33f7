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

    /** Builds the command line with vpsim's conventions (used by {@link #main} and by tests). */
    public static CommandLine newCommandLine() {
        CommandLine cmd = new CommandLine(new VpsimCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }
}
