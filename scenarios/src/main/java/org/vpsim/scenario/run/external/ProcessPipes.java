package org.vpsim.scenario.run.external;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The two pipes to a controller process, each served by its own daemon thread so that the simulation
 * thread never blocks on the process: it hands a line to the writer and waits for the reader's next
 * line with a time-out. A process that stops reading its stdin (the pipe fills) or stops writing
 * (a hang) therefore shows up as a time-out, never as a thread stuck forever. Killing the process
 * unblocks both threads (broken pipe, end of stream); they are daemons, so even a grandchild keeping
 * a pipe open cannot keep the JVM alive.
 */
final class ProcessPipes {
    /** What the reader saw, in order. */
    sealed interface Incoming permits Line, EndOfStream, TooLong {
    }

    record Line(String text) implements Incoming {
    }

    /** The process closed its stdout (it exited, as a rule). */
    record EndOfStream() implements Incoming {
    }

    /** A line beyond {@link #MAX_LINE_CHARS}: the reader stops there. */
    record TooLong() implements Incoming {
    }

    /** Longer than any sane command line; guards memory against a controller that never writes '\n'. */
    static final int MAX_LINE_CHARS = 1 << 20;
    /**
     * Lines the reader may hold unasked. A well-behaved controller has at most one line pending; more
     * is an out-of-order error, found before the next line is sent. When full, the reader stops
     * reading rather than buffering without bound.
     */
    private static final int INBOX_CAPACITY = 64;
    /** Compared by identity: a sentinel no real line can be. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String CLOSE_STDIN = new String("close stdin");

    private final BlockingQueue<Incoming> inbox = new LinkedBlockingQueue<>(INBOX_CAPACITY);
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();
    private final Process process;
    private final Thread reader;
    private final Thread writer;

    ProcessPipes(Process process, String threadNamePrefix) {
        this.process = process;
        Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8);
        Writer out = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        reader = new Thread(() -> readLoop(in), threadNamePrefix + "-stdout");
        writer = new Thread(() -> writeLoop(out), threadNamePrefix + "-stdin");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    /** Queues one line (without its '\n') for the process's stdin. */
    void send(String line) {
        outbox.add(line);
    }

    /** Closes the process's stdin once every queued line is written. */
    void closeStdin() {
        outbox.add(CLOSE_STDIN);
    }

    /** The next thing the process wrote, waiting at most {@code timeoutMillis}; null on time-out. */
    Incoming next(long timeoutMillis) throws InterruptedException {
        return inbox.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** What the process wrote without being asked, or null. Does not wait. */
    Incoming unasked() {
        return inbox.poll();
    }

    /**
     * Stops both threads once the process is gone: the caller destroys the process first, which ends
     * its stdout (reader) and breaks its stdin (writer). Waits briefly for them, then leaves the
     * daemons to finish on their own.
     */
    void close() {
        writer.interrupt();
        closeQuietly(() -> process.getOutputStream().close());
        closeQuietly(() -> process.getInputStream().close());
        joinQuietly(writer);
        joinQuietly(reader);
    }

    private void readLoop(Reader in) {
        try (BufferedReader r = new BufferedReader(in)) {
            StringBuilder line = new StringBuilder(256);
            int c;
            while ((c = r.read()) != -1) {
                if (c == '\n') {
                    int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                    if (!inbox.offer(new Line(line.substring(0, end)))) {
                        return; // 64 lines nobody asked for: the caller reports it; stop buffering
                    }
                    line.setLength(0);
                } else if (line.length() >= MAX_LINE_CHARS) {
                    inbox.offer(new TooLong());
                    return;
                } else {
                    line.append((char) c);
                }
            }
            inbox.offer(new EndOfStream()); // a trailing line without '\n' is not a complete message
        } catch (IOException e) {
            inbox.offer(new EndOfStream()); // stream closed under us: the process is gone or being killed
        }
    }

    private void writeLoop(Writer out) {
        try (out) {
            while (true) {
                String line = outbox.take();
                if (line == CLOSE_STDIN) {
                    return;
                }
                out.write(line);
                out.write('\n');
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // Broken pipe (the process exited) or close(): the reader reports the exit; nothing to add.
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void closeQuietly(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            // already closed or broken: nothing left to release
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
