package org.vpsim.results.manifest;

import java.util.Objects;

/**
 * A patient × arm that did not run to the end (its controller failed). Its time series and summary
 * rows are not in the run; its events up to the failure are.
 *
 * @param arm     arm name
 * @param patient   patient id
 * @param replicate Monte Carlo replicate (left out of the manifest when 0, as in a study without replicates)
 * @param minute  minutes after the scenario start when it stopped
 * @param reason  the cause in plain words
 */
public record RunFailure(String arm, String patient,
                         @com.fasterxml.jackson.annotation.JsonInclude(
                                 com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) int replicate,
                         double minute, String reason) {
    public RunFailure {
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(reason, "reason");
        if (replicate < 0) {
            throw new IllegalArgumentException("replicate: " + replicate + " is negative");
        }
    }

    /** A failure of replicate 0 (a study without replicates). */
    public RunFailure(String arm, String patient, double minute, String reason) {
        this(arm, patient, 0, minute, reason);
    }
}
