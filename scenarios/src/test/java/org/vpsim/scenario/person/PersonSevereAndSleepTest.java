package org.vpsim.scenario.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.scenario.model.PersonSettings;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.SleepSettings;

/** The level-3 rule (a sustained low with no self-treatment) and the sleep window, decision by decision. */
class PersonSevereAndSleepTest {
    private static final long MIN = 60_000L;

    private static PersonSettings severeAfter(Double minutes) {
        return new PersonSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, minutes, null);
    }

    private static Person person(PersonSettings s, int startMinuteOfDay) {
        RandomStreams r = new RandomStreams(3);
        return new Person(s, 30, 70, r.stream("p", StreamPurpose.PERSON, 0), r.stream("p", StreamPurpose.PERSON, 1),
                r.stream("p", StreamPurpose.PERSON, 2), r.stream("p", StreamPurpose.PERSON, 3), startMinuteOfDay);
    }

    @Test
    void anUnattendedLowBecomesSevereOnlyAfterThirtyMinutesBelowForty() {
        Person p = person(PersonSettings.defaults(), 0);
        for (long m = 0; m < 30; m += 5) {
            assertEquals(0.0, p.emergencyCarbs(m * MIN, 35.0), "not yet incapacitated at minute " + m);
        }
        assertEquals(20.0, p.emergencyCarbs(30 * MIN, 35.0), "30 min below 40 with no treatment: the companion");
        assertEquals(0.0, p.emergencyCarbs(35 * MIN, 36.0), "repeated only after 15 min");
        assertEquals(20.0, p.emergencyCarbs(45 * MIN, 38.0));
        assertEquals(1, p.severeEpisodes(), "one episode however many treatments");
    }

    @Test
    void aDipThePersonTreatsIsNotSevere() {
        Person p = person(PersonSettings.defaults(), 0);
        assertEquals(0.0, p.emergencyCarbs(0, 38.0));
        assertTrue(p.rescueCarbs(10 * MIN, 48.0) > 0, "the person treats a reading below 54 at once");
        for (long m = 10; m < 40; m += 5) {
            p.emergencyCarbs(m * MIN, 36.0);
            p.observePlasma(36.0);
        }
        p.emergencyCarbs(40 * MIN, 55.0);
        p.observePlasma(75.0);
        assertEquals(0, p.severeEpisodes(), "40 min below 40 but treated at minute 10 and up within 30 min of it");
        // The same dip, untreated, is severe: the test can fail.
        Person q = person(PersonSettings.defaults(), 0);
        for (long m = 0; m < 40; m += 5) {
            q.emergencyCarbs(m * MIN, 36.0);
        }
        assertEquals(1, q.severeEpisodes());
    }

    @Test
    void belowTwentyTheCompanionTreatsAtOnceEvenAfterTheOwnRescue() {
        Person p = person(PersonSettings.defaults(), 0);
        assertTrue(p.rescueCarbs(0, 45.0) > 0, "the person treats");
        assertEquals(0.0, p.emergencyCarbs(5 * MIN, 25.0), "still the person's own treatment");
        assertEquals(20.0, p.emergencyCarbs(10 * MIN, 19.0), "profound low: incapacitated, whatever was eaten");
        assertEquals(1, p.severeEpisodes());
    }

    @Test
    void severeAfterZeroIsTheCompanionAtTheFirstSampleBelowTheThreshold() {
        Person p = person(severeAfter(0.0), 0);
        assertEquals(20.0, p.emergencyCarbs(0, 39.0));
        assertEquals(1, p.severeEpisodes());
    }

    @Test
    void theSleepWindowWrapsMidnightAndWakingLastsAwakeMinutes() {
        PersonSettings s = PersonSettings.defaults().withSleep(new SleepSettings("23:00", "07:00", null, null, null,
                null));
        Person p = person(s, 0); // the study starts at midnight
        assertTrue(p.asleep(2 * 60 * MIN), "02:00");
        assertTrue(p.asleep(23 * 60 * MIN), "23:00");
        assertFalse(p.asleep(7 * 60 * MIN), "07:00");
        assertFalse(p.asleep(14 * 60 * MIN), "14:00");
        assertTrue(p.asleep((24 + 3) * 60 * MIN), "03:00 next night");
        p.wake(3 * 60 * MIN);
        assertFalse(p.asleep(3 * 60 * MIN + 30 * MIN), "woken at 03:00: awake 45 min");
        assertTrue(p.asleep(3 * 60 * MIN + 45 * MIN), "asleep again at 03:45");
        Person late = person(s, 22 * 60); // a study starting at 22:00
        assertFalse(late.asleep(0));
        assertTrue(late.asleep(60 * MIN), "23:00");
        Person child = new Person(PersonSettings.defaults().withSleep(SleepSettings.defaults()), 8, 25,
                new RandomStreams(1).stream("c", StreamPurpose.PERSON, 0),
                new RandomStreams(1).stream("c", StreamPurpose.PERSON, 1),
                new RandomStreams(1).stream("c", StreamPurpose.PERSON, 2),
                new RandomStreams(1).stream("c", StreamPurpose.PERSON, 3), 0);
        assertTrue(child.asleep(21 * 60 * MIN + 30 * MIN), "children under 13 asleep by 21:00");
        assertFalse(person(PersonSettings.defaults(), 0).asleep(2 * 60 * MIN), "without sleep: awake at every hour");
    }

    @Test
    void aLowWakesTheSleeperOncePerEpisodeWithItsProbability() {
        PersonSettings always = PersonSettings.defaults().withSleep(new SleepSettings(null, null, null, null, 1.0,
                null));
        Person p = person(always, 0);
        assertFalse(p.lowWakes(50.0), "above symptomWakeMgDl");
        assertTrue(p.lowWakes(38.0));
        assertFalse(p.lowWakes(35.0), "one draw per episode");
        assertFalse(p.lowWakes(80.0), "episode over");
        assertTrue(p.lowWakes(39.0), "a new episode");
        Person never = person(PersonSettings.defaults().withSleep(new SleepSettings(null, null, null, null, 0.0,
                null)), 0);
        assertFalse(never.lowWakes(30.0));
        // Over many episodes the default wakes about 1 in 16 (Schultes et al. 2007): binomial, n = 4000, p = 0.06,
        // SD 15; the bounds are ±5 SD (false failure < 1e-6).
        Person d = person(PersonSettings.defaults().withSleep(SleepSettings.defaults()), 0);
        int woke = 0;
        for (int i = 0; i < 4000; i++) {
            woke += d.lowWakes(35.0) ? 1 : 0;
            d.lowWakes(90.0);
        }
        assertTrue(Math.abs(woke - 240) < 75, "woke " + woke + " of 4000");
    }

    @Test
    void aBadSleepIsRefusedNamingTheField() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new SleepSettings("24:00", null, null, null, null, null));
        assertTrue(e.getMessage().contains("bedtime"), e.getMessage());
        ScenarioException same = assertThrows(ScenarioException.class,
                () -> new SleepSettings("07:00", "07:00", null, null, null, null));
        assertTrue(same.getMessage().contains("bedtime"), same.getMessage());
        ScenarioException p = assertThrows(ScenarioException.class,
                () -> new SleepSettings(null, null, 1.5, null, null, null));
        assertTrue(p.getMessage().contains("alertWakeProbability"), p.getMessage());
    }
}
