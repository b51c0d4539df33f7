package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.vpsim.pump.sensor.Vettoretti2019Error;

/**
 * The CGM of an arm. Defaults: a Dexcom-like 5-minute sensor with the Johnson-SU noise of Breton &amp;
 * Kovatchev 2008 (as in simglucose), readings clipped to 39–400 mg/dL, never replaced, no warm-up, no burst
 * dropouts. {@code noiseModel}, {@code sensorLifeDays}, {@code warmUpMinutes} and the burst-dropout fields are left
 * out of the scenario as run when absent, so scenarios without them keep their checksum.
 */
public record CgmSettings(
        @Field(doc = "Time between sensor readings.", unit = "min", dflt = "5", min = 1, max = 60, example = "5")
        Integer sampleIntervalMinutes,
        @Field(doc = "Whether readings carry sensor noise (the error of noiseModel); false: readings"
                + " equal the interstitial glucose.", dflt = "true", example = "false")
        Boolean noise,
        @Field(doc = "Lowest reading the sensor reports; lower values read as this.", unit = "mg/dL", dflt = "39",
                min = 0, max = 100, example = "40")
        Double minMgDl,
        @Field(doc = "Highest reading the sensor reports; higher values read as this. At least minMgDl + 1.",
                unit = "mg/dL", dflt = "400", min = 1, max = 1000, example = "400")
        Double maxMgDl,
        @Field(doc = "Probability that a reading is missing (drawn per reading).", dflt = "0", min = 0, max = 0.5,
                example = "0.02")
        Double dropoutProbability,
        @Field(doc = "Sensor error model: breton-2008 (Johnson-SU transformed AR(1) noise of Breton & Kovatchev 2008,"
                + " as simglucose; used when the field is absent) or vettoretti-2019 (Dexcom G6: calibration error"
                + " with drift plus AR(2) noise, Vettoretti et al. 2019).",
                values = {"breton-2008", "vettoretti-2019"}, example = "\"vettoretti-2019\"")
        @JsonInclude(JsonInclude.Include.NON_NULL) String noiseModel,
        @Field(doc = "How long a sensor is worn before it is replaced (a SENSOR_CHANGE event; the first sensor is"
                + " inserted at the start, already warmed up, the k-th new one at k × this). Labels: Dexcom G6 10,"
                + " G7 10.5 (10 days + 12 h grace), FreeStyle Libre 2/3 14. A whole number of 5 minutes. Absent:"
                + " never replaced with breton-2008, 10 days with vettoretti-2019, whose per-sensor parameters are"
                + " redrawn at each change.", unit = "days", min = 1, max = 30, example = "10.5")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double sensorLifeDays,
        @Field(doc = "After each sensor change, how long the new sensor gives no readings (the controller sees no"
                + " CGM). Labels: Dexcom G6 120, G7 30, FreeStyle Libre 2 60. Needs a sensor life; shorter than it."
                + " Absent: 0.", unit = "min", min = 0, max = 720, example = "120")
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer warmUpMinutes,
        @Field(doc = "Long-run fraction of readings missing in bursts (two-state Gilbert-Elliott Markov chain,"
                + " one step per reading). Set with dropoutBurstMeanMinutes. Absent: no burst dropouts.", min = 0,
                max = 0.5, example = "0.03")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double dropoutBurstFraction,
        @Field(doc = "Mean length of a burst of missing readings (geometric lengths), at least sampleIntervalMinutes."
                + " Set with dropoutBurstFraction.", unit = "min", min = 1, max = 1440, example = "30")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double dropoutBurstMeanMinutes) {
    private static final double MILLIS_PER_DAY = 86_400_000.0;
    /** 5-minute steps in a day: sensor lives are whole numbers of them (the Vettoretti 2019 grid). */
    private static final double GRID_STEPS_PER_DAY = MILLIS_PER_DAY / Vettoretti2019Error.GRID_MILLIS;
    /** Vettoretti 2019 (Dexcom G6) sensor life when none is set. */
    private static final double VETTORETTI_LIFE_DAYS = Vettoretti2019Error.SENSOR_LIFE_MILLIS / MILLIS_PER_DAY;

    public CgmSettings {
        sampleIntervalMinutes = sampleIntervalMinutes == null ? 5 : sampleIntervalMinutes;
        noise = noise == null ? Boolean.TRUE : noise;
        minMgDl = minMgDl == null ? 39.0 : minMgDl;
        maxMgDl = maxMgDl == null ? 400.0 : maxMgDl;
        dropoutProbability = dropoutProbability == null ? 0.0 : dropoutProbability;
        Problems p = new Problems();
        FieldRules.checkRecord(CgmSettings.class, p, sampleIntervalMinutes, noise, minMgDl, maxMgDl, dropoutProbability,
                noiseModel, sensorLifeDays, warmUpMinutes, dropoutBurstFraction, dropoutBurstMeanMinutes);
        if (maxMgDl < minMgDl + 1) {
            p.add("maxMgDl", maxMgDl, "at least minMgDl + 1 = " + FieldRules.fmt(minMgDl + 1) + " mg/dL", "");
        }
        if (sensorLifeDays != null) {
            double steps = sensorLifeDays * GRID_STEPS_PER_DAY;
            if (Math.abs(steps - Math.rint(steps)) > 1e-6) {
                p.add("sensorLifeDays", sensorLifeDays, "a whole number of 5 minutes (days × 288 a whole number)",
                        "e.g. 10, 10.5 or 14");
            }
        }
        if (warmUpMinutes != null && warmUpMinutes > 0) {
            Double life = sensorLifeDays != null ? sensorLifeDays
                    : "vettoretti-2019".equals(noiseModel) ? VETTORETTI_LIFE_DAYS : null;
            if (life == null) {
                p.add("warmUpMinutes", warmUpMinutes, "0 unless the sensor is replaced",
                        "set sensorLifeDays: without it the sensor is never replaced, so never warms up");
            } else if (warmUpMinutes >= life * 1440.0) {
                p.add("warmUpMinutes", warmUpMinutes, "shorter than the sensor life of " + FieldRules.fmt(life * 1440.0)
                        + " min", "");
            }
        }
        if ((dropoutBurstFraction == null) != (dropoutBurstMeanMinutes == null)) {
            p.add(dropoutBurstFraction == null ? "dropoutBurstFraction" : "dropoutBurstMeanMinutes", null,
                    "set together with " + (dropoutBurstFraction == null ? "dropoutBurstMeanMinutes"
                            : "dropoutBurstFraction"), "");
        } else if (dropoutBurstFraction != null && dropoutBurstFraction > 0
                && dropoutBurstMeanMinutes < sampleIntervalMinutes) {
            // A burst is at least one reading. With this and dropoutBurstFraction ≤ 0.5, P(good → bad) =
            // π/(1−π)·interval/mean ≤ 1: every accepted pair is a Markov chain.
            p.add("dropoutBurstMeanMinutes", dropoutBurstMeanMinutes,
                    "at least sampleIntervalMinutes = " + sampleIntervalMinutes + " min", "");
        }
        p.throwIfAny();
    }

    /** Settings with the default noise model. */
    public CgmSettings(Integer sampleIntervalMinutes, Boolean noise, Double minMgDl, Double maxMgDl,
                       Double dropoutProbability) {
        this(sampleIntervalMinutes, noise, minMgDl, maxMgDl, dropoutProbability, null);
    }

    /** Settings without sensor changes, warm-up or burst dropouts. */
    public CgmSettings(Integer sampleIntervalMinutes, Boolean noise, Double minMgDl, Double maxMgDl,
                       Double dropoutProbability, String noiseModel) {
        this(sampleIntervalMinutes, noise, minMgDl, maxMgDl, dropoutProbability, noiseModel, null, null, null, null);
    }

    public static CgmSettings defaults() {
        return new CgmSettings(null, null, null, null, null, null);
    }
}
