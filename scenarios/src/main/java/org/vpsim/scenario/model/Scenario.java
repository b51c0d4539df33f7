package org.vpsim.scenario.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A trial protocol: everything a run needs, nothing implicit. Read from JSON by
 * {@link ScenarioReader}; each record validates itself, and the reader reports the JSON path of the
 * first problem (e.g. {@code arms[1].pump.basalProfile[2].unitsPerHour: -0.5 U/h is negative}).
 *
 * @param start         ISO-8601 date-time of the scenario start; without an offset it is UTC. Clock
 *                      times (meals, basal segments) are read in the start's offset.
 * @param durationDays  simulated days (whole minutes; a multiple of the output interval)
 * @param seed          study seed: with the scenario it fixes every random draw
 * @param model         patient model id (default {@code uva-padova-2008})
 * @param outputIntervalMinutes time-series row spacing (5 default; 1 allowed)
 * @param therapySettings which therapy settings the patients use: {@code "titrated"} (default: basal, carb ratio
 *                      and correction factor titrated on each patient's own model, org.vpsim.patient.titration) or
 *                      {@code "published"} (the cohort's published values, e.g. the UVA/Padova Quest table)
 * @param person        the simulated person's behaviour (default on; {@code {"enabled": false}} turns it off)
 * @param variability   intra-patient physiological variability (default on; {@code {"enabled": false}} off)
 * @param deviceCalibration {@code "bench"} (default: pump stroke error and occlusion threshold calibrated on bench
 *                      studies) or {@code "legacy"} (the device model before issue 16)
 */
public record Scenario(String name, String description, String start, double durationDays, Long seed,
                       String model, Cohort cohort, Integer outputIntervalMinutes, MealPlan meals,
                       List<Arm> arms, List<Fault> faults, String therapySettings, PersonSettings person,
                       VariabilitySettings variability, String deviceCalibration) {
    public static final String DEFAULT_MODEL = "uva-padova-2008";
    /** Accepted values of {@code therapySettings}. */
    public static final List<String> THERAPY_SETTINGS = List.of("titrated", "published");
    /** Accepted values of {@code deviceCalibration}. */
    public static final List<String> DEVICE_CALIBRATIONS = List.of("bench", "legacy");

    public Scenario {
        Checks.nonBlank("name", name);
        description = description == null ? "" : description;
        start = start == null ? "2026-01-05T00:00:00Z" : start;
        startDateTime(start);
        Checks.inRange("durationDays", durationDays, 1.0 / 24 / 60, 3660, " days");
        seed = seed == null ? 1L : seed;
        model = model == null ? DEFAULT_MODEL : model;
        if (cohort == null) {
            throw new IllegalArgumentException("cohort: is missing");
        }
        outputIntervalMinutes = outputIntervalMinutes == null ? 5 : outputIntervalMinutes;
        if (outputIntervalMinutes != 1 && outputIntervalMinutes != 5 && outputIntervalMinutes != 15) {
            throw new IllegalArgumentException("outputIntervalMinutes: " + outputIntervalMinutes
                    + " is not one of 1, 5, 15");
        }
        double minutes = durationDays * 1440;
        if (Math.abs(minutes - Math.rint(minutes)) > 1e-6 || Math.rint(minutes) % outputIntervalMinutes != 0) {
            throw new IllegalArgumentException("durationDays: " + durationDays
                    + " is not a whole number of " + outputIntervalMinutes + "-minute output intervals");
        }
        meals = meals == null ? MealPlan.none() : meals;
        if (arms == null || arms.isEmpty()) {
            throw new IllegalArgumentException("arms: is empty; a scenario needs at least one therapy arm");
        }
        arms = List.copyOf(arms);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < arms.size(); i++) {
            if (!names.add(arms.get(i).name())) {
                throw new IllegalArgumentException("arms[" + i + "].name: '" + arms.get(i).name()
                        + "' is used by an earlier arm");
            }
        }
        faults = faults == null ? List.of() : List.copyOf(faults);
        therapySettings = therapySettings == null ? "titrated" : therapySettings;
        if (!THERAPY_SETTINGS.contains(therapySettings)) {
            throw new IllegalArgumentException("therapySettings: '" + therapySettings + "' is not one of "
                    + String.join(", ", THERAPY_SETTINGS));
        }
        person = person == null ? PersonSettings.defaults() : person;
        variability = variability == null ? VariabilitySettings.defaults() : variability;
        deviceCalibration = deviceCalibration == null ? "bench" : deviceCalibration;
        if (!DEVICE_CALIBRATIONS.contains(deviceCalibration)) {
            throw new IllegalArgumentException("deviceCalibration: '" + deviceCalibration + "' is not one of "
                    + String.join(", ", DEVICE_CALIBRATIONS));
        }
        for (int f = 0; f < faults.size(); f++) {
            for (int i = 0; i < faults.get(f).arms().size(); i++) {
                if (!names.contains(faults.get(f).arms().get(i))) {
                    throw new IllegalArgumentException("faults[" + f + "].arms[" + i + "]: '"
                            + faults.get(f).arms().get(i) + "' is not an arm of this scenario");
                }
            }
        }
    }

    /** The start as an offset date-time (UTC when the text has no offset). */
    public static OffsetDateTime startDateTime(String start) {
        try {
            return OffsetDateTime.parse(start);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(start).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("start: '" + start
                        + "' is not an ISO-8601 date-time such as 2026-01-05T00:00:00Z");
            }
        }
    }

    public OffsetDateTime startDateTime() {
        return startDateTime(start);
    }

    /** Scenario start as epoch milliseconds (UTC). */
    public long startEpochMillis() {
        return startDateTime().toInstant().toEpochMilli();
    }

    /** Minute of the day (in the start's offset) at which the scenario starts. */
    public int startMinuteOfDay() {
        OffsetDateTime s = startDateTime();
        return s.getHour() * 60 + s.getMinute();
    }

    public long durationMillis() {
        return Math.round(durationDays * 1440) * 60_000L;
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, start, durationDays, newSeed, model, cohort,
                outputIntervalMinutes, meals, arms, faults, therapySettings, person, variability, deviceCalibration);
    }

    public Scenario withDurationDays(double days) {
        return new Scenario(name, description, start, days, seed, model, cohort, outputIntervalMinutes,
                meals, arms, faults, therapySettings, person, variability, deviceCalibration);
    }

    public Scenario withCohort(Cohort newCohort) {
        return new Scenario(name, description, start, durationDays, seed, model, newCohort,
                outputIntervalMinutes, meals, arms, faults, therapySettings, person, variability, deviceCalibration);
    }

    /**
     * This scenario as it ran before issue 16: published therapy settings, no simulated person, no variability,
     * the legacy device calibration.
     */
    public Scenario withoutRealism() {
        return new Scenario(name, description, start, durationDays, seed, model, cohort, outputIntervalMinutes,
                meals, arms, faults, "published", PersonSettings.off(), VariabilitySettings.off(), "legacy");
    }
}
