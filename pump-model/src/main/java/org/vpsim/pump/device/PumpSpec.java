package org.vpsim.pump.device;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that distinguishes one pump model (and its disposables) from another. Immutable; every
 * figure is configurable per pump model in the scenario. {@link #minimed7xx()} gives MiniMed
 * Paradigm 5xx/7xx-like defaults; the source of each default is cited in {@link Builder}.
 *
 * @param pulseUnits                      insulin displaced by one motor stroke (U)
 * @param reservoirCapacityUnits          largest fill the reservoir accepts (U)
 * @param reservoirFillUnits              fill used at automatic reservoir changes (U)
 * @param lowReservoirAlertUnits          the low-reservoir alert fires once when the level drops below this (U)
 * @param standardBolusUnitsPerMinute     bolus delivery speed, standard setting
 * @param quickBolusUnitsPerMinute        bolus delivery speed, quick setting
 * @param maxBolusUnits                   programmed max bolus: larger requests are refused
 * @param maxBasalUnitsPerHour            programmed max basal: larger profile or temp rates are refused
 * @param basalIncrementUnitsPerHour      basal rates are rounded to this increment
 * @param bolusIncrementUnits             bolus amounts are rounded down to this increment (a whole number of pulses)
 * @param strokeVolumeRelativeSd          stationary SD of one stroke's relative volume error (0.15 = 15 %)
 * @param strokeVolumeAutocorrelation     AR(1) coefficient of the relative error between consecutive strokes, in [0, 1)
 * @param strokeVolumeRelativeBias        systematic relative error of every stroke (0.01 = 1 % over-delivery)
 * @param primeUnits                      tubing prime drawn from the reservoir at each set change (U)
 * @param fillCannulaUnits                cannula fill after insertion, drawn at each set change (U)
 * @param setWearHours                    the set is due for a change this long after insertion
 * @param autoSetChange                   true: a compliant simulated user changes the set when it is due, and
 *                                        answers occlusion and empty-reservoir alarms by changing set/reservoir
 * @param userResponseMinutes             delay between such an alarm and the user's change (with autoSetChange)
 * @param changeReservoirWithSet          true: an automatic set change also fills a new reservoir
 * @param occlusionAlarmThresholdUnits    backlog of undelivered insulin that triggers the occlusion alarm (U)
 * @param leakFraction                    fraction of each stroke lost at a leaking site, in [0, 1]
 * @param occlusionsPerDay                random occlusion onset rate while a set is worn (per day)
 * @param leaksPerDay                     random leak onset rate (per day)
 * @param dislodgementsPerDay             random dislodgement rate (per day)
 * @param absorptionRateMultiplierMax     sc absorption rate multiplier reached late in wear (1 = no wear effect)
 * @param wearHoursAtBaselineAbsorption   wear age up to which absorption is at its day-1 speed
 * @param wearHoursAtMaxAbsorption        wear age at which the multiplier reaches its maximum
 * @param bioavailabilityLossStartHours   wear age after which a fraction of each stroke is lost at the site
 * @param bioavailabilityLossPerDay       fraction lost per day of wear beyond the start
 * @param maxBioavailabilityLoss          cap on that fraction, in [0, 1]
 * @param suspendReminderMinutes          interval of the reminder alarm while suspended
 * @param maxTempBasalPercent             largest percent temp basal accepted
 * @param maxExtendedBolusHours           longest extended (square) bolus duration accepted
 * @param strokeVolumeSlowRelativeSd      stationary SD of a slowly varying relative stroke error shared by all
 *                                        strokes (Ornstein-Uhlenbeck in time); 0 = none
 * @param strokeVolumeSlowCorrelationHours correlation time of that slow error (h)
 * @param occlusionAlarmThresholdMinUnits smallest missed volume at which an occlusion alarms (U); each occlusion
 *                                        draws its threshold from a triangular distribution on [min, max] with
 *                                        mode {@code occlusionAlarmThresholdUnits}; min = max = mode: fixed
 * @param occlusionAlarmThresholdMaxUnits largest missed volume at which an occlusion alarms (U)
 */
public record PumpSpec(
        double pulseUnits,
        double reservoirCapacityUnits,
        double reservoirFillUnits,
        double lowReservoirAlertUnits,
        double standardBolusUnitsPerMinute,
        double quickBolusUnitsPerMinute,
        double maxBolusUnits,
        double maxBasalUnitsPerHour,
        double basalIncrementUnitsPerHour,
        double bolusIncrementUnits,
        double strokeVolumeRelativeSd,
        double strokeVolumeAutocorrelation,
        double strokeVolumeRelativeBias,
        double primeUnits,
        double fillCannulaUnits,
        double setWearHours,
        boolean autoSetChange,
        double userResponseMinutes,
        boolean changeReservoirWithSet,
        double occlusionAlarmThresholdUnits,
        double leakFraction,
        double occlusionsPerDay,
        double leaksPerDay,
        double dislodgementsPerDay,
        double absorptionRateMultiplierMax,
        double wearHoursAtBaselineAbsorption,
        double wearHoursAtMaxAbsorption,
        double bioavailabilityLossStartHours,
        double bioavailabilityLossPerDay,
        double maxBioavailabilityLoss,
        double suspendReminderMinutes,
        double maxTempBasalPercent,
        double maxExtendedBolusHours,
        double strokeVolumeSlowRelativeSd,
        double strokeVolumeSlowCorrelationHours,
        double occlusionAlarmThresholdMinUnits,
        double occlusionAlarmThresholdMaxUnits) {

    private static final double TOLERANCE = 1e-9;

    public PumpSpec {
        positive("pulseUnits", pulseUnits);
        positive("reservoirCapacityUnits", reservoirCapacityUnits);
        positive("reservoirFillUnits", reservoirFillUnits);
        if (reservoirFillUnits > reservoirCapacityUnits + TOLERANCE) {
            throw new IllegalArgumentException("reservoirFillUnits: " + reservoirFillUnits
                    + " exceeds reservoirCapacityUnits " + reservoirCapacityUnits);
        }
        nonNegative("lowReservoirAlertUnits", lowReservoirAlertUnits);
        positive("standardBolusUnitsPerMinute", standardBolusUnitsPerMinute);
        positive("quickBolusUnitsPerMinute", quickBolusUnitsPerMinute);
        positive("maxBolusUnits", maxBolusUnits);
        positive("maxBasalUnitsPerHour", maxBasalUnitsPerHour);
        positive("basalIncrementUnitsPerHour", basalIncrementUnitsPerHour);
        positive("bolusIncrementUnits", bolusIncrementUnits);
        double pulsesPerIncrement = bolusIncrementUnits / pulseUnits;
        if (Math.abs(pulsesPerIncrement - Math.rint(pulsesPerIncrement)) > 1e-6) {
            throw new IllegalArgumentException("bolusIncrementUnits: " + bolusIncrementUnits
                    + " is not a whole number of pulses of " + pulseUnits + " U");
        }
        nonNegative("strokeVolumeRelativeSd", strokeVolumeRelativeSd);
        if (!(strokeVolumeAutocorrelation >= 0 && strokeVolumeAutocorrelation < 1)) {
            throw new IllegalArgumentException("strokeVolumeAutocorrelation: " + strokeVolumeAutocorrelation
                    + " is outside [0, 1)");
        }
        if (!(strokeVolumeRelativeBias > -1 && strokeVolumeRelativeBias < 1)) {
            throw new IllegalArgumentException("strokeVolumeRelativeBias: " + strokeVolumeRelativeBias
                    + " is outside (-1, 1)");
        }
        nonNegative("primeUnits", primeUnits);
        nonNegative("fillCannulaUnits", fillCannulaUnits);
        positive("setWearHours", setWearHours);
        nonNegative("userResponseMinutes", userResponseMinutes);
        positive("occlusionAlarmThresholdUnits", occlusionAlarmThresholdUnits);
        fraction("leakFraction", leakFraction);
        nonNegative("occlusionsPerDay", occlusionsPerDay);
        nonNegative("leaksPerDay", leaksPerDay);
        nonNegative("dislodgementsPerDay", dislodgementsPerDay);
        positive("absorptionRateMultiplierMax", absorptionRateMultiplierMax);
        nonNegative("wearHoursAtBaselineAbsorption", wearHoursAtBaselineAbsorption);
        if (!(wearHoursAtMaxAbsorption > wearHoursAtBaselineAbsorption)) {
            throw new IllegalArgumentException("wearHoursAtMaxAbsorption: " + wearHoursAtMaxAbsorption
                    + " is not after wearHoursAtBaselineAbsorption " + wearHoursAtBaselineAbsorption);
        }
        nonNegative("bioavailabilityLossStartHours", bioavailabilityLossStartHours);
        nonNegative("bioavailabilityLossPerDay", bioavailabilityLossPerDay);
        fraction("maxBioavailabilityLoss", maxBioavailabilityLoss);
        positive("suspendReminderMinutes", suspendReminderMinutes);
        positive("maxTempBasalPercent", maxTempBasalPercent);
        positive("maxExtendedBolusHours", maxExtendedBolusHours);
        nonNegative("strokeVolumeSlowRelativeSd", strokeVolumeSlowRelativeSd);
        positive("strokeVolumeSlowCorrelationHours", strokeVolumeSlowCorrelationHours);
        positive("occlusionAlarmThresholdMinUnits", occlusionAlarmThresholdMinUnits);
        positive("occlusionAlarmThresholdMaxUnits", occlusionAlarmThresholdMaxUnits);
        if (occlusionAlarmThresholdUnits < occlusionAlarmThresholdMinUnits - TOLERANCE) {
            throw new IllegalArgumentException("occlusionAlarmThresholdUnits: " + occlusionAlarmThresholdUnits
                    + " is below occlusionAlarmThresholdMinUnits " + occlusionAlarmThresholdMinUnits);
        }
        if (occlusionAlarmThresholdUnits > occlusionAlarmThresholdMaxUnits + TOLERANCE) {
            throw new IllegalArgumentException("occlusionAlarmThresholdUnits: " + occlusionAlarmThresholdUnits
                    + " is above occlusionAlarmThresholdMaxUnits " + occlusionAlarmThresholdMaxUnits);
        }
    }

    /** True when each occlusion draws its own alarm threshold (min &lt; max). */
    public boolean occlusionAlarmThresholdScatters() {
        return occlusionAlarmThresholdMaxUnits > occlusionAlarmThresholdMinUnits;
    }

    /**
     * MiniMed Paradigm 5xx/7xx-like pump with a 300 U reservoir and a 3-day set changed when due (with
     * a new reservoir); no random faults.
     */
    public static PumpSpec minimed7xx() {
        return builder().build();
    }

    /** Names accepted by {@link #preset(String)}. */
    public static final List<String> PRESETS = List.of("minimed7xx", "minimed5xx", "minimed7xx-extended-wear");

    /**
     * A named pump model: {@code minimed7xx} (300 U reservoir, 3-day set), {@code minimed5xx} (the
     * 180 U reservoir variant; Paradigm 5xx reservoir MMT-326A holds 176 U, rounded as DESIGN.md lists),
     * {@code minimed7xx-extended-wear} (7-day set, Medtronic Extended infusion set; no bioavailability
     * loss before day 7 -- an assumption following the set's 7-day label).
     */
    public static PumpSpec preset(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name) {
            case "minimed7xx" -> minimed7xx();
            case "minimed5xx" -> builder().reservoirCapacityUnits(180).build();
            case "minimed7xx-extended-wear" -> builder().setWearHours(168).bioavailabilityLossStartHours(168).build();
            default -> throw new IllegalArgumentException("model: '" + name + "' is not one of " + PRESETS);
        };
    }

    /**
     * This spec with some fields replaced by name (the record component names, e.g.
     * {@code occlusionsPerDay}); values are Numbers for double fields and Booleans for boolean ones.
     * Meant for scenario files: "the preset, except ...". Unknown names and wrong types are refused
     * with a message naming the field; the result is validated like any spec.
     */
    public PumpSpec withOverrides(Map<String, ?> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        RecordComponent[] components = PumpSpec.class.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(this);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, ?> o : overrides.entrySet()) {
            int index = -1;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(o.getKey())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException(o.getKey() + ": unknown pump field; known fields are "
                        + Arrays.stream(components).map(RecordComponent::getName).toList());
            }
            Object v = o.getValue();
            if (components[index].getType() == boolean.class) {
                if (!(v instanceof Boolean)) {
                    throw new IllegalArgumentException(o.getKey() + ": " + v + " is not true or false");
                }
                values[index] = v;
            } else {
                if (!(v instanceof Number)) {
                    throw new IllegalArgumentException(o.getKey() + ": " + v + " is not a number");
                }
                values[index] = ((Number) v).doubleValue();
            }
        }
        try {
            Constructor<PumpSpec> canonical = PumpSpec.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A builder initialised with the {@link #minimed7xx()} defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this spec's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Milliseconds between bolus strokes at the given speed (at least 1 ms). */
    public long bolusStrokeSpacingMillis(BolusSpeed speed) {
        double unitsPerMinute = speed == BolusSpeed.QUICK ? quickBolusUnitsPerMinute : standardBolusUnitsPerMinute;
        return Math.max(1L, Math.round(pulseUnits / unitsPerMinute * 60_000.0));
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a positive finite number");
        }
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " is negative or not finite");
        }
    }

    private static void fraction(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": " + value + " is outside [0, 1]");
        }
    }

    /** Mutable builder; defaults are the MiniMed 7xx-like figures, each with its source. */
    public static final class Builder {
        // One stroke of the Paradigm lead-screw drive displaces 0.025 U (basal/bolus resolution of
        // MiniMed Paradigm 523/723 and 530G/630G user guides; DESIGN.md "The therapy system").
        private double pulseUnits = 0.025;
        // Paradigm x23 "7xx" reservoir holds 300 U (MMT-332A); the x23 "5xx" holds 176-180 U;
        // 200 U variants exist for other pumps. DESIGN.md lists 300 U with 180/200 U variants.
        private double reservoirCapacityUnits = 300;
        private double reservoirFillUnits = 300;
        // Low-reservoir reminder default 20 U (Paradigm user guides: "Low Reservoir" warning, units type).
        private double lowReservoirAlertUnits = 20;
        // Paradigm bolus delivery: 1.5 U/min standard; "Quick" bolus speed of 770G/780G is 15 U/min.
        private double standardBolusUnitsPerMinute = 1.5;
        private double quickBolusUnitsPerMinute = 15;
        // Max bolus up to 25 U and max basal up to 35 U/h (Paradigm 5xx/7xx user guide, specifications).
        private double maxBolusUnits = 25;
        private double maxBasalUnitsPerHour = 35;
        // 0.025 U/h basal increment and 0.025 U bolus increment (Paradigm x23 specifications).
        private double basalIncrementUnitsPerHour = 0.025;
        private double bolusIncrementUnits = 0.025;
        // Stroke volume error, calibrated on the bench figures of one durable pump (J Diabetes Sci Technol
        // 2022;16(3):788, 648 h gravimetric: SD of 1-h windows 10.0 % at 1 U/h and 21.7 % at 0.1 U/h, 86 % of
        // 1-h windows within +/-15 % at 1 U/h) and on the small positive mean error such studies report (about
        // +1 %; Jahn et al. 2010, J Diabetes Sci Technol 4(5):1040; Zisser et al. 2015, J Diabetes Sci Technol
        // 9(6):1197). Two parts: a per-stroke AR(1) error (SD 29 %, lag-1 correlation 0.5: thread flank and
        // plunger friction shared by neighbouring strokes) and a slowly varying error shared by all strokes
        // (Ornstein-Uhlenbeck in time, SD 7.1 %, correlation time 1 h: temperature, reservoir compliance,
        // line pressure). The 1-h window error variance is slow^2*0.74 (the OU's variance averaged over one
        // correlation time, 2/e) plus the AR(1) sum's s^2/n^2*(n + 2*sum_k (n-k)*phi^k): 0.0725 s^2 for n = 40
        // strokes (1 U/h) and 0.516 s^2 for n = 4 (0.1 U/h). Solving for SD 10.0 % and 21.7 % gives s = 0.29
        // and slow = 0.071; over 24 h the slow part averages down to SD ~2 %. Measured with
        // `vpsim pump-accuracy`: see org.vpsim.pump.accuracy package-info. legacyCalibration() restores the
        // earlier per-stroke-only model (SD 15 %, no bias, no slow part).
        private double strokeVolumeRelativeSd = 0.29;
        private double strokeVolumeAutocorrelation = 0.5;
        private double strokeVolumeRelativeBias = 0.01;
        private double strokeVolumeSlowRelativeSd = 0.071;
        private double strokeVolumeSlowCorrelationHours = 1;
        // Tubing prime at set change: ~10 U for a 60-110 cm line (Quick-set 23"/43" tubing is primed
        // with several units until drops appear; pump communities report 7-20 U depending on length
        // -- an assumption, set per infusion set in the scenario).
        private double primeUnits = 10;
        // Cannula fill 0.3-0.7 U: Quick-set 6 mm 0.3 U, 9 mm 0.5 U (Medtronic Quick-set instructions);
        // 0.5 U for Sof-sets, 0.8-1.0 U for angled Teflon sets (diabetesnet.com, "Insert the infusion set").
        private double fillCannulaUnits = 0.5;
        // Teflon sets: change every 2-3 days (label); 168 h for the Medtronic Extended infusion set.
        private double setWearHours = 72;
        // A compliant user by default: sets changed when due and alarms answered. Without it a set is worn
        // indefinitely and the wear model's bioavailability loss would quietly starve a plain study.
        private boolean autoSetChange = true;
        // Time for the user to notice an occlusion / empty alarm and change the set: an assumption (30 min).
        private double userResponseMinutes = 30;
        private boolean changeReservoirWithSet = true;
        // Occlusion alarm: Paradigm 511 user guide, "up to 3.0 units of missed insulin are required to
        // trigger the occlusion alarm" (typical 75 min, max 3 h at 1.0 U/h; typical 12.5 h, max 30 h at
        // 0.1 U/h); at 1 U/h the manual's range runs from about 30 min to 3 h. Each occlusion draws its
        // threshold from a triangular distribution: min 0.5 U (30 min at 1 U/h), mode 1.25 U (the typical
        // 75 min), max 3.0 U (3 h) -- a real line's pressure build-up depends on tubing compliance and the
        // cannula's position, so the same pump alarms after different missed volumes (Ziegler/Freckmann:
        // median detection at 0.1 U/h 4 to > 40 h across pumps). legacyCalibration(): a fixed 2.5 U.
        private double occlusionAlarmThresholdUnits = 1.25;
        private double occlusionAlarmThresholdMinUnits = 0.5;
        private double occlusionAlarmThresholdMaxUnits = 3.0;
        // Leak fraction: no published figure for the share lost at a leaking site; 0.3 is an assumption.
        private double leakFraction = 0.3;
        // Random failures off by default (the plain study); fault scenarios set them.
        private double occlusionsPerDay = 0;
        private double leaksPerDay = 0;
        private double dislodgementsPerDay = 0;
        // Swan et al. 2009 (Diabetes Care 32(2):240): time to peak insulin 110 min on day 1 vs 56 min
        // on day 4 of wear. For linear sc absorption the time to peak scales with 1/rate, so the
        // absorption rate multiplier is 110/56 = 1.96 on day 4; day 1 (age 0-24 h, midpoint 12 h) is
        // the baseline, day 4 midpoint 84 h is the maximum, linear in between.
        private double absorptionRateMultiplierMax = 110.0 / 56.0;
        private double wearHoursAtBaselineAbsorption = 12;
        private double wearHoursAtMaxAbsorption = 84;
        // Bioavailability loss late in wear: Thethi et al. 2010 (J Diabetes Complications 24:73) found
        // mean glucose rising on days 4-5 of set wear, but no study gives a dose-response; assumption:
        // none up to 72 h, then 10 % per day, capped at 50 %.
        private double bioavailabilityLossStartHours = 72;
        private double bioavailabilityLossPerDay = 0.10;
        private double maxBioavailabilityLoss = 0.5;
        // Suspend reminder: assumption of one reminder every 15 min while suspended.
        private double suspendReminderMinutes = 15;
        // Temp basal 0-200 % and square bolus up to 8 h (Paradigm 5xx/7xx user guide).
        private double maxTempBasalPercent = 200;
        private double maxExtendedBolusHours = 8;

        private Builder() {
        }

        private Builder(PumpSpec s) {
            pulseUnits = s.pulseUnits;
            reservoirCapacityUnits = s.reservoirCapacityUnits;
            reservoirFillUnits = s.reservoirFillUnits;
            lowReservoirAlertUnits = s.lowReservoirAlertUnits;
            standardBolusUnitsPerMinute = s.standardBolusUnitsPerMinute;
            quickBolusUnitsPerMinute = s.quickBolusUnitsPerMinute;
            maxBolusUnits = s.maxBolusUnits;
            maxBasalUnitsPerHour = s.maxBasalUnitsPerHour;
            basalIncrementUnitsPerHour = s.basalIncrementUnitsPerHour;
            bolusIncrementUnits = s.bolusIncrementUnits;
            strokeVolumeRelativeSd = s.strokeVolumeRelativeSd;
            strokeVolumeAutocorrelation = s.strokeVolumeAutocorrelation;
            strokeVolumeRelativeBias = s.strokeVolumeRelativeBias;
            primeUnits = s.primeUnits;
            fillCannulaUnits = s.fillCannulaUnits;
            setWearHours = s.setWearHours;
            autoSetChange = s.autoSetChange;
            userResponseMinutes = s.userResponseMinutes;
            changeReservoirWithSet = s.changeReservoirWithSet;
            occlusionAlarmThresholdUnits = s.occlusionAlarmThresholdUnits;
            leakFraction = s.leakFraction;
            occlusionsPerDay = s.occlusionsPerDay;
            leaksPerDay = s.leaksPerDay;
            dislodgementsPerDay = s.dislodgementsPerDay;
            absorptionRateMultiplierMax = s.absorptionRateMultiplierMax;
            wearHoursAtBaselineAbsorption = s.wearHoursAtBaselineAbsorption;
            wearHoursAtMaxAbsorption = s.wearHoursAtMaxAbsorption;
            bioavailabilityLossStartHours = s.bioavailabilityLossStartHours;
            bioavailabilityLossPerDay = s.bioavailabilityLossPerDay;
            maxBioavailabilityLoss = s.maxBioavailabilityLoss;
            suspendReminderMinutes = s.suspendReminderMinutes;
            maxTempBasalPercent = s.maxTempBasalPercent;
            maxExtendedBolusHours = s.maxExtendedBolusHours;
            strokeVolumeSlowRelativeSd = s.strokeVolumeSlowRelativeSd;
            strokeVolumeSlowCorrelationHours = s.strokeVolumeSlowCorrelationHours;
            occlusionAlarmThresholdMinUnits = s.occlusionAlarmThresholdMinUnits;
            occlusionAlarmThresholdMaxUnits = s.occlusionAlarmThresholdMaxUnits;
        }

        public Builder pulseUnits(double v) { pulseUnits = v; return this; }
        /** Sets the capacity and the automatic fill volume (use {@link #reservoirFillUnits} after it to differ). */
        public Builder reservoirCapacityUnits(double v) { reservoirCapacityUnits = v; reservoirFillUnits = v; return this; }
        public Builder reservoirFillUnits(double v) { reservoirFillUnits = v; return this; }
        public Builder lowReservoirAlertUnits(double v) { lowReservoirAlertUnits = v; return this; }
        public Builder standardBolusUnitsPerMinute(double v) { standardBolusUnitsPerMinute = v; return this; }
        public Builder quickBolusUnitsPerMinute(double v) { quickBolusUnitsPerMinute = v; return this; }
        public Builder maxBolusUnits(double v) { maxBolusUnits = v; return this; }
        public Builder maxBasalUnitsPerHour(double v) { maxBasalUnitsPerHour = v; return this; }
        public Builder basalIncrementUnitsPerHour(double v) { basalIncrementUnitsPerHour = v; return this; }
        public Builder bolusIncrementUnits(double v) { bolusIncrementUnits = v; return this; }
        public Builder strokeVolumeRelativeSd(double v) { strokeVolumeRelativeSd = v; return this; }
        public Builder strokeVolumeAutocorrelation(double v) { strokeVolumeAutocorrelation = v; return this; }
        public Builder strokeVolumeRelativeBias(double v) { strokeVolumeRelativeBias = v; return this; }
        public Builder primeUnits(double v) { primeUnits = v; return this; }
        public Builder fillCannulaUnits(double v) { fillCannulaUnits = v; return this; }
        public Builder setWearHours(double v) { setWearHours = v; return this; }
        public Builder autoSetChange(boolean v) { autoSetChange = v; return this; }
        public Builder userResponseMinutes(double v) { userResponseMinutes = v; return this; }
        public Builder changeReservoirWithSet(boolean v) { changeReservoirWithSet = v; return this; }
        /** A fixed occlusion alarm threshold (U): min = mode = max. */
        public Builder occlusionAlarmThresholdUnits(double v) {
            occlusionAlarmThresholdUnits = v;
            occlusionAlarmThresholdMinUnits = v;
            occlusionAlarmThresholdMaxUnits = v;
            return this;
        }

        /** An occlusion alarm threshold drawn per occlusion from a triangular distribution (U). */
        public Builder occlusionAlarmThresholdRangeUnits(double min, double mode, double max) {
            occlusionAlarmThresholdMinUnits = min;
            occlusionAlarmThresholdUnits = mode;
            occlusionAlarmThresholdMaxUnits = max;
            return this;
        }

        public Builder strokeVolumeSlowRelativeSd(double v) { strokeVolumeSlowRelativeSd = v; return this; }
        public Builder strokeVolumeSlowCorrelationHours(double v) { strokeVolumeSlowCorrelationHours = v; return this; }

        /**
         * The device calibration before issue 16: per-stroke AR(1) error only (SD 15 %, lag-1 0.5, no bias, no
         * slow part) and a fixed 2.5 U occlusion threshold. Same random draws as then, so runs reproduce.
         */
        public Builder legacyCalibration() {
            strokeVolumeRelativeSd = 0.15;
            strokeVolumeAutocorrelation = 0.5;
            strokeVolumeRelativeBias = 0.0;
            strokeVolumeSlowRelativeSd = 0.0;
            return occlusionAlarmThresholdUnits(2.5);
        }
        public Builder leakFraction(double v) { leakFraction = v; return this; }
        public Builder occlusionsPerDay(double v) { occlusionsPerDay = v; return this; }
        public Builder leaksPerDay(double v) { leaksPerDay = v; return this; }
        public Builder dislodgementsPerDay(double v) { dislodgementsPerDay = v; return this; }
        public Builder absorptionRateMultiplierMax(double v) { absorptionRateMultiplierMax = v; return this; }
        public Builder wearHoursAtBaselineAbsorption(double v) { wearHoursAtBaselineAbsorption = v; return this; }
        public Builder wearHoursAtMaxAbsorption(double v) { wearHoursAtMaxAbsorption = v; return this; }
        public Builder bioavailabilityLossStartHours(double v) { bioavailabilityLossStartHours = v; return this; }
        public Builder bioavailabilityLossPerDay(double v) { bioavailabilityLossPerDay = v; return this; }
        public Builder maxBioavailabilityLoss(double v) { maxBioavailabilityLoss = v; return this; }
        public Builder suspendReminderMinutes(double v) { suspendReminderMinutes = v; return this; }
        public Builder maxTempBasalPercent(double v) { maxTempBasalPercent = v; return this; }
        public Builder maxExtendedBolusHours(double v) { maxExtendedBolusHours = v; return this; }

        /** No wear effects on absorption or bioavailability (e.g. for bench accuracy tests). */
        public Builder noWearEffects() {
            absorptionRateMultiplierMax = 1.0;
            maxBioavailabilityLoss = 0.0;
            return this;
        }

        /** A perfect motor: every stroke displaces exactly one pulse. */
        public Builder exactStrokes() {
            strokeVolumeRelativeSd = 0;
            strokeVolumeRelativeBias = 0;
            strokeVolumeSlowRelativeSd = 0;
            return this;
        }

        public PumpSpec build() {
            return new PumpSpec(pulseUnits, reservoirCapacityUnits, reservoirFillUnits, lowReservoirAlertUnits,
                    standardBolusUnitsPerMinute, quickBolusUnitsPerMinute, maxBolusUnits, maxBasalUnitsPerHour,
                    basalIncrementUnitsPerHour, bolusIncrementUnits, strokeVolumeRelativeSd,
                    strokeVolumeAutocorrelation, strokeVolumeRelativeBias, primeUnits, fillCannulaUnits,
                    setWearHours, autoSetChange, userResponseMinutes, changeReservoirWithSet, occlusionAlarmThresholdUnits, leakFraction,
                    occlusionsPerDay, leaksPerDay, dislodgementsPerDay, absorptionRateMultiplierMax,
                    wearHoursAtBaselineAbsorption, wearHoursAtMaxAbsorption, bioavailabilityLossStartHours,
                    bioavailabilityLossPerDay, maxBioavailabilityLoss, suspendReminderMinutes, maxTempBasalPercent,
                    maxExtendedBolusHours, strokeVolumeSlowRelativeSd, strokeVolumeSlowCorrelationHours,
                    occlusionAlarmThresholdMinUnits, occlusionAlarmThresholdMaxUnits);
        }
    }
}
