package org.vpsim.scenario.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A trial protocol: everything a run needs, nothing implicit. Read from JSON by {@link ScenarioReader},
 * which reports every problem of a file at once; each record also validates itself against its
 * {@link Field} definitions, so a value set from the command line meets the same limits.
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"$schema"}, allowSetters = true)
public record Scenario(
        @Field(doc = "Name of the study; it is written to the manifest.", required = true,
                pattern = "[\\s\\S]*\\S[\\s\\S]*", patternWords = "a non-blank text", example = "\"my-study\"")
        String name,
        @Field(doc = "What the study is for, in words.", dflt = "\"\"", example = "\"Adults for 2 days with an occlusion at hour 26\"")
        String description,
        @Field(doc = "Date and time the simulation starts, ISO-8601. Without an offset it is UTC. Clock times of meals"
                + " and basal segments are read in this offset.", dflt = "\"2026-01-05T00:00:00Z\"",
                patternWords = "an ISO-8601 date-time from year " + Scenario.MIN_YEAR + " to " + Scenario.MAX_YEAR
                        + " such as \"2026-01-05T00:00:00Z\"", format = "date-time",
                example = "\"2026-03-02T06:00:00+01:00\"")
        String start,
        @Field(doc = "Simulated time in days; it must be a whole number of output intervals (e.g. 0.5 = 12 h).",
                unit = "days", required = true, min = 0, minExclusive = true, max = Scenario.MAX_DAYS,
                example = "7", hint = "the run time grows with days × patients × arms")
        double durationDays,
        @Field(doc = "Study seed: with the scenario it fixes every random draw (meals, sensor noise, carb counting,"
                + " pump strokes), so the same file and seed give byte-identical results.", dflt = "1",
                example = "20261123")
        Long seed,
        @Field(doc = "Patient model id.", dflt = "\"" + Scenario.DEFAULT_MODEL + "\"", pattern = "[a-z0-9][a-z0-9.-]*",
                patternWords = "a model id such as \"uva-padova-2008\"", example = "\"uva-padova-2008\"")
        String model,
        @Field(doc = "Who is simulated.", required = true, example = "{\"patients\": [\"adults\"]}")
        Cohort cohort,
        @Field(doc = "Spacing of the rows of the time-series output.", unit = "min", dflt = "5", min = 1, max = 15,
                example = "5", hint = "one of 1, 5, 15")
        Integer outputIntervalMinutes,
        @Field(doc = "The meals eaten every day; without it nobody eats.", dflt = "{}",
                example = "{\"fixed\": [{\"time\": \"07:00\", \"carbsGrams\": 50}]}")
        MealPlan meals,
        @Field(doc = "The therapy arms; every patient is simulated in every arm under common random numbers.",
                required = true, minItems = 1, maxItems = Scenario.MAX_ARMS, example = "[{\"name\": \"pump\"}]",
                hint = "each arm keeps an output writer open; compare more therapies in separate studies")
        List<Arm> arms,
        @Field(doc = "Device faults injected at given times.", dflt = "[]", maxItems = 100,
                example = "[{\"type\": \"occlusion\", \"atHours\": 26}]")
        List<Fault> faults,
        @Field(doc = "Which therapy settings (basal, carb ratio, correction factor) the patients use: titrated on each"
                + " patient's own model by the standard titration protocol, or published (the cohort's published"
                + " values, e.g. the UVA/Padova Quest table).", dflt = "\"titrated\"",
                values = {"titrated", "published"}, example = "\"published\"")
        String therapySettings,
        @Field(doc = "The simulated person's behaviour: rescue carbs, missed and late boluses, corrections, a companion"
                + " treating severe lows; {\"enabled\": false} turns it off.", dflt = "{}",
                example = "{\"enabled\": false}")
        PersonSettings person,
        @Field(doc = "Intra-patient physiological variability (circadian insulin sensitivity, its slow random walk,"
                + " dawn phenomenon, meal absorption); {\"enabled\": false} turns it off.", dflt = "{}",
                example = "{\"enabled\": false}")
        VariabilitySettings variability,
        @Field(doc = "Device calibration: bench (pump stroke error and occlusion threshold calibrated on bench studies)"
                + " or legacy (the device model before issue 16).", dflt = "\"bench\"", values = {"bench", "legacy"},
                example = "\"legacy\"")
        String deviceCalibration,
        @Field(doc = "Faults drawn at rates: missed or doubled meal boluses, CGM bias episodes and dropout bursts,"
                + " forgotten set changes, reservoirs not refilled. Absent: none.",
                example = "{\"missedMealBolusProbability\": 0.05, \"cgmDropoutsPerDay\": 0.2}")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        FaultRates faultRates,
        @Field(doc = "Sessions of physical exercise (time, duration, intensity, days). Only a model that represents"
                + " exercise accepts them: bergman-minimal (Roy & Parker 2007: glucose uptake and hepatic release rising"
                + " with the intensity, insulin cleared faster, glycogenolysis falling in long sessions);"
                + " uva-padova-2008 and hovorka-2004 refuse them.", dflt = "[]", maxItems = 20,
                example = "[{\"time\": \"17:30\", \"durationMinutes\": 45, \"intensityPercentVo2max\": 50}]")
        List<ExerciseSession> exercise) {
    public static final String DEFAULT_MODEL = "uva-padova-2008";
    /** Accepted values of {@code therapySettings}. */
    public static final List<String> THERAPY_SETTINGS = List.of("titrated", "published");
    /** Accepted values of {@code deviceCalibration}. */
    public static final List<String> DEVICE_CALIBRATIONS = List.of("bench", "legacy");
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final double MAX_DAYS = 3660;
    public static final int MAX_ARMS = 16;

    public Scenario {
        description = description == null ? "" : description;
        start = start == null ? "2026-01-05T00:00:00Z" : start;
        seed = seed == null ? 1L : seed;
        model = model == null ? DEFAULT_MODEL : model;
        outputIntervalMinutes = outputIntervalMinutes == null ? 5 : outputIntervalMinutes;
        meals = meals == null ? MealPlan.none() : meals;
        arms = arms == null ? null : List.copyOf(arms);
        faults = faults == null ? List.of() : List.copyOf(faults);
        therapySettings = therapySettings == null ? "titrated" : therapySettings;
        person = person == null ? PersonSettings.defaults() : person;
        variability = variability == null ? VariabilitySettings.defaults() : variability;
        deviceCalibration = deviceCalibration == null ? "bench" : deviceCalibration;
        exercise = exercise == null ? List.of() : List.copyOf(exercise);
        Problems p = new Problems();
        FieldRules.checkRecord(Scenario.class, p, name, description, start, durationDays, seed, model, cohort,
                outputIntervalMinutes, meals, arms, faults, therapySettings, person, variability, deviceCalibration,
                faultRates, exercise);
        if (outputIntervalMinutes != 1 && outputIntervalMinutes != 5 && outputIntervalMinutes != 15) {
            p.add("outputIntervalMinutes", outputIntervalMinutes, "one of 1, 5, 15", "");
        }
        double minutes = durationDays * 1440;
        if (Double.isFinite(minutes) && durationDays > 0 && durationDays <= MAX_DAYS
                && Math.rint(minutes) < outputIntervalMinutes) {
            // A duration that rounds to no output interval at all would run nothing and summarise nothing.
            p.add("durationDays", durationDays, "at least one " + outputIntervalMinutes + "-minute output interval",
                    "the study must produce at least one row");
        } else if (Double.isFinite(minutes) && durationDays > 0 && durationDays <= MAX_DAYS
                && (Math.abs(minutes - Math.rint(minutes)) > 1e-6 || Math.rint(minutes) % outputIntervalMinutes != 0)) {
            p.add("durationDays", durationDays, "a whole number of " + outputIntervalMinutes
                    + "-minute output intervals (days × 1440 / " + outputIntervalMinutes + " a whole number)", "");
        }
        Set<String> names = new HashSet<>();
        if (arms != null) {
            for (int i = 0; i < arms.size(); i++) {
                if (!names.add(arms.get(i).name())) {
                    p.add("arms[" + i + "].name", arms.get(i).name(), "a name not used by an earlier arm", "");
                }
            }
        }
        for (int f = 0; f < faults.size(); f++) {
            Fault fault = faults.get(f);
            for (int i = 0; i < fault.arms().size(); i++) {
                if (!names.contains(fault.arms().get(i))) {
                    p.add("faults[" + f + "].arms[" + i + "]", fault.arms().get(i), "the name of an arm of this scenario: "
                            + String.join(", ", names), "");
                }
            }
            if (Double.isFinite(durationDays) && fault.atHours() >= durationDays * 24) {
                p.add("faults[" + f + "].atHours", fault.atHours(), "a time inside the study, before hour "
                        + FieldRules.fmt(durationDays * 24), "a fault after the end would never happen");
            }
        }
        if (arms != null) {
            for (int a = 0; a < arms.size(); a++) {
                List<ManualTherapy> manual = arms.get(a).manualTherapy();
                for (int m = 0; m < manual.size(); m++) {
                    if (Double.isFinite(durationDays) && manual.get(m).atHours() >= durationDays * 24) {
                        p.add("arms[" + a + "].manualTherapy[" + m + "].atHours", manual.get(m).atHours(),
                                "a time inside the study, before hour " + FieldRules.fmt(durationDays * 24), "");
                    }
                }
            }
        }
        if (faultRates != null) {
            for (int i = 0; i < faultRates.arms().size(); i++) {
                if (!names.contains(faultRates.arms().get(i))) {
                    p.add("faultRates.arms[" + i + "]", faultRates.arms().get(i), "the name of an arm of this scenario: "
                            + String.join(", ", names), "");
                }
            }
        }
        checkExercise(exercise, start, durationDays, p);
        p.throwIfAny();
    }

    /** Sessions fall inside the study and no two overlap on a day they share. */
    private static void checkExercise(List<ExerciseSession> exercise, String start, double durationDays, Problems p) {
        // Calendar days the study touches, in the offset of its start.
        int startMinute = start != null && supportedStart(start)
                ? parseStart(start).getHour() * 60 + parseStart(start).getMinute() : 0;
        int studyDays = Double.isFinite(durationDays) && durationDays > 0 && durationDays <= MAX_DAYS
                ? (int) Math.ceil((startMinute + durationDays * 1440) / 1440.0) : Integer.MAX_VALUE;
        for (int i = 0; i < exercise.size(); i++) {
            ExerciseSession a = exercise.get(i);
            for (int d = 0; d < a.days().size(); d++) {
                if (a.days().get(d) > studyDays) {
                    p.add("exercise[" + i + "].days[" + d + "]", a.days().get(d), "a day of the study, at most "
                            + studyDays, "");
                }
            }
            for (int j = 0; j < i; j++) {
                ExerciseSession b = exercise.get(j);
                boolean shareDay = a.days().isEmpty() || b.days().isEmpty()
                        || a.days().stream().anyMatch(b.days()::contains);
                int sa = TimeOfDay.orMinusOne(a.time());
                int sb = TimeOfDay.orMinusOne(b.time());
                if (shareDay && sa >= 0 && sb >= 0 && sa < sb + b.durationMinutes() && sb < sa + a.durationMinutes()) {
                    p.add("exercise[" + i + "].time", a.time(), "a time outside exercise[" + j + "] (" + b.time()
                            + " for " + FieldRules.fmt(b.durationMinutes()) + " min) on the days they share",
                            "a person does one session at a time");
                }
            }
        }
    }

    /** Whether {@code start} is an ISO-8601 date-time within the supported years. */
    static boolean supportedStart(String start) {
        OffsetDateTime at = parseStart(start);
        return at != null && at.getYear() >= MIN_YEAR && at.getYear() <= MAX_YEAR;
    }

    private static OffsetDateTime parseStart(String start) {
        try {
            return OffsetDateTime.parse(start);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(start).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The start as an offset date-time (UTC when the text has no offset). */
    public static OffsetDateTime startDateTime(String start) {
        OffsetDateTime t = parseStart(start);
        if (t == null) {
            throw new ScenarioException("start", "'" + start + "' is not an ISO-8601 date-time such as 2026-01-05T00:00:00Z");
        }
        return t;
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
                outputIntervalMinutes, meals, arms, faults, therapySettings, person, variability, deviceCalibration,
                faultRates, exercise);
    }

    public Scenario withDurationDays(double days) {
        return new Scenario(name, description, start, days, seed, model, cohort, outputIntervalMinutes,
                meals, arms, faults, therapySettings, person, variability, deviceCalibration, faultRates, exercise);
    }

    public Scenario withCohort(Cohort newCohort) {
        return new Scenario(name, description, start, durationDays, seed, model, newCohort,
                outputIntervalMinutes, meals, arms, faults, therapySettings, person, variability, deviceCalibration,
                faultRates, exercise);
    }

    /**
     * The scenario with a command line's overrides applied (each null: keep the scenario's): seed, duration,
     * the cohort's patients (trimmed names or groups; the cohort file and replicates kept) and replicates. The
     * records check the new values.
     */
    public Scenario withOverrides(Long newSeed, Double days, List<String> patients, Integer replicates) {
        Scenario s = this;
        if (newSeed != null) {
            s = s.withSeed(newSeed);
        }
        if (days != null) {
            s = s.withDurationDays(days);
        }
        if (patients != null) {
            s = s.withCohort(new Cohort(patients.stream().map(String::trim).toList(), s.cohort().file(),
                    s.cohort().replicates()));
        }
        if (replicates != null) {
            s = s.withCohort(s.cohort().withReplicates(replicates));
        }
        return s;
    }

    public Scenario withExercise(List<ExerciseSession> sessions) {
        return new Scenario(name, description, start, durationDays, seed, model, cohort, outputIntervalMinutes,
                meals, arms, faults, therapySettings, person, variability, deviceCalibration, faultRates, sessions);
    }

    public Scenario withModel(String newModel, Cohort newCohort) {
        return new Scenario(name, description, start, durationDays, seed, newModel, newCohort, outputIntervalMinutes,
                meals, arms, faults, therapySettings, person, variability, deviceCalibration, faultRates, exercise);
    }

    /**
     * This scenario as it ran before issue 16: published therapy settings, no simulated person, no variability,
     * the legacy device calibration.
     */
    public Scenario withoutRealism() {
        return new Scenario(name, description, start, durationDays, seed, model, cohort, outputIntervalMinutes,
                meals, arms, faults, "published", PersonSettings.off(), VariabilitySettings.off(), "legacy",
                faultRates, exercise);
    }
}
