package org.vpsim.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vpsim.core.ode.DormandPrince45;
import org.vpsim.patient.MinuteInput;
import org.vpsim.patient.Replay;
import org.vpsim.patient.ReplayRow;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.patient.uva.UvaPadova2008Model;
import org.vpsim.patient.uva.UvaPadovaCohort;

/**
 * One patient-day (1440 min) of the UVA/Padova 2008 model for adult#001 under the reference day's inputs
 * (basal; meals of 50, 70, 80 g at 07:00, 12:00, 18:30 eaten at 5 g/min; a carbs/CR bolus in each meal's
 * first minute). simglucose 0.2.11 needs ~1.4 s for the same day.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class UvaPadovaDayBenchmark {
    private static final double PULSE_UNITS = 0.025;
    private static final double PULSE_SPACING_MINUTES = 1.5;

    /**
     * "exact": the default ({@link VirtualPatient#atSteadyState}: insulin subsystem solved exactly, glucose
     * stepped across strokes); "stroke-stepped": DP45 on the whole 13-state model, cut at every stroke (before
     * issue 15).
     */
    @Param({"exact", "stroke-stepped"})
    public String integration;

    private UvaPadova2008Model model;
    private static final double CARBS = 0, STROKE = 1, READ = 2;
    private List<MinuteInput> referenceDay;
    private List<double[]> studyDay;
    private double basalUnitsPerMinute;

    @Setup
    public void setUp() {
        model = UvaPadovaCohort.standard().patient("adult#001");
        basalUnitsPerMinute = model.therapy().basalInsulinUnitsPerHour() / 60.0;
        referenceDay = new ArrayList<>(1440);
        int[] mealStart = {7 * 60, 12 * 60, 18 * 60 + 30};
        double[] mealGrams = {50, 70, 80};
        for (int t = 0; t < 1440; t++) {
            double cho = 0;
            double insulin = basalUnitsPerMinute;
            for (int m = 0; m < mealStart.length; m++) {
                double eatMinutes = mealGrams[m] / 5.0;
                if (t >= mealStart[m] && t < mealStart[m] + eatMinutes) {
                    cho = 5.0;
                }
                if (t == mealStart[m]) {
                    insulin += mealGrams[m] / model.therapy().carbRatioGramsPerUnit();
                }
            }
            referenceDay.add(new MinuteInput(cho, insulin));
        }
        studyDay = studyDay(referenceDay, basalUnitsPerMinute);
    }

    /** The reference day, per-minute inputs and per-minute output rows (the parity harness). */
    @Benchmark
    public List<ReplayRow> referenceDayPerMinute() {
        return Replay.run(model, referenceDay);
    }

    /** The same meals, but insulin as a pump gives it: 0.025 U impulses every 1.5 min (1 U/h) plus meal boluses. */
    @Benchmark
    public double pumpPulsesEveryNinetySeconds() {
        VirtualPatient p = patient();
        double nextPulse = 0;
        for (int t = 0; t < 1440; t++) {
            MinuteInput in = referenceDay.get(t);
            p.setCarbIntakeGramsPerMinute(in.carbIntakeGramsPerMinute());
            double bolus = in.insulinInfusionUnitsPerMinute() - basalUnitsPerMinute;
            if (bolus > 1e-9) {
                p.injectSubcutaneousInsulin(bolus);
            }
            while (nextPulse < t + 1) {
                p.advanceToMinute(nextPulse);
                p.injectSubcutaneousInsulin(PULSE_UNITS);
                nextPulse += PULSE_SPACING_MINUTES;
            }
            p.advanceToMinute(t + 1);
        }
        return p.plasmaGlucoseMgDl();
    }

    /**
     * What a study does: pump strokes of 0.025 U every 1.5 min, meal boluses as strokes one second apart, and the
     * CGM reading interstitial glucose every 5 minutes (which makes the patient integrate up to then).
     */
    @Benchmark
    public double pumpStrokesWithCgmEveryFiveMinutes() {
        VirtualPatient p = patient();
        double sum = 0;
        for (double[] e : studyDay) {
            p.advanceToMinute(e[0]);
            if (e[1] == STROKE) {
                p.injectSubcutaneousInsulin(PULSE_UNITS);
            } else if (e[1] == CARBS) {
                p.setCarbIntakeGramsPerMinute(e[2]);
            } else {
                sum += p.interstitialGlucoseMgDl();
            }
        }
        return sum;
    }

    /** (minute, kind, carbs g/min) in time order; at equal times carbs, then strokes, then the reading. */
    private static List<double[]> studyDay(List<MinuteInput> day, double basalUnitsPerMinute) {
        List<double[]> events = new ArrayList<>();
        for (int t = 0; t < 1440; t++) {
            MinuteInput in = day.get(t);
            events.add(new double[] {t, CARBS, in.carbIntakeGramsPerMinute()});
            long strokes = Math.round((in.insulinInfusionUnitsPerMinute() - basalUnitsPerMinute) / PULSE_UNITS);
            for (long k = 0; k < strokes; k++) {
                events.add(new double[] {t + k / 60.0, STROKE, 0});
            }
            if (t % 5 == 0) {
                events.add(new double[] {t, READ, 0});
            }
        }
        for (double m = 0; m < 1440; m += PULSE_SPACING_MINUTES) {
            events.add(new double[] {m, STROKE, 0});
        }
        events.sort(Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
        return events;
    }

    private VirtualPatient patient() {
        return integration.equals("exact") ? VirtualPatient.atSteadyState(model)
                : new VirtualPatient(model, new DormandPrince45(VirtualPatient.ABSOLUTE_TOLERANCE,
                        VirtualPatient.RELATIVE_TOLERANCE, VirtualPatient.MAX_STEP_MINUTES));
    }
}
