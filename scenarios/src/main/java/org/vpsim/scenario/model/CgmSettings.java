package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The CGM of an arm. Defaults: a Dexcom-like 5-minute sensor with the Johnson-SU noise of Breton &amp;
 * Kovatchev 2008 (as in simglucose), readings clipped to 39–400 mg/dL.
 *
 * @param noiseModel the sensor error model: {@code breton-2008} (default) or {@code vettoretti-2019} (Dexcom G6
 *                   calibration error with drift and AR(2) noise); checked against the sensor module's models;
 *                   left out of the scenario as run when absent (unchanged checksums)
 */
public record CgmSettings(Integer sampleIntervalMinutes, Boolean noise, Double minMgDl, Double maxMgDl,
                          Double dropoutProbability,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String noiseModel) {
    public CgmSettings {
        sampleIntervalMinutes = sampleIntervalMinutes == null ? 5 : sampleIntervalMinutes;
        Checks.inRange("sampleIntervalMinutes", sampleIntervalMinutes, 1, 60, " min");
        noise = noise == null ? Boolean.TRUE : noise;
        minMgDl = minMgDl == null ? 39.0 : minMgDl;
        maxMgDl = maxMgDl == null ? 400.0 : maxMgDl;
        Checks.inRange("minMgDl", minMgDl, 0, 100, " mg/dL");
        Checks.inRange("maxMgDl", maxMgDl, minMgDl + 1, 1000, " mg/dL");
        dropoutProbability = dropoutProbability == null ? 0.0 : dropoutProbability;
        Checks.inRange("dropoutProbability", dropoutProbability, 0, 0.5, "");
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
