package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The CGM of an arm. Defaults: a Dexcom-like 5-minute sensor with the Johnson-SU noise of Breton &amp;
 * Kovatchev 2008 (as in simglucose), readings clipped to 39–400 mg/dL. {@code noiseModel} is left out of the
 * scenario as run when absent, so scenarios without it keep their checksum.
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String noiseModel) {
    public CgmSettings {
        sampleIntervalMinutes = sampleIntervalMinutes == null ? 5 : sampleIntervalMinutes;
        noise = noise == null ? Boolean.TRUE : noise;
        minMgDl = minMgDl == null ? 39.0 : minMgDl;
        maxMgDl = maxMgDl == null ? 400.0 : maxMgDl;
        dropoutProbability = dropoutProbability == null ? 0.0 : dropoutProbability;
        Problems p = new Problems();
        FieldRules.checkRecord(CgmSettings.class, p, sampleIntervalMinutes, noise, minMgDl, maxMgDl, dropoutProbability,
                noiseModel);
        if (maxMgDl < minMgDl + 1) {
            p.add("maxMgDl", maxMgDl, "at least minMgDl + 1 = " + FieldRules.fmt(minMgDl + 1) + " mg/dL", "");
        }
        p.throwIfAny();
    }

    /** Settings with the default noise model. */
    public CgmSettings(Integer sampleIntervalMinutes, Boolean noise, Double minMgDl, Double maxMgDl,
                       Double dropoutProbability) {
        this(sampleIntervalMinutes, noise, minMgDl, maxMgDl, dropoutProbability, null);
    }

    public static CgmSettings defaults() {
        return new CgmSettings(null, null, null, null, null, null);
    }
}
