package org.vpsim.results.manifest;

import java.util.Objects;

/**
 * A patient × arm that did not run to the end (its controller failed). Its time series and summary
 * rows are not in the run; its events up to the failure are.
 *
 * @param arm     arm name
 * @param patient patient id
 * @param minute  minutes after the scenario start when it stopped
 * @param reason  the cause in plain words
 */
public record RunFailure(String arm, String patient, double minute, String reason) {
    public RunFailure {
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(reason, "reason");
    }
}
