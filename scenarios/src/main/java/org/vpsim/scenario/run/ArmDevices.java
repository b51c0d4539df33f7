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
import org.vpsim.pump.device.BasalProfile;
import org.vpsim.pump.device.BasalSegment;
import org.vpsim.pump.device.PumpSpec;
import org.vpsim.pump.sensor.CgmErrorModel;
import org.vpsim.pump.sensor.CgmSpec;
import org.vpsim.scenario.model.CgmSettings;
import org.vpsim.scenario.model.InsulinCurveSettings;
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
                .withErrorModel(cgmErrorModel(c.noiseModel()));
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

    /** The pump's limits and increments as the controller is told them. */
    static PumpLimits pumpLimits(PumpSpec spec) {
        return new PumpLimits(spec.maxBasalUnitsPerHour(), spec.maxBolusUnits(), spec.bolusIncrementUnits(),
                spec.basalIncrementUnitsPerHour(), MAX_TEMP_BASAL_MINUTES);
    }
}
