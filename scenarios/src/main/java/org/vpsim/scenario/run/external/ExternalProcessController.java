package org.vpsim.scenario.run.external;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Observation;

/**
 * A controller that is a separate program in any language, spoken to in the JSON-lines protocol
 * (version 1) on its stdin and stdout: one process per patient × arm. See the package documentation
 * for the exchange and for what counts as a failure.
 *
 * <p>Not thread-safe: like every {@link Controller}, it is called from one thread in time order.
 */
public final class ExternalProcessController implements Controller {
    /** How many lines of the controller's stderr an error message quotes. */
    static final int STDERR_TAIL_LINES = 20;
    /** How long a process has to exit after the {@code end} line before it is killed (protocol step 4). */
    static final long END_GRACE_MILLIS = 5_000;
    /**
     * The least time a process has to say {@code ready}: starting an interpreter or a JVM can take
     * longer than a decision may, so the start-up gets at least this much, or the time-out if longer.
     */
    static final long MIN_START_MILLIS = 10_000;

    private final List<String> command;
    private final Path workingDirectory;
    private final long timeoutMillis;
    private final Path stderrLog;
    /** Where stderr goes: {@link #stderrLog}, or a temporary file when none was given. */
    private Path stderrFile;

    private Process process;
    private ProcessPipes pipes;
    private Instant startInstant;
    private String name = "";
    private boolean failed;
    private boolean closed;

    /**
     * @param command          program and arguments, e.g. {@code ["python3", "controller.py"]}; a
     *                         program given as a relative path ({@code ./ctl}, {@code bin/ctl}) is
     *                         resolved against {@code workingDirectory}, a bare name ({@code python3})
     *                         is looked up on the PATH
     * @param workingDirectory the process's working directory: the scenario file's folder, so that
     *                         relative paths among the arguments resolve against it
     * @param timeoutMillis    how long one answer may take, ms
     * @param stderrLog        file the process's stderr is written to (created, parents too; replaced);
     *                         null keeps it in a temporary file, deleted at {@link #close()}
     */
    public ExternalProcessController(List<String> command, Path workingDirectory, long timeoutMillis, Path stderrLog) {
        Objects.requireNonNull(command, "command");
        if (command.isEmpty() || command.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new IllegalArgumentException("command: an external controller needs a program, e.g. [\"python3\", \"controller.py\"]");
        }
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("timeoutMillis: " + timeoutMillis + " ms is not positive");
        }
        this.command = List.copyOf(command);
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath().normalize();
        this.timeoutMillis = timeoutMillis;
        this.stderrLog = stderrLog == null ? null : stderrLog.toAbsolutePath().normalize();
    }

    /**
     * A problem with a command found without running it, for scenario validation: the program is not
     * on the PATH or not at its relative path, or an argument that names a script or jar (by its
     * extension) does not exist. Paths are relative to {@code workingDirectory}. Empty when none is
     * found (the program may still fail when started: that is reported then).
     *
     * @return e.g. {@code "command[1]: 'controler.py' does not exist in /studies/x"}
     */
    public static java.util.Optional<String> findProblem(List<String> command, Path workingDirectory) {
        String program = command.get(0);
        Path folder = workingDirectory.toAbsolutePath().normalize();
        if (program.indexOf('/') >= 0 || program.indexOf(File.separatorChar) >= 0) {
            Path p = folder.resolve(program).normalize();
            if (!Files.isRegularFile(p)) {
                return java.util.Optional.of("command[0]: '" + program + "' does not exist in " + folder);
            }
            if (!Files.isExecutable(p)) {
                return java.util.Optional.of("command[0]: '" + program + "' is not executable (chmod +x, or start it with its interpreter)");
            }
        } else if (!onPath(program)) {
            return java.util.Optional.of("command[0]: '" + program + "' is not a program on the PATH");
        }
        for (int i = 1; i < command.size(); i++) {
            String arg = command.get(i);
            if (SCRIPT.matcher(arg).matches() && !Files.isRegularFile(folder.resolve(arg))) {
                return java.util.Optional.of("command[" + i + "]: '" + arg + "' does not exist in " + folder);
            }
        }
        return java.util.Optional.empty();
    }

    /** Arguments that name a program file by their extension: checked to exist before a run. */
    private static final java.util.regex.Pattern SCRIPT =
            java.util.regex.Pattern.compile("[^-].*\\.(py|r|R|jl|js|mjs|rb|pl|sh|jar|m|lua|php)");

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir).resolve(program))
                    && !Files.isDirectory(Path.of(dir).resolve(program))) {
                return true;
            }
        }
        return false;
    }

    /** The name the controller gave in its {@code ready} line ("" before, or when it gave none). */
    public String name() {
        return name;
    }

    @Override
    public void start(ControllerStart start) {
        if (process != null || closed) {
            throw new IllegalStateException("an external controller is started once");
        }
        try {
            startInstant = Instant.parse(start.startTime());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("startTime: '" + start.startTime() + "' is not an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
        launch(start.patient(), start.arm());
        pipes.send(ProtocolCodec.startLine(start));
        String line = await("the start line", Math.max(timeoutMillis, MIN_START_MILLIS));
        try {
            name = ProtocolCodec.readReady(line);
        } catch (ProtocolViolation v) {
            throw fail(v.getMessage());
        }
    }

    @Override
    public Command decide(Observation observation) {
        if (process == null || closed) {
            throw new IllegalStateException("decide() before start() or after close()");
        }
        if (failed) {
            throw new IllegalStateException("this external controller has already failed");
        }
        ProcessPipes.Incoming early = pipes.unasked();
        if (early != null) {
            throw fail(describe(early, "before the observation at minute " + observation.minute(),
                    "wrote a line nobody asked for (more than one line for one observation?)"));
        }
        pipes.send(ProtocolCodec.observationLine(observation, startInstant));
        String line = await("the observation at minute " + observation.minute(), timeoutMillis);
        try {
            return ProtocolCodec.readCommand(line);
        } catch (ProtocolViolation v) {
            throw fail(v.getMessage());
        }
    }

    /**
     * Ends the process: after a normal run it is sent {@code end} and given
     * {@value #END_GRACE_MILLIS} ms to exit; a process that failed (or does not exit) is killed, with
     * any processes it started. Always releases the pipes and threads; never throws.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (process == null) {
            return;
        }
        try {
            if (!failed && process.isAlive()) {
                pipes.send(ProtocolCodec.END_LINE);
                pipes.closeStdin();
                process.waitFor(END_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            kill();
            pipes.close();
            deleteTemporaryLog();
        }
    }

    private void deleteTemporaryLog() {
        if (stderrLog == null && stderrFile != null) {
            try {
                Files.deleteIfExists(stderrFile);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    private void launch(String patient, String arm) {
        List<String> resolved = new ArrayList<>(command);
        String program = command.get(0);
        if ((program.indexOf('/') >= 0 || program.indexOf(File.separatorChar) >= 0) && !Path.of(program).isAbsolute()) {
            // A path to the program: relative to the scenario's folder, not to wherever vpsim was started.
            resolved.set(0, workingDirectory.resolve(program).normalize().toString());
        }
        try {
            if (stderrLog != null) {
                Files.createDirectories(stderrLog.getParent());
                stderrFile = stderrLog;
            } else {
                stderrFile = Files.createTempFile("vpsim-controller-", ".stderr.log");
            }
            process = new ProcessBuilder(resolved)
                    .directory(workingDirectory.toFile())
                    .redirectError(ProcessBuilder.Redirect.to(stderrFile.toFile()))
                    .start();
        } catch (IOException e) {
            failed = true;
            deleteTemporaryLog();
            throw new ExternalControllerException("could not start the external controller " + commandText()
                    + " in " + workingDirectory + ": " + e.getMessage());
        }
        pipes = new ProcessPipes(process, "vpsim-external-" + patient + "-" + arm);
    }

    /** The next line from the controller, or the failure that prevents it. */
    private String await(String what, long millis) {
        ProcessPipes.Incoming in;
        try {
            in = pipes.next(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail("was stopped while vpsim waited for its answer to " + what + " (the run was interrupted)");
        }
        if (in == null) {
            throw fail("did not answer " + what + " within " + millis
                    + " ms (does it write one line per message and flush its standard output?)");
        }
        if (in instanceof ProcessPipes.Line l) {
            return l.text();
        }
        throw fail(describe(in, "before answering " + what, ""));
    }

    /** Plain words for an exit or an over-long line; {@code lineCause} for an unexpected line. */
    private String describe(ProcessPipes.Incoming in, String when, String lineCause) {
        if (in instanceof ProcessPipes.TooLong) {
            return "wrote a line longer than " + ProcessPipes.MAX_LINE_CHARS + " characters " + when;
        }
        if (in instanceof ProcessPipes.Line l) {
            return lineCause + ": " + ProtocolCodec.quote(l.text());
        }
        try {
            // Its stdout ended; the exit code follows within moments of that.
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return "exited with code " + process.exitValue() + " " + when;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its standard output " + when;
    }

    /** Marks the controller failed, kills it, and builds the error with the tail of its stderr. */
    private ExternalControllerException fail(String cause) {
        failed = true;
        kill(); // also settles its stderr so the tail below is complete
        StringBuilder msg = new StringBuilder("external controller ").append(commandText());
        if (!name.isEmpty()) {
            msg.append(" (").append(name).append(')');
        }
        msg.append(' ').append(cause);
        List<String> tail = stderrFile == null ? List.of() : StderrTail.lastLines(stderrFile, STDERR_TAIL_LINES);
        String where = stderrLog == null ? "" : " (" + stderrLog + ")";
        if (tail.isEmpty()) {
            msg.append("; its stderr").append(where).append(" is empty");
        } else {
            msg.append("; last lines of its stderr").append(where).append(':');
            for (String l : tail) {
                msg.append("\n  | ").append(l);
            }
        }
        return new ExternalControllerException(msg.toString());
    }

    /** Kills the process and whatever it started (a shell wrapper's children too). */
    private void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String commandText() {
        return "[" + String.join(" ", command) + "]";
    }
}
