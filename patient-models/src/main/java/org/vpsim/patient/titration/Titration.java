package org.vpsim.patient.titration;

import java.util.ArrayList;
import java.util.List;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.VirtualPatient;

/**
 * Titrates a patient's pump settings on its own model by simulation (see {@link TitrationProtocol}); works
 * for any {@link PatientModel}. Deterministic: no randomness, the patient's default integrator, fixed
 * one-minute observation grid, so the same model always gives the same settings.
 *
 * <ol>
 *   <li><b>Basal</b> (fasting basal test): the model's own steady basal is kept when plasma glucose drifts less
 *       than the tolerance over the test; otherwise the basal whose end-of-test glucose equals the start is
 *       found by bisection on [0, 4 × own], and the later tests start after one test length at that basal.</li>
 *   <li><b>Correction factor</b>: from the fasting steady state on the titrated basal, one correction dose
 *       (1 U) as a subcutaneous impulse; CF = (fasting − nadir within the horizon) / dose. No clinical
 *       scaling is applied: the drop is the patient's own insulin sensitivity as its model has it.</li>
 *   <li><b>Carb ratio</b> (meal test): a 50 g meal eaten from the fasting steady state with a bolus at its
 *       first bite; the largest bolus whose nadir over the observation stays at or above fasting − tolerance
 *       is found by bisection (the nadir falls as the bolus grows); CR = carbs / that bolus.</li>
 * </ol>
 */
public final class Titration {
    private static final double OBSERVE_MINUTES = 1.0;

    private Titration() {
    }

    /** Titrates every patient of {@code cohort} (cohort order) by the {@link TitrationProtocol#standard()} protocol. */
    public static List<TitrationResult> cohort(PatientCohort cohort) {
        List<TitrationResult> out = new ArrayList<>();
        for (String name : cohort.patientNames()) {
            out.add(titrate(cohort.patient(name), TitrationProtocol.standard()));
        }
        return List.copyOf(out);
    }

    /** Titrates one patient by {@code protocol}. */
    public static TitrationResult titrate(PatientModel model, TitrationProtocol protocol) {
        return new Run(model, protocol).titrate();
    }

    /** One titration: carries the cost counter. */
    private static final class Run {
        private final PatientModel model;
        private final TitrationProtocol p;
        private double simulatedMinutes;

        Run(PatientModel model, TitrationProtocol protocol) {
            if (model == null) {
                throw new IllegalArgumentException("model: null");
            }
            if (protocol == null) {
                throw new IllegalArgumentException("protocol: null");
            }
            this.model = model;
            this.p = protocol;
        }

        TitrationResult titrate() {
            TherapySettings published = model.therapy();
            double testMinutes = p.basalCheckHours() * 60;
            double own = published.basalInsulinUnitsPerHour();
            double drift = basalDrift(own);
            boolean fromSteadyState = Math.abs(drift) <= p.basalDriftToleranceMgDl();
            double basal = own;
            double warmUpMinutes = 0;
            if (!fromSteadyState) {
                basal = bisectBasal(own);
                drift = basalDrift(basal);
                warmUpMinutes = testMinutes;
            }

            // Correction test.
            VirtualPatient c = fasting(basal, warmUpMinutes);
            double fastingMgDl = c.plasmaGlucoseMgDl();
            c.injectSubcutaneousInsulin(p.correctionDoseUnits());
            double start = c.nowMinutes();
            double nadir = fastingMgDl;
            double nadirAt = 0;
            double end = start + p.correctionHorizonHours() * 60;
            for (double t = start + OBSERVE_MINUTES; t <= end + 1e-9; t += OBSERVE_MINUTES) {
                c.advanceToMinute(t);
                double g = c.plasmaGlucoseMgDl();
                if (g < nadir) {
                    nadir = g;
                    nadirAt = t - start;
                }
            }
            simulatedMinutes += c.nowMinutes();
            double drop = fastingMgDl - nadir;
            if (!(drop > 0)) {
                throw new IllegalStateException(model.patientName() + ": " + p.correctionDoseUnits()
                        + " U did not lower plasma glucose within " + p.correctionHorizonHours() + " h");
            }
            double cf = drop / p.correctionDoseUnits();

            // Meal test: bisection on the bolus between 0 (meets the nadir rule: the meal only raises glucose)
            // and carbs / minimum CR.
            double floor = fastingMgDl - p.mealNadirToleranceMgDl();
            double lo = 0;
            double hi = p.mealCarbsGrams() / p.minCarbRatioGramsPerUnit();
            double[] loOutcome = mealTest(basal, warmUpMinutes, lo, floor);
            if (loOutcome[0] < floor) {
                throw new IllegalStateException(model.patientName() + ": the " + p.mealCarbsGrams()
                        + " g meal test without a bolus already falls below fasting - " + p.mealNadirToleranceMgDl());
            }
            double[] hiOutcome = mealTest(basal, warmUpMinutes, hi, floor);
            if (hiOutcome[0] >= floor) {
                lo = hi;
                loOutcome = hiOutcome;
            } else {
                while (hi - lo > p.bolusResolutionUnits()) {
                    double mid = 0.5 * (lo + hi);
                    double[] o = mealTest(basal, warmUpMinutes, mid, floor);
                    if (o[0] >= floor) {
                        lo = mid;
                        loOutcome = o;
                    } else {
                        hi = mid;
                    }
                }
            }
            if (!(lo > 0)) {
                throw new IllegalStateException(model.patientName() + ": no meal bolus keeps the meal test's nadir"
                        + " within " + p.mealNadirToleranceMgDl() + " mg/dL of fasting");
            }
            double cr = p.mealCarbsGrams() / lo;
            TherapySettings titrated = new TherapySettings(published.bodyWeightKg(), basal, cr, cf,
                    published.totalDailyInsulinUnits(), published.ageYears());
            return new TitrationResult(model.patientName(), published, titrated, fastingMgDl, drift, fromSteadyState,
                    nadir, nadirAt, lo, loOutcome[0], loOutcome[1], simulatedMinutes / 60.0);
        }

        /** A patient on {@code basalUnitsPerHour} from the initial state, advanced by {@code warmUpMinutes}. */
        private VirtualPatient fasting(double basalUnitsPerHour, double warmUpMinutes) {
            VirtualPatient v = VirtualPatient.atSteadyState(model);
            v.setInsulinInfusionUnitsPerMinute(basalUnitsPerHour / 60.0);
            v.advanceToMinute(warmUpMinutes);
            return v;
        }

        /** End-of-test minus start plasma glucose after the basal test at {@code basalUnitsPerHour}. */
        private double basalDrift(double basalUnitsPerHour) {
            VirtualPatient v = fasting(basalUnitsPerHour, 0);
            double g0 = v.plasmaGlucoseMgDl();
            v.advanceToMinute(p.basalCheckHours() * 60);
            simulatedMinutes += v.nowMinutes();
            return v.plasmaGlucoseMgDl() - g0;
        }

        /** Bisection for the basal with no drift: drift falls as basal rises. */
        private double bisectBasal(double own) {
            double lo = 0;
            double hi = Math.max(4 * own, 0.1);
            if (basalDrift(hi) > 0) {
                throw new IllegalStateException(model.patientName() + ": even " + hi
                        + " U/h of basal does not hold fasting glucose");
            }
            for (int i = 0; i < 40 && hi - lo > 1e-4; i++) {
                double mid = 0.5 * (lo + hi);
                if (basalDrift(mid) > 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }

        /**
         * {nadir, peak} of plasma glucose over the meal test with a bolus of {@code bolusUnits} at the first bite.
         * The test stops at the first reading below {@code floorMgDl}: such a bolus breaks the nadir rule whatever
         * follows, and the caller uses a failed test's outcome only for that comparison (the returned nadir is
         * then that reading, the peak the peak so far). About half the bisection's tests fail, most of them hours
         * before the end of the observation, so this saves a good part of the titration's cost; the readings up to
         * the stop are the same minute-grid integration as a full test's, so every decision, and with it every
         * titrated setting, is unchanged.
         */
        private double[] mealTest(double basalUnitsPerHour, double warmUpMinutes, double bolusUnits,
                                  double floorMgDl) {
            VirtualPatient v = fasting(basalUnitsPerHour, warmUpMinutes);
            double start = v.nowMinutes();
            if (bolusUnits > 0) {
                v.injectSubcutaneousInsulin(bolusUnits);
            }
            double nadir = v.plasmaGlucoseMgDl();
            double peak = nadir;
            double left = p.mealCarbsGrams();
            double end = start + p.mealObservationHours() * 60;
            for (double t = start; t < end - 1e-9; t += OBSERVE_MINUTES) {
                // Eats in whole minutes, as the studies do (the model's meal memory counts whole minutes).
                double rate = Math.min(p.eatingRateGramsPerMinute(), left);
                if (rate <= 1e-12) {
                    rate = 0;
                }
                v.setCarbIntakeGramsPerMinute(rate);
                left -= rate;
                v.advanceToMinute(t + OBSERVE_MINUTES);
                double g = v.plasmaGlucoseMgDl();
                nadir = Math.min(nadir, g);
                peak = Math.max(peak, g);
                if (nadir < floorMgDl) {
                    break;
                }
            }
            simulatedMinutes += v.nowMinutes();
            return new double[] {nadir, peak};
        }
    }
}
