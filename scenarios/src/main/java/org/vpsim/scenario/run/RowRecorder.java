package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.pump.control.InsulinOnBoard;
import org.vpsim.pump.device.InsulinLedger;
import org.vpsim.pump.device.InsulinPump;
import org.vpsim.results.SummaryBuilder;
import org.vpsim.results.TimeseriesRow;

/**
 * The output rows of one patient × arm and its summary. Row k covers [t_k, t_k + Δ): glucose, CGM,
 * basal rate, IOB, reservoir and pump status at t_k; insulin delivered, bolus and carbs summed over
 * the interval (differences of the pump's and the body's running totals).
 */
final class RowRecorder {
    private final String patient;
    private final long startEpochMillis;
    private final long durationMillis;
    private final VirtualPatient body;
    private final InsulinPump pump;
    private final CgmChannel cgm;
    private final InsulinOnBoard bolusIob;
    private final SummaryBuilder summary;
    private final List<TimeseriesRow> rows = new ArrayList<>();

    // The row being accumulated: values at its start, counters at its start.
    private long rowStartMillis = -1;
    private double rowGlucose;
    private Double rowCgm;
    private double rowBasalRate;
    private double rowIob;
    private double rowReservoir;
    private String rowStatus;
    private double rowDeliveredAtStart;
    private double rowBolusAtStart;
    private double rowCarbsAtStart;

    RowRecorder(String arm, String patient, long startEpochMillis, long durationMillis, VirtualPatient body,
                InsulinPump pump, CgmChannel cgm, InsulinOnBoard bolusIob) {
        this.patient = patient;
        this.startEpochMillis = startEpochMillis;
        this.durationMillis = durationMillis;
        this.body = body;
        this.pump = pump;
        this.cgm = cgm;
        this.bolusIob = bolusIob;
        this.summary = new SummaryBuilder(arm, patient);
    }

    /** A CGM reading taken at {@code timeMillis} after the start counts towards the CGM metrics. */
    void onCgmReading(long timeMillis, double mgDl) {
        summary.addCgmGlucose(startEpochMillis + timeMillis, mgDl);
    }

    /** Closes the previous row and opens the next one at {@code now} (the last call, at the end, only closes). */
    void record(long now) {
        // One snapshot of the running totals closes the previous row and opens the next.
        InsulinLedger l = pump.ledger();
        double carbsEaten = body.cumulativeCarbsGrams();
        if (rowStartMillis >= 0) {
            double delivered = l.deliveredToPatientUnits() - rowDeliveredAtStart;
            double bolus = l.bolusDeliveredUnits() - rowBolusAtStart;
            double carbs = carbsEaten - rowCarbsAtStart;
            rows.add(new TimeseriesRow(patient, startEpochMillis + rowStartMillis, rowGlucose, rowCgm,
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
        rowBasalRate = pump.currentBasalUnitsPerHour();
        rowIob = bolusIob.unitsAt(now);
        rowReservoir = l.reservoirUnits();
        rowStatus = pump.status().name();
        rowDeliveredAtStart = l.deliveredToPatientUnits();
        rowBolusAtStart = l.bolusDeliveredUnits();
        rowCarbsAtStart = carbsEaten;
    }

    List<TimeseriesRow> rows() {
        return rows;
    }

    /** The summary once the run is over: the pump's totals and the carbs eaten. */
    SummaryBuilder summaryWithTotals() {
        InsulinLedger ledger = pump.ledger();
        summary.addBasal(ledger.basalDeliveredUnits());
        summary.addBolus(ledger.bolusDeliveredUnits());
        summary.addInsulinDelivered(ledger.deliveredToPatientUnits());
        summary.addCarbs(body.cumulativeCarbsGrams());
        return summary;
    }

    /** Differences of running totals carry rounding noise around zero; report it as zero. */
    private static double clean(double v) {
        return Math.abs(v) < 1e-9 ? 0.0 : v;
    }
}
