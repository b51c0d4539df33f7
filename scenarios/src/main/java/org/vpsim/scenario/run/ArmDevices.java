package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.vpsim.core.SimTime;
import org.vpsim.patient.TherapySettings;
import org.vpsim.pump.control.BolusCalculatorController;
import org.vpsim.pump.control.BolusCalculatorSettings;
import org.vpsim.pump.control.Controller;
import org.vpsim.pump.control.ControllerDecision;
import org.vpsim.pump.control.IobSubtraction;
import org.vpsim.pump.device.BasalProfile;
import org.vpsim.pump.device.BasalSegment;
import org.vpsim.pump.device.PumpSpec;
import org.vpsim.pump.sensor.CgmErrorModel;
import org.vpsim.pump.sensor.CgmSpec;
import org.vpsim.scenario.model.Arm;
import org.vpsim.scenario.model.CgmSettings;
import org.vpsim.scenario.model.ControllerSettings;
import org.vpsim.scenario.model.PumpSettings;

/** Turns an arm's scenario settings into device specifications and a controller for one patient. */
final class ArmDevices {
    private ArmDevices() {
    }

    static PumpSpec pumpSpec(PumpSettings p) {
        PumpSpec.Builder b;
        try {
            b = PumpSpec.preset(p.model()).toBuilder();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pump." + e.getMessage(), e);
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

    static Controller controller(Arm arm, TherapySettings therapy, PumpSpec pump) {
        ControllerSettings c = arm.controller();
        switch (c.type()) {
            case "basal-only":
                return obs -> ControllerDecision.none("basal-only therapy");
            case "bolus-calculator":
                BolusCalculatorSettings s = BolusCalculatorSettings
                        .of(therapy.carbRatioGramsPerUnit(), therapy.correctionFactorMgDlPerUnit())
                        .withTarget(c.targetMgDl(), c.correctionThresholdMgDl())
                        .withIobSubtraction("total".equals(c.iobSubtraction())
                                ? IobSubtraction.TOTAL : IobSubtraction.CORRECTION_ONLY)
                        .withBolusIncrementUnits(pump.bolusIncrementUnits());
                return new BolusCalculatorController(s);
            default:
                throw new IllegalArgumentException("controller.type: '" + c.type() + "' is not supported");
        }
    }
}
