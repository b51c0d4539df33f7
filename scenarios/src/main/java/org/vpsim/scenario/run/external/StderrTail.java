package org.vpsim.scenario.run.external;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The last lines of a controller's stderr log, for error messages. */
final class StderrTail {
    /** Read at most this much of the end of the log: enough for 20 long lines, bounded for huge logs. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_LINE_CHARS = 300;

    private StderrTail() {
    }

    /** Up to {@code maxLines} last non-blank lines, oldest first; empty when the log is empty or unreadable. */
    static List<String> lastLines(Path log, int maxLines) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        String text;
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long length = f.length();
            int n = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[n];
            f.seek(length - n);
            f.readFully(bytes);
            text = new String(bytes, StandardCharsets.UTF_8);
            if (n < length) {
                int firstBreak = text.indexOf('\n');
                text = firstBreak < 0 ? "" : text.substring(firstBreak + 1); // drop the cut first line
            }
        } catch (IOException e) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(line.length() <= MAX_LINE_CHARS ? line : line.substring(0, MAX_LINE_CHARS) + "…");
            }
        }
        return List.copyOf(lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
    }
}
