package org.vpsim.pump.accuracy;

import java.util.List;
import java.util.Objects;

/**
 * Result of a basal-rate accuracy test in the manner of IEC 60601-2-24.
 *
 * @param rateUnitsPerHour   programmed basal rate
 * @param testHours          total run length
 * @param stabilisationHours initial period excluded from the analysis
 * @param rows               one row per observation window, in increasing window length
 * @param overallMeanErrorPct percentage error of all insulin delivered in the analysis period
 * @param oneHourWindows     mean, SD and share within +/-15 % of consecutive 1-h windows of the analysis period
 */
public record TrumpetCurve(double rateUnitsPerHour, double testHours, double stabilisationHours,
        List<TrumpetRow> rows, double overallMeanErrorPct, WindowErrorStatistics oneHourWindows) {
    public TrumpetCurve {
        Objects.requireNonNull(rows, "rows");
        rows = List.copyOf(rows);
        Objects.requireNonNull(oneHourWindows, "oneHourWindows");
    }

    /** The row for a window length, or an exception naming the available ones. */
    public TrumpetRow row(int windowMinutes) {
        return rows.stream().filter(r -> r.windowMinutes() == windowMinutes).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("windowMinutes: " + windowMinutes
                        + " not in " + rows.stream().map(TrumpetRow::windowMinutes).toList()));
    }
}
