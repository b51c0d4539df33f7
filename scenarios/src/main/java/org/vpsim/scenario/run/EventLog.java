package org.vpsim.scenario.run;

import java.util.DoubleSummaryStatistics;
import java.util.function.Consumer;
import org.vpsim.results.EventRow;
import org.vpsim.results.comparison.RunMetrics;

/**
 * The events of one patient × arm, in the order they happened, handed on as output rows as they happen
 * (nothing is kept: memory does not grow with the study's length). It keeps the one total the summary
 * needs from them, the rescue carbohydrate.
 */
final class EventLog {
    private final String arm;
    private final String patient;
    private final int replicate;
    private final long startEpochMillis;
    private final Consumer<EventRow> sink;
    // The same compensated sum as DoubleStream.sum() over the rescue events (the summary's bytes depend on it).
    private final DoubleSummaryStatistics rescueCarbs = new DoubleSummaryStatistics();

    EventLog(String arm, String patient, int replicate, long startEpochMillis, Consumer<EventRow> sink) {
        this.arm = arm;
        this.patient = patient;
        this.replicate = replicate;
        this.startEpochMillis = startEpochMillis;
        this.sink = sink;
    }

    /** Records an event at {@code timeMillis} after the scenario start. */
    void add(long timeMillis, String type, String detail, Double requestedUnits, Double deliveredUnits, Double carbsGrams) {
        EventRow row = new EventRow(arm, patient, replicate, startEpochMillis + timeMillis, type, detail, requestedUnits,
                deliveredUnits, carbsGrams);
        if (RunMetrics.RESCUE_EVENT_TYPE.equals(type)) {
            rescueCarbs.accept(carbsGrams);
        }
        sink.accept(row);
    }

    /** Carbohydrate of the {@link RunMetrics#RESCUE_EVENT_TYPE} events so far, g. */
    double rescueCarbsGrams() {
        return rescueCarbs.getSum();
    }
}
