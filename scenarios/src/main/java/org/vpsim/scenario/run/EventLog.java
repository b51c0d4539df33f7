package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.vpsim.results.EventRow;

/** The events of one patient × arm, in the order they happened, as output rows. */
final class EventLog {
    private final String arm;
    private final String patient;
    private final int replicate;
    private final long startEpochMillis;
    private final List<EventRow> rows = new ArrayList<>();

    EventLog(String arm, String patient, int replicate, long startEpochMillis) {
        this.arm = arm;
        this.patient = patient;
        this.replicate = replicate;
        this.startEpochMillis = startEpochMillis;
    }

    /** Records an event at {@code timeMillis} after the scenario start. */
    void add(long timeMillis, String type, String detail, Double requestedUnits, Double deliveredUnits, Double carbsGrams) {
        rows.add(new EventRow(arm, patient, replicate, startEpochMillis + timeMillis, type, detail, requestedUnits,
                deliveredUnits, carbsGrams));
    }

    List<EventRow> rows() {
        return rows;
    }
}
