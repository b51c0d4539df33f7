package org.vpsim.scenario.run;

import java.util.function.Consumer;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.pump.control.InsulinOnBoard;
import org.vpsim.results.SummaryBuilder;
import org.vpsim.results.TimeseriesRow;

/**
 * The output rows of one patient × arm and its summary. Row k covers [t_k, t_k + Δ): glucose, CGM,
 * basal rate, IOB, reservoir and pump status at t_k; insulin delivered, bolus and carbs summed over
 * the interval (differences of the device's and the body's running totals). On a pen arm reservoir and pump
 * status are null, the basal rate is the long-acting daily dose / 24 h, and delivered and bolus insulin are
 * the doses injected (see {@link TherapyDevice}). Each row goes to the sink as soon as its interval closes:
 * nothing is kept, so memory does not grow with the study's length.
 */
final class RowRecorder {
    private final String patient;
    private final int replicate;
    private final long startEpochMillis;
    private final long durationMillis;
    private final VirtualPatient body;
    private final TherapyDevice device;
    private final CgmChannel cgm;
    private final InsulinOnBoard bolusIob;
    private final SummaryBuilder summary;
    private final Consumer<TimeseriesRow> sink;

    // The row being accumulated: values at its start, counters at its start.
    private long rowStartMillis = -1;
    private double rowGlucose;
    private Double rowCgm;
    private double rowBasalRate;
    private double rowIob;
    private Double rowReservoir;
    private String rowStatus;
    private double rowDeliveredAtStart;
    private double rowBolusAtStart;
    private double rowCarbsAtStart;

    RowRecorder(String arm, String patient, int replicate, long startEpochMillis, long durationMillis,
                VirtualPatient body, TherapyDevice device, CgmChannel cgm, InsulinOnBoard bolusIob,
                Consumer<TimeseriesRow> sink) {
        this.patient = patient;
        this.replicate = replicate;
        this.startEpochMillis = startEpochMillis;
        this.durationMillis = durationMillis;
        this.body = body;
        this.device = device;
        this.cgm = cgm;
        this.bolusIob = bolusIob;
        this.sink = sink;
        this.summary = new SummaryBuilder(arm, patient, replicate);
    }

    /** A CGM reading taken at {@code timeMillis} after the start counts towards the CGM metrics. */
    void onCgmReading(long timeMillis, double mgDl) {
        summary.addCgmGlucose(startEpochMillis + timeMillis, mgDl);
    }

    /** Closes the previous row and opens the next one at {@code now} (the last call, at the end, only closes). */
    void record(long now) {
        // One snapshot of the running totals closes the previous row and opens the next.
        double deliveredNow = device.deliveredToPatientUnits();
        double bolusNow = device.bolusUnits();
        double carbsEaten = body.cumulativeCarbsGrams();
        if (rowStartMillis >= 0) {
            double delivered = deliveredNow - rowDeliveredAtStart;
            double bolus = bolusNow - rowBolusAtStart;
            double carbs = carbsEaten - rowCarbsAtStart;
            sink.accept(new TimeseriesRow(patient, replicate, startEpochMillis + rowStartMillis, rowGlucose, rowCgm,
                    clean(delivered), rowBasalRate, clean(bolus), clean(carbs), rowIob, rowReservoir, rowStatus));
            // With its time: nocturnal metrics and hypoglycaemic events need the clock.
            summary.addPlasmaGlucose(startEpochMillis + rowStartMillis, rowGlucose);
        }
        if (now >= durationMillis) {
            return;
        }
        rowStartMillis = now;
        // The UVA/Padova guard stops Gp only once it is negative, so in profound hypoglycaemia the
        // state can undershoot zero by integration rounding (~1e-7 mg/dL); report it as 0.
        rowGlucose = Math.max(0.0, body.plasmaGlucoseMgDl());
        rowCgm = cgm.readingAt(now);
        rowBasalRate = device.currentBasalUnitsPerHour();
        rowIob = bolusIob.unitsAt(now);
        rowReservoir = device.rowReservoirUnits();
        rowStatus = device.rowStatus();
        rowDeliveredAtStart = deliveredNow;
        rowBolusAtStart = bolusNow;
        rowCarbsAtStart = carbsEaten;
    }

    /**
     * The summary once the run is over: the device's totals and the carbs eaten. Pen arms: basal = long-acting
     * insulin injected, bolus = rapid-acting insulin injected (safety shots and discarded pens excluded), as a
     * pump's basal and bolus are the insulin its strokes delivered.
     */
    SummaryBuilder summaryWithTotals() {
        summary.addBasal(device.basalUnits());
        summary.addBolus(device.bolusUnits());
        summary.addInsulinDelivered(device.deliveredToPatientUnits());
        summary.addCarbs(body.cumulativeCarbsGrams());
        return summary;
    }

    /** Differences of running totals carry rounding noise around zero; report it as zero. */
    private static double clean(double v) {
        return Math.abs(v) < 1e-9 ? 0.0 : v;
    }
}
