package org.vpsim.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vpsim} command line: thin subcommands over the library modules. */
@Command(name = "vpsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "In-silico trials of insulin therapy in type 1 diabetes.")
public final class VpsimCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order {@code --help} lists them. Added by {@link #newCommandLine} rather than
     * through {@code @Command(subcommands = ...)} so that {@link #main} can build only the one a command line
     * invokes: picocli reflects over every option of every command it builds, which was about half of the
     * main thread's CPU in {@code vpsim scenarios} (async-profiler, issue 15 round 3).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
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
            CommandLine.HelpCommand.class);

    /** The top-level options (from {@code mixinStandardHelpOptions}); none takes a value. */
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    /**
     * Builds the full command line with vpsim's conventions ({@link #main} builds it for its arguments, see
     * {@link #newCommandLine(String...)}): every command, including ones added later, answers
     * {@code -h}/{@code --help}; numbers that do not parse are reported in plain words.
     */
    public static CommandLine newCommandLine() {
        return newCommandLine(name -> true);
    }

    /**
     * The command line for {@code args}: the subcommand they invoke is built in full, every other one only
     * as its name and description (all the top-level help shows of it). Any argument it cannot place for
     * sure (an unknown word or option, an {@code @file}, {@code help NAME}) gets the full command line, so
     * parsing, errors and help are picocli's own in every case.
     */
    static CommandLine newCommandLine(String... args) {
        String invoked = invokedSubcommand(args);
        return invoked == null ? newCommandLine() : newCommandLine(invoked::equals);
    }

    /**
     * The subcommand {@code args} invoke after top-level options; "" when they invoke none (help, version or
     * the top-level usage), null when that is not certain without picocli's parser.
     */
    static String invokedSubcommand(String... args) {
        for (String arg : args) {
            if (TOP_LEVEL_OPTIONS.contains(arg)) {
                continue;
            }
            for (Class<?> command : SUBCOMMANDS) {
                if (nameOf(command).equals(arg)) {
                    return arg.equals("help") ? null : arg;
                }
            }
            return null;
        }
        return "";
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** The command line with the subcommands {@code inFull} accepts built in full, the others as summaries. */
    private static CommandLine newCommandLine(Predicate<String> inFull) {
        CommandLine cmd = new CommandLine(new VpsimCommand());
        for (Class<?> sub : SUBCOMMANDS) {
            String name = nameOf(sub);
            cmd.addSubcommand(name, inFull.test(name) ? sub : summary(sub.getAnnotation(Command.class)));
        }
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

    /**
     * A subcommand reduced to what the top-level usage lists (name, aliases, header, description, hidden),
     * read from its {@code @Command}: never executed, since the arguments did not invoke it.
     */
    private static CommandLine summary(Command annotation) {
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create()
                .name(annotation.name()).aliases(annotation.aliases());
        spec.usageMessage().header(annotation.header()).description(annotation.description())
                .hidden(annotation.hidden());
        return new CommandLine(spec);
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
            exit = newCommandLine(args).execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) { // Errors pass picocli's handler by
            exit = Failures.unexpected(new java.io.PrintWriter(System.err, true), e, debug());
        }
        System.exit(exit);
    }

    private static boolean debug() {
        return System.getenv("VPSIM_DEBUG") != null;
    }
}
