package org.vpsim.scenario.person;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.scenario.model.PersonSettings;

/**
 * The simulated person of one patient (see {@link PersonSettings}): pure decisions, no clock of its own. Stateful
 * (when it last treated a low), one per simulated patient × arm. Randomness comes only from the two generators it
 * is given (the patient's PERSON sub-streams 0 and 1: meal decisions and rescue amounts apart, so that a low never
 * shifts the next meal's decisions); every meal draws exactly three numbers whatever it decides.
 */
public final class Person {
    /** What the person will do about one announced meal's bolus. */
    public record BolusPlan(boolean missed, long delayMillis) {
    }

    private final PersonSettings s;
    private final double missedBolusProbability;
    private final UniformRandomProvider mealRandom;
    private final UniformRandomProvider rescueRandom;
    private final double rescueCapGrams;
    private int lowReadingsInARow;
    private long lastBolusMillis = Long.MIN_VALUE;
    private long lastRescueMillis = Long.MIN_VALUE;
    private double lastRescueReadingMgDl;
    private long lastEmergencyMillis = Long.MIN_VALUE;
    // Issue 14: alerts, impaired awareness, suspected sets, severe events.
    private final UniformRandomProvider behaviourRandom;
    private long lastCorrectionMillis = Long.MIN_VALUE;
    private double lastCorrectionReadingMgDl;
    private boolean inSevereEpisode;
    private long severeEpisodes;
    private Episode symptoms = Episode.NONE;
    private long symptomTreatmentDueMillis;
    private boolean treatedThisEpisode;
    private long belowSevereSinceMillis = Long.MIN_VALUE;
    // Sleep (person.sleep): the night as minutes of day, the sleep stream (PERSON sub-stream 3), awake-after-waking.
    private final UniformRandomProvider sleepRandom;
    private final int startMinuteOfDay;
    private final int bedtimeMinute;
    private final int wakeMinute;
    private long awakeUntilMillis = Long.MIN_VALUE;
    private boolean wakeDrawnThisLow;

    /** Where the person is in a low episode noticed (or not) by symptoms, with impaired awareness. */
    private enum Episode { NONE, MISSED, NOTICED }

    public Person(PersonSettings settings, double ageYears, double bodyWeightKg, UniformRandomProvider mealRandom,
                  UniformRandomProvider rescueRandom) {
        this(settings, ageYears, bodyWeightKg, mealRandom, rescueRandom, null);
    }

    /**
     * A person whose answers to alerts and symptoms draw from {@code behaviourRandom} (the PERSON sub-stream 2, apart
     * from meals and rescues); null when the scenario has neither alerts nor impaired awareness.
     */
    public Person(PersonSettings settings, double ageYears, double bodyWeightKg, UniformRandomProvider mealRandom,
                  UniformRandomProvider rescueRandom, UniformRandomProvider behaviourRandom) {
        this(settings, ageYears, bodyWeightKg, mealRandom, rescueRandom, behaviourRandom, null, 0);
    }

    /**
     * A person who sleeps (person.sleep) in a study starting at clock minute {@code startMinuteOfDay}, waking at
     * random from {@code sleepRandom} (the PERSON sub-stream 3, apart from every other decision; null without sleep).
     */
    public Person(PersonSettings settings, double ageYears, double bodyWeightKg, UniformRandomProvider mealRandom,
                  UniformRandomProvider rescueRandom, UniformRandomProvider behaviourRandom,
                  UniformRandomProvider sleepRandom, int startMinuteOfDay) {
        this.behaviourRandom = behaviourRandom;
        this.sleepRandom = sleepRandom;
        this.startMinuteOfDay = startMinuteOfDay;
        if (settings.sleep() != null) {
            Objects.requireNonNull(sleepRandom, "sleepRandom");
            this.bedtimeMinute = settings.sleep().bedtimeMinuteOfDay(ageYears);
            this.wakeMinute = settings.sleep().wakeMinuteOfDay();
        } else {
            this.bedtimeMinute = -1;
            this.wakeMinute = -1;
        }
        this.s = Objects.requireNonNull(settings, "settings");
        this.rescueCapGrams = Math.max(5.0, settings.rescueCarbsGramsPerKg() * bodyWeightKg);
        this.missedBolusProbability = settings.missedBolusProbabilityAt(ageYears);
        this.mealRandom = Objects.requireNonNull(mealRandom, "mealRandom");
        this.rescueRandom = Objects.requireNonNull(rescueRandom, "rescueRandom");
    }

    public boolean enabled() {
        return s.enabled();
    }

    public PersonSettings settings() {
        return s;
    }

    /** Whether the bolus of an announced meal is missed, and how late it comes (0 = as announced). */
    public BolusPlan planMealBolus() {
        if (!s.enabled()) {
            return new BolusPlan(false, 0);
        }
        double miss = mealRandom.nextDouble();
        double late = mealRandom.nextDouble();
        double delay = mealRandom.nextDouble();
        if (miss < missedBolusProbability) {
            return new BolusPlan(true, 0);
        }
        if (late < s.delayedBolusProbability()) {
            double minutes = 10 + delay * (s.maxBolusDelayMinutes() - 10);
            return new BolusPlan(false, Math.round(minutes) * 60_000L);
        }
        return new BolusPlan(false, 0);
    }

    /**
     * The carbohydrate the person enters into the bolus calculator for a meal of {@code announcedCarbsGrams} at CGM
     * {@code cgmMgDl} (null: no reading): only a fraction of it at a low reading (the calculator's own negative
     * correction below target comes on top).
     */
    public double carbsToEnter(double announcedCarbsGrams, Double cgmMgDl) {
        if (!s.enabled() || cgmMgDl == null || cgmMgDl >= s.lowReadingMgDl()) {
            return announcedCarbsGrams;
        }
        return announcedCarbsGrams * s.lowReadingBolusFraction();
    }

    /**
     * Rescue carbohydrate (g) the person eats now on CGM reading {@code cgmMgDl} (null: no reading), or 0: below the
     * threshold on the configured number of readings in a row (or below 54 mg/dL at once), and not within the repeat
     * interval of the last rescue (treat, re-check after 15 min; treat again if still low and the reading is no
     * higher than at the last rescue — not yet recovering). Called once per CGM sample.
     */
    public double rescueCarbs(long nowMillis, Double cgmMgDl) {
        if (!s.enabled() || cgmMgDl == null) {
            return 0.0;
        }
        if (cgmMgDl >= s.rescueThresholdMgDl()) {
            lowReadingsInARow = 0;
            return 0.0;
        }
        lowReadingsInARow++;
        if (lowReadingsInARow < s.rescueConfirmReadings() && cgmMgDl >= LEVEL_2_MG_DL) {
            return 0.0;
        }
        boolean afterRescue = lastRescueMillis != Long.MIN_VALUE
                && nowMillis - lastRescueMillis < recoveryWindowMillis();
        if (afterRescue && (nowMillis - lastRescueMillis < repeatMillis() || cgmMgDl > lastRescueReadingMgDl)) {
            // Within 15 min of a rescue, or later but the sensor already shows recovery: wait (the sensor lags
            // plasma glucose by 5-10 min, so a reading still under 70 after a rescue is often already rising).
            return 0.0;
        }
        lastRescueMillis = nowMillis;
        lastRescueReadingMgDl = cgmMgDl;
        double grams = s.rescueMinCarbsGrams() + rescueRandom.nextDouble()
                * (s.rescueMaxCarbsGrams() - s.rescueMinCarbsGrams());
        return Math.min(grams, rescueCapGrams);
    }

    /** A bolus was given now (meal or correction): the person's clock for correcting highs restarts. */
    public void bolusGiven(long nowMillis) {
        lastBolusMillis = nowMillis;
    }

    /**
     * Correction bolus (U, before rounding) the person gives now at CGM {@code cgmMgDl} with {@code iobUnits} on board:
     * (CGM − target)/CF − IOB when the reading is at or above the high threshold and the last bolus is at least the
     * wait ago; otherwise 0.
     */
    public double highCorrectionUnits(long nowMillis, Double cgmMgDl, double targetMgDl,
                                      double correctionFactorMgDlPerUnit, double iobUnits) {
        if (!s.enabled() || cgmMgDl == null || cgmMgDl < s.highCorrectionMgDl()) {
            return 0.0;
        }
        if (lastBolusMillis != Long.MIN_VALUE
                && nowMillis - lastBolusMillis < Math.round(s.highCorrectionWaitHours() * 3_600_000.0)) {
            return 0.0;
        }
        double units = (cgmMgDl - targetMgDl) / correctionFactorMgDlPerUnit - iobUnits;
        return Math.max(0.0, units);
    }

    /**
     * Plasma glucose below which the person cannot treat themselves whatever they did before: the companion
     * treats at once, without waiting severeAfterMinutes. Cognition already fails near 50 mg/dL (Mitrakou 1991,
     * Am J Physiol 260:E67) and profound hypoglycaemia ends in functional brain failure — seizure, coma (Cryer
     * 2007, J Clin Invest 117:868); 20 mg/dL is an assumption well inside that range. Without it, a person who
     * keeps taking rescues on a lagging sensor would restart the 30-min clock at every rescue and plasma glucose
     * could fall to single digits with no level-3 event counted.
     */
    static final double INCAPACITATED_MG_DL = 20.0;

    /**
     * The companion's emergency glucose (g) now, at plasma glucose {@code plasmaGlucoseMgDl}, or 0: once plasma glucose
     * has been below the severe threshold for severeAfterMinutes with no rescue by the person in that time (the person
     * incapacitated), then repeated every rescue interval while it stays below. Called once per CGM sample.
     */
    public double emergencyCarbs(long nowMillis, double plasmaGlucoseMgDl) {
        if (!s.enabled() || plasmaGlucoseMgDl >= s.severeThresholdMgDl()) {
            belowSevereSinceMillis = Long.MIN_VALUE;
            return 0.0;
        }
        if (belowSevereSinceMillis == Long.MIN_VALUE) {
            belowSevereSinceMillis = nowMillis;
        }
        if (!inSevereEpisode && plasmaGlucoseMgDl >= INCAPACITATED_MG_DL
                && nowMillis - Math.max(belowSevereSinceMillis, lastRescueMillis)
                < Math.round(s.severeAfterMinutes() * 60_000.0)) {
            // Level 3 needs an incapacitated person: plasma glucose below the threshold for severeAfterMinutes since it
            // fell below or since the person's own last rescue, whichever is later. A person who is still treating
            // their low is, by the definition, not in need of assistance.
            return 0.0;
        }
        if (lastEmergencyMillis != Long.MIN_VALUE && nowMillis - lastEmergencyMillis < repeatMillis()) {
            return 0.0;
        }
        lastEmergencyMillis = nowMillis;
        if (!inSevereEpisode) {
            inSevereEpisode = true;
            severeEpisodes++;
        }
        return s.emergencyCarbsGrams();
    }

    // ------------------------------------------------------------------ issue 14: alerts, awareness, set suspicion

    /** How long after an alert the person looks (ms): exponential with mean alertResponseMinutes; one draw per alert. */
    public long alertResponseMillis() {
        return exponentialMillis(s.effectiveAlertResponseMinutes());
    }

    /**
     * Rescue carbohydrate (g) on answering a low alert with CGM {@code cgmMgDl} now: the person treats when the reading
     * is below the rescue threshold, or on a predicted low while it is still under threshold + 15 mg/dL and no rescue
     * was taken within the repeat interval; otherwise 0. No confirmation reading: the alert is the confirmation.
     */
    public double rescueOnAlert(long nowMillis, Double cgmMgDl, boolean predicted) {
        if (!s.enabled() || cgmMgDl == null) {
            return 0.0;
        }
        boolean low = cgmMgDl < s.rescueThresholdMgDl()
                || (predicted && cgmMgDl < s.rescueThresholdMgDl() + PREDICTED_LOW_MARGIN_MG_DL);
        if (!low || (lastRescueMillis != Long.MIN_VALUE && nowMillis - lastRescueMillis < repeatMillis())) {
            return 0.0;
        }
        return takeRescue(nowMillis, cgmMgDl);
    }

    /**
     * Impaired awareness: rescue carbohydrate (g) the person eats now on symptoms, judged on plasma glucose (called
     * once per CGM sample). An episode starts when plasma glucose falls below symptomThresholdMgDl: its symptoms are
     * missed with missedSymptomsProbability, else treated treatmentDelayMinutes (exponential) later, and again every
     * rescue interval while still below the symptom threshold; it ends when plasma glucose is back at the rescue
     * threshold. Two draws per episode whatever happens.
     */
    public double rescueOnSymptoms(long nowMillis, double plasmaGlucoseMgDl) {
        if (!s.enabled() || !s.impairedAwareness()) {
            return 0.0;
        }
        if (plasmaGlucoseMgDl >= s.rescueThresholdMgDl()) {
            symptoms = Episode.NONE;
            return 0.0;
        }
        if (symptoms == Episode.NONE) {
            if (plasmaGlucoseMgDl >= s.effectiveSymptomThresholdMgDl()) {
                return 0.0;
            }
            boolean missed = behaviourRandom.nextDouble() < s.effectiveMissedSymptomsProbability();
            long delay = exponentialMillis(s.effectiveTreatmentDelayMinutes());
            symptoms = missed ? Episode.MISSED : Episode.NOTICED;
            symptomTreatmentDueMillis = nowMillis + delay;
            treatedThisEpisode = false;
        }
        if (symptoms != Episode.NOTICED || nowMillis < symptomTreatmentDueMillis) {
            return 0.0;
        }
        if (lastRescueMillis != Long.MIN_VALUE && nowMillis - lastRescueMillis < repeatMillis()) {
            symptomTreatmentDueMillis = lastRescueMillis + repeatMillis();
            return 0.0;
        }
        if (treatedThisEpisode && plasmaGlucoseMgDl >= s.effectiveSymptomThresholdMgDl()) {
            return 0.0; // a re-check after a rescue: symptoms gone, recovering
        }
        treatedThisEpisode = true;
        symptomTreatmentDueMillis = nowMillis + repeatMillis();
        return takeRescue(nowMillis, plasmaGlucoseMgDl);
    }

    /** True when lows are acted on only after an alert or on symptoms (impaired awareness). */
    public boolean actsOnLowReadings() {
        return !s.impairedAwareness();
    }

    /** A correction bolus was given now at CGM {@code cgmMgDl}: the person watches whether it works. */
    public void correctionGiven(long nowMillis, double cgmMgDl) {
        lastCorrectionMillis = nowMillis;
        lastCorrectionReadingMgDl = cgmMgDl;
        bolusGiven(nowMillis);
    }

    /**
     * Whether the person now suspects the infusion set (person.suspectSetAfterMinutes): the last correction was given
     * at least that long ago and within highCorrectionWaitHours, and the CGM is still at or above the correction
     * threshold and no lower than it was then.
     */
    public boolean suspectsSet(long nowMillis, Double cgmMgDl) {
        if (!s.enabled() || s.suspectSetAfterMinutes() == null || cgmMgDl == null
                || lastCorrectionMillis == Long.MIN_VALUE || cgmMgDl < s.highCorrectionMgDl()) {
            return false;
        }
        long since = nowMillis - lastCorrectionMillis;
        return since >= Math.round(s.suspectSetAfterMinutes() * 60_000.0)
                && since <= Math.round(s.highCorrectionWaitHours() * 3_600_000.0)
                && cgmMgDl >= lastCorrectionReadingMgDl;
    }

    /**
     * The correction after a set change for a suspected set (U, before rounding): (CGM − target)/CF with no insulin on
     * board subtracted, since the insulin "on board" went into the failed set (the pump-education rule of correcting
     * by injection after a set failure; an assumption that the person does not discount it).
     */
    public static double correctionAfterSetChange(double cgmMgDl, double targetMgDl, double correctionFactorMgDlPerUnit) {
        return Math.max(0.0, (cgmMgDl - targetMgDl) / correctionFactorMgDlPerUnit);
    }

    /** Plasma glucose at a sample: a severe episode ends when it is back at the rescue threshold. */
    public void observePlasma(double plasmaGlucoseMgDl) {
        if (plasmaGlucoseMgDl >= s.rescueThresholdMgDl()) {
            inSevereEpisode = false;
        }
    }

    /**
     * Severe hypoglycaemic events so far: episodes in which the companion had to treat (level 3, "requiring
     * assistance of another person", ADA Standards of Care 2024 §6 / IHSG 2017), each counted once however many
     * treatments it took, an episode ending when plasma glucose is back at the rescue threshold.
     */
    public long severeEpisodes() {
        return severeEpisodes;
    }

    // ------------------------------------------------------------------ sleep

    /**
     * True when the person is asleep at {@code nowMillis}: inside the sleep window (bedtime inclusive, wake time
     * exclusive; a window may wrap midnight) and not woken within the last awakeMinutes. Always false without sleep.
     */
    public boolean asleep(long nowMillis) {
        if (!s.enabled() || s.sleep() == null || nowMillis < awakeUntilMillis) {
            return false;
        }
        return inSleepWindow(nowMillis);
    }

    private boolean inSleepWindow(long nowMillis) {
        int minute = (int) Math.floorMod(startMinuteOfDay + Math.floorDiv(nowMillis, 60_000L), 1440L);
        return bedtimeMinute < wakeMinute ? minute >= bedtimeMinute && minute < wakeMinute
                : minute >= bedtimeMinute || minute < wakeMinute;
    }

    /** Whether one sounding of a CGM alert wakes the sleeping person (one draw per sounding). */
    public boolean alertWakes() {
        return sleepRandom.nextDouble() < s.sleep().alertWakeProbability();
    }

    /**
     * Whether a nocturnal low wakes the sleeping person now, at plasma glucose {@code plasmaGlucoseMgDl} (called once
     * per CGM sample while asleep): one draw per low episode, when plasma glucose first falls below symptomWakeMgDl;
     * the episode ends when plasma glucose is back at the rescue threshold.
     */
    public boolean lowWakes(double plasmaGlucoseMgDl) {
        if (plasmaGlucoseMgDl >= s.rescueThresholdMgDl()) {
            wakeDrawnThisLow = false;
            return false;
        }
        if (wakeDrawnThisLow || plasmaGlucoseMgDl >= s.sleep().symptomWakeMgDl()) {
            return false;
        }
        wakeDrawnThisLow = true;
        return sleepRandom.nextDouble() < s.sleep().symptomWakeProbability();
    }

    /** The person wakes now and stays awake for awakeMinutes (the rest of the night they sleep again). */
    public void wake(long nowMillis) {
        awakeUntilMillis = nowMillis + Math.round(s.sleep().awakeMinutes() * 60_000.0);
        lowReadingsInARow = 0;
    }

    /**
     * Rescue carbohydrate (g) of a person woken by the symptoms of a low: taken at once, whatever the CGM shows
     * (the sensor lags plasma glucose), unless a rescue was taken within the repeat interval.
     */
    public double rescueOnWaking(long nowMillis, double plasmaGlucoseMgDl) {
        if (lastRescueMillis != Long.MIN_VALUE && nowMillis - lastRescueMillis < repeatMillis()) {
            return 0.0;
        }
        return takeRescue(nowMillis, plasmaGlucoseMgDl);
    }

    private double takeRescue(long nowMillis, double readingMgDl) {
        lastRescueMillis = nowMillis;
        lastRescueReadingMgDl = readingMgDl;
        double grams = s.rescueMinCarbsGrams() + rescueRandom.nextDouble()
                * (s.rescueMaxCarbsGrams() - s.rescueMinCarbsGrams());
        return Math.min(grams, rescueCapGrams);
    }

    private long exponentialMillis(double meanMinutes) {
        double u = behaviourRandom.nextDouble();
        return Math.round(-Math.log1p(-u) * meanMinutes * 60_000.0);
    }

    /** A predicted-low alert is treated while the reading is under the rescue threshold plus this (an assumption). */
    private static final double PREDICTED_LOW_MARGIN_MG_DL = 15.0;

    /** Level-2 hypoglycaemia (Battelino et al. 2019): treated at the first reading. */
    private static final double LEVEL_2_MG_DL = 54.0;

    /** How long after a rescue a low reading counts as the same episode (twice the re-check interval). */
    private long recoveryWindowMillis() {
        return 2 * repeatMillis();
    }

    private long repeatMillis() {
        return Math.round(s.rescueRepeatMinutes() * 60_000.0);
    }
}
