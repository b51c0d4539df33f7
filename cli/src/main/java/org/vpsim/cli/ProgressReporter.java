package org.vpsim.cli;

import java.io.PrintWriter;
import org.vpsim.scenario.run.PatientSimulation;

/**
 * Progress on stderr: a redrawn bar on a terminal; plain lines (about every 10 %) otherwise, so logs
 * and CI output stay readable.
 */
final class ProgressReporter {
    private final PrintWriter err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private int lastDecile = -1;
    private boolean drawn;

    ProgressReporter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void completed(int done, int total, PatientSimulation.Result result) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double eta = done == 0 ? 0 : elapsed / done * (total - done);
        if (terminal) {
            int width = 30;
            int filled = (int) Math.round(width * done / (double) total);
            err.printf("\r[%s%s] %d/%d patient-arms  %.0f s elapsed, ~%.0f s left   ",
                    "#".repeat(filled), " ".repeat(width - filled), done, total, elapsed, eta);
            drawn = true;
            err.flush();
        } else {
            int decile = done * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                err.printf("vpsim: %d/%d patient-arms done (%d%%), %.1f s elapsed%n", done, total,
                        done * 100 / total, elapsed);
                err.flush();
            }
        }
    }

    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
