package org.vpsim.results.manifest;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rows written per file.
 *
 * @param timeseriesByArm timeseries rows per arm (sorted by arm)
 * @param events          rows of events.parquet
 * @param summary         rows of summary.parquet
 */
public record RowCounts(Map<String, Long> timeseriesByArm, long events, long summary) {

    public RowCounts {
        Objects.requireNonNull(timeseriesByArm, "timeseriesByArm: null");
        timeseriesByArm.forEach((arm, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("timeseriesByArm[" + arm + "]: " + n + " is not a count");
            }
        });
        timeseriesByArm = Collections.unmodifiableMap(new TreeMap<>(timeseriesByArm));
        if (events < 0) {
            throw new IllegalArgumentException("events: " + events + " is negative");
        }
        if (summary < 0) {
            throw new IllegalArgumentException("summary: " + summary + " is negative");
        }
    }

    /** All timeseries rows, over every arm. */
    public long timeseriesTotal() {
        return timeseriesByArm.values().stream().mapToLong(Long::longValue).sum();
    }
}
