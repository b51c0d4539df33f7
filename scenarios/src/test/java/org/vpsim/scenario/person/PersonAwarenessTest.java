package org.vpsim.scenario.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.scenario.model.PersonSettings;

/** Issue 14: impaired hypoglycaemia awareness, answers to CGM alerts, a suspected infusion set, severe episodes. */
class PersonAwarenessTest {
    private static final long MIN = 60_000L;

    private static PersonSettings impaired(double missed, double delayMinutes) {
        return new PersonSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, "impaired", null, missed, delayMinutes, null, null, null);
    }

    /** A generator whose every double is {@code u} (nextLong's top 53 bits). */
    private static UniformRandomProvider constant(double u) {
        long bits = (long) (u * (1L << 53)) << 11;
        return () -> bits;
    }

    private static Person person(PersonSettings s, UniformRandomProvider behaviour) {
        RandomStreams r = new RandomStreams(1);
        return new Person(s, 40, 70, r.stream("p", StreamPurpose.PERSON, 0), r.stream("p", StreamPurpose.PERSON, 1),
                behaviour);
    }

    @Test
    void withImpairedAwarenessMissedSymptomsAreNeverTreatedInThatEpisode() {
        Person p = person(impaired(1.0, 15), constant(0.5));
        assertFalse(p.actsOnLowReadings());
        for (long t = 0; t < 120; t += 5) {
            assertEquals(0.0, p.rescueOnSymptoms(t * MIN, 40.0), "minute " + t);
        }
        // back above the rescue threshold ends the episode; the next one draws again (and is missed again)
        assertEquals(0.0, p.rescueOnSymptoms(125 * MIN, 90.0));
        assertEquals(0.0, p.rescueOnSymptoms(130 * MIN, 40.0));
    }

    @Test
    void noticedSymptomsAreTreatedAfterTheDrawnDelayAndAgainWhileStillLow() {
        // u = 1 - e^-1: every exponential delay is exactly its mean, 15 min; u > 0 so the symptoms are noticed
        Person p = person(impaired(0.0, 15), constant(1 - Math.exp(-1)));
        assertEquals(0.0, p.rescueOnSymptoms(0, 60.0), "below the rescue threshold but above the 45 mg/dL symptoms");
        assertEquals(0.0, p.rescueOnSymptoms(5 * MIN, 44.0), "symptoms start: treatment 15 min later");
        assertEquals(0.0, p.rescueOnSymptoms(15 * MIN, 42.0));
        double first = p.rescueOnSymptoms(20 * MIN, 41.0);
        assertTrue(first >= 15 && first <= 20, "15-20 g: " + first);
        assertEquals(0.0, p.rescueOnSymptoms(30 * MIN, 43.0), "re-check after 15 min");
        assertTrue(p.rescueOnSymptoms(35 * MIN, 43.0) > 0, "still symptomatic: treats again");
        assertEquals(0.0, p.rescueOnSymptoms(50 * MIN, 55.0), "recovering above the symptom threshold");
    }

    @Test
    void normalAwarenessIsThePersonOfBeforeAndIgnoresSymptomsLogic() {
        Person p = person(PersonSettings.defaults(), constant(0.5));
        assertTrue(p.actsOnLowReadings());
        assertEquals(0.0, p.rescueOnSymptoms(0, 30.0));
    }

    @Test
    void aLowAlertIsItsOwnConfirmationAndAPredictedLowIsTreatedNearTheThreshold() {
        Person p = person(PersonSettings.defaults(), constant(0.5));
        assertTrue(p.rescueOnAlert(0, 65.0, false) > 0, "no second reading needed after an alert");
        assertEquals(0.0, p.rescueOnAlert(10 * MIN, 60.0, false), "within 15 min of a rescue");
        Person q = person(PersonSettings.defaults(), constant(0.5));
        assertTrue(q.rescueOnAlert(0, 80.0, true) > 0, "predicted low at 80 mg/dL: treated");
        Person r = person(PersonSettings.defaults(), constant(0.5));
        assertEquals(0.0, r.rescueOnAlert(0, 95.0, true), "predicted low but 95 mg/dL: waits");
        assertEquals(0.0, r.rescueOnAlert(0, null, false), "no reading");
        // the response time is exponential: u = 1 - e^-1 gives exactly the 10-min mean
        assertEquals(10 * MIN, person(PersonSettings.defaults(), constant(1 - Math.exp(-1))).alertResponseMillis());
    }

    @Test
    void theSetIsSuspectedWhenACorrectionHasNotBroughtTheHighDownWithinTheWindow() {
        PersonSettings s = new PersonSettings(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, "alert", 60.0);
        Person p = person(s, constant(0.5));
        assertFalse(p.suspectsSet(0, 300.0), "no correction yet");
        p.correctionGiven(0, 300.0);
        assertFalse(p.suspectsSet(45 * MIN, 320.0), "too early");
        assertFalse(p.suspectsSet(60 * MIN, 280.0), "falling: the correction works");
        assertTrue(p.suspectsSet(60 * MIN, 300.0), "not lower an hour later");
        assertFalse(p.suspectsSet(4 * 60 * MIN, 350.0), "beyond the 3-h correction wait: a new correction instead");
        assertEquals((310 - 110) / 40.0, Person.correctionAfterSetChange(310, 110, 40), 1e-12);
        assertFalse(person(PersonSettings.defaults(), constant(0.5)).suspectsSet(60 * MIN, 300.0),
                "absent suspectSetAfterMinutes: never");
    }

    @Test
    void aSevereEpisodeIsCountedOnceHoweverManyTreatmentsItTakes() {
        Person p = person(PersonSettings.defaults(), constant(0.5));
        assertEquals(0.0, p.emergencyCarbs(0, 35), "not yet 30 min below 40");
        assertTrue(p.emergencyCarbs(30 * MIN, 35) > 0);
        p.observePlasma(35);
        assertTrue(p.emergencyCarbs(45 * MIN, 38) > 0);
        p.observePlasma(60);
        assertEquals(1, p.severeEpisodes(), "60 mg/dL is not yet recovered");
        p.emergencyCarbs(100 * MIN, 80);
        p.observePlasma(80);
        assertEquals(0.0, p.emergencyCarbs(120 * MIN, 36));
        assertTrue(p.emergencyCarbs(150 * MIN, 36) > 0);
        assertEquals(2, p.severeEpisodes());
    }
}
