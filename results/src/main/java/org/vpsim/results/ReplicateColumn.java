package org.vpsim.results;

/**
 * The {@code replicate} column every output table has (time series, events, summary): which Monte
 * Carlo replicate of the study a row belongs to. A study with {@code cohort.replicates: N} runs each
 * patient × arm N times with independent random streams, replicates 0 … N−1; without replicates every
 * row is replicate 0, which is also exactly the run of the study before replicates existed. Rows are
 * stored arm-major, then patient (cohort order), then replicate.
 */
public final class ReplicateColumn {

    /** Column name in every table. */
    public static final String NAME = "replicate";
    /** The catalogue's description of the column. */
    public static final String DESCRIPTION = "Monte Carlo replicate of the study, 0 … cohort.replicates − 1"
            + " (0 in a study without replicates)";

    private ReplicateColumn() {
    }
}
