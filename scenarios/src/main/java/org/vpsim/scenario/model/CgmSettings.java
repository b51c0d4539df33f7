package org.vpsim.scenario.model;

/**
 * The CGM of an arm. Defaults: a Dexcom-like 5-minute sensor with the Johnson-SU noise of Breton &amp;
 * Kovatchev 2008 (as in simglucose), readings clipped to 39–400 mg/dL.
 */
public record CgmSettings(Integer sampleIntervalMinutes, Boolean noise, Double minMgDl, Double maxMgDl,
                          Double dropoutProbability) {
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

    public static CgmSettings defaults() {
        return new CgmSettings(null, null, null, null, null);
    }
}
