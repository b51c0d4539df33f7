package org.vpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vpsim.results.verify.RunVerification;
import org.vpsim.results.parquet.ParquetRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpsim verify RUN_DIR}: the run directory against its manifest. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Check every file of a run directory against manifest.json: size, SHA-256 and Parquet row counts; "
                + "report missing and unlisted files.",
        "Exit codes: 0 everything matches, 1 a mismatch (each named), 2 not a run directory."})
public final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by 'vpsim run'.")
    Path run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems;
        try {
            problems = RunVerification.verify(run, ParquetRows.READER);
        } catch (IllegalArgumentException e) {
            return Failures.message(err, e.getMessage());
        } catch (IOException e) {
            return Failures.message(err, "cannot read " + run + ": " + e.getMessage());
        }
        if (problems.isEmpty()) {
            out.println("verified: every file of " + run + " matches manifest.json (sizes, SHA-256, row counts), "
                    + "no unlisted files");
            out.flush();
            return Failures.OK;
        }
        for (String p : problems) {
            err.println("vpsim: " + p);
        }
        err.println("vpsim: " + problems.size() + " problem(s): " + run + " is not what its manifest describes");
        err.flush();
        return Failures.FAILED;
    }
}
