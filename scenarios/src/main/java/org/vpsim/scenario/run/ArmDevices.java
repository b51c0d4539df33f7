package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.Therapy;
import org.vpsim.core.SimTime;
import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.insulin.LongActingDoseRule;
import org.vpsim.patient.insulin.LongActingInsulin;
import org.vpsim.pump.device.BasalProfile;
import org.vpsim.pump.device.BasalSegment;
import org.vpsim.pump.device.PumpSpec;
import org.vpsim.pump.pen.AbsorptionVariability;
import org.vpsim.pump.pen.PenSpec;
import org.vpsim.pump.sensor.CgmErrorModel;
import org.vpsim.pump.sensor.CgmSpec;
import org.vpsim.scenario.model.CgmSettings;
import org.vpsim.scenario.model.InsulinCurveSettings;
import org.vpsim.scenario.model.PenSettings;
import org.vpsim.scenario.model.PumpSettings;

/** Turns an arm's scenario settings into device specifications and the therapy a controller is told. */
final class ArmDevices {
    /**
     * Glucose target of the therapy: 110 mg/dL, mid-range of the ADA pre-prandial target 80–130 mg/dL
     * (ADA Standards of Care, section 6, Glycemic Goals).
     */
    static final double DEFAULT_TARGET_MG_DL = 110.0;
    /** The pump accepts temp basals of up to 24 h (InsulinPump). */
    static final double MAX_TEMP_BASAL_MINUTES = 1440.0;

    private ArmDevices() {
    }

    static PumpSpec pumpSpec(PumpSettings p) {
        return pumpSpec(p, false);
    }

    /**
     * The arm's pump; {@code legacyCalibration} (scenario {@code deviceCalibration: "legacy"}) starts from the preset's
     * pre-issue-16 stroke error and fixed occlusion threshold, before the arm's own overrides.
     */
    static PumpSpec pumpSpec(PumpSettings p, boolean legacyCalibration) {
        PumpSpec.Builder b;
        try {
            b = PumpSpec.preset(p.model()).toBuilder();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pump." + e.getMessage(), e);
        }
        if (legacyCalibration) {
            b.legacyCalibration();
        }
        ifSet(p.pulseUnits(), b::pulseUnits);
        ifSet(p.reservoirCapacityUnits(), b::reservoirCapacityUnits);
        ifSet(p.reservoirFillUnits(), b::reservoirFillUnits);
        ifSet(p.lowReservoirAlertUnits(), b::lowReservoirAlertUnits);
        ifSet(p.bolusUnitsPerMinute(), b::standardBolusUnitsPerMinute);
        ifSet(p.maxBolusUnits(), b::maxBolusUnits);
        ifSet(p.maxBasalUnitsPerHour(), b::maxBasalUnitsPerHour);
        ifSet(p.pulseVolumeErrorSdPercent(), v -> b.strokeVolumeRelativeSd(v / 100.0));
        ifSet(p.setWearHours(), b::setWearHours);
        ifSet(p.occlusionAlarmThresholdUnits(), b::occlusionAlarmThresholdUnits);
        ifSet(p.occlusionsPerDay(), b::occlusionsPerDay);
        ifSet(p.leaksPerDay(), b::leaksPerDay);
        ifSet(p.dislodgementsPerDay(), b::dislodgementsPerDay);
        ifSet(p.leakFraction(), b::leakFraction);
        try {
            return b.build().withOverrides(p.spec());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((p.spec().isEmpty() ? "pump." : "pump.spec.") + e.getMessage(), e);
        }
    }

    /** Applies an optional scenario override; a missing field keeps the pump model's default. */
    private static void ifSet(Double value, DoubleConsumer setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** The arm's basal profile for this patient: the patient's own basal all day unless segments are given. */
    static BasalProfile basalProfile(PumpSettings p, TherapySettings therapy) {
        double own = therapy.basalInsulinUnitsPerHour();
        if (p.basalProfile().isEmpty()) {
            return BasalProfile.flat(own);
        }
        List<BasalSegment> segments = new ArrayList<>();
        for (org.vpsim.scenario.model.BasalSegment s : p.basalProfile()) {
            segments.add(new BasalSegment(s.startMinuteOfDay(), s.rateUnitsPerHour(own)));
        }
        return new BasalProfile(segments);
    }

    static CgmSpec cgmSpec(CgmSettings c) {
        return CgmSpec.defaults()
                .withSampleIntervalMillis(SimTime.minutes(c.sampleIntervalMinutes()))
                .withNoiseEnabled(c.noise())
                .withRange(c.minMgDl(), c.maxMgDl())
                .withDropoutProbability(c.dropoutProbability())
                .withErrorModel(cgmErrorModel(c.noiseModel()))
                // Absent fields give 0: the error model's own sensor life, no warm-up, no burst dropouts.
                .withSensorLife(c.sensorLifeDays() == null ? 0 : Math.round(c.sensorLifeDays() * SimTime.MILLIS_PER_DAY),
                        c.warmUpMinutes() == null ? 0 : SimTime.minutes(c.warmUpMinutes()))
                .withBurstDropouts(c.dropoutBurstFraction() == null ? 0.0 : c.dropoutBurstFraction(),
                        c.dropoutBurstMeanMinutes() == null ? 0 : Math.round(c.dropoutBurstMeanMinutes() * 60_000.0));
    }

    private static CgmErrorModel cgmErrorModel(String id) {
        try {
            return CgmErrorModel.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cgm." + e.getMessage());
        }
    }

    /** The patient's therapy as the controller is told it: the arm's basal profile, CR, ISF, target, IOB curve. */
    static Therapy therapy(BasalProfile profile, TherapySettings therapy, InsulinCurveSettings curve) {
        List<BasalRate> rates = new ArrayList<>();
        for (BasalSegment s : profile.segments()) {
            rates.add(new BasalRate(s.startMinuteOfDay(), s.basalUnitsPerHour()));
        }
        return new Therapy(rates, therapy.carbRatioGramsPerUnit(), therapy.correctionFactorMgDlPerUnit(),
                DEFAULT_TARGET_MG_DL, new InsulinCurve(curve.type(), curve.peakMinutes(), curve.durationMinutes()),
                therapy.bodyWeightKg());
    }

    /**
     * A pen arm's limits as the controller is told them: bolus step and maximum of the rapid-acting pen; the basal
     * fields describe the long-acting pen's range as an hourly equivalent (maximum dose / 24 h, step / 24 h), since
     * {@code PumpLimits} needs positive values; pens accept no temp basal (refused by the controller loop).
     */
    static PumpLimits penLimits(PenSpec rapid, PenSpec longActing) {
        return new PumpLimits(longActing.maxDoseUnits() / 24.0, rapid.maxDoseUnits(), rapid.doseStepUnits(),
                longActing.doseStepUnits() / 24.0, MAX_TEMP_BASAL_MINUTES);
    }

    /** The arm's rapid-acting pen ({@code pens.rapidPen}). */
    static PenSpec rapidPen(PenSettings p) {
        return PenSpec.byName(p.rapidPen());
    }

    /** The arm's long-acting pen ({@code pens.longActingPen}). */
    static PenSpec longActingPen(PenSettings p) {
        return PenSpec.byName(p.longActingPen());
    }

    static LongActingInsulin longActingInsulin(PenSettings p) {
        return LongActingInsulin.byId(p.longActingInsulin());
    }

    /**
     * The pen arm's daily long-acting dose for this patient: 24 h × basal × {@code doseFactor}
     * ({@link LongActingDoseRule}), rounded to the long-acting pen's step, at most its maximum dose.
     */
    static double dailyLongActingUnits(PenSettings p, TherapySettings therapy) {
        PenSpec pen = longActingPen(p);
        return Math.min(pen.maxDoseUnits(),
                new LongActingDoseRule(p.doseFactor()).dailyDoseUnits(therapy, pen.doseStepUnits()));
    }

    /** Site variability of the rapid-acting pen: relative bioavailability (Heise 2017), or off. */
    static AbsorptionVariability rapidVariability(PenSettings p) {
        return AbsorptionVariability.RAPID_ACTING_BIOAVAILABILITY.withEnabled(p.absorptionVariability());
    }

    /** Site variability of the long-acting pen: absorption rate (glargine: Heise 2004; degludec: Heise 2012), or off. */
    static AbsorptionVariability longActingVariability(PenSettings p) {
        AbsorptionVariability v = "degludec-u100".equals(p.longActingInsulin())
                ? AbsorptionVariability.DEGLUDEC_RATE : AbsorptionVariability.GLARGINE_U100_RATE;
        return v.withEnabled(p.absorptionVariability());
    }

    /** The pump's limits and increments as the controller is told them. */
    static PumpLimits pumpLimits(PumpSpec spec) {
        return new PumpLimits(spec.maxBasalUnitsPerHour(), spec.maxBolusUnits(), spec.bolusIncrementUnits(),
                spec.basalIncrementUnitsPerHour(), MAX_TEMP_BASAL_MINUTES);
    }
}
