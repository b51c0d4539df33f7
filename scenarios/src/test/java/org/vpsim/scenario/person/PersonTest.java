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

class PersonTest {
    private static Person person(PersonSettings s, double age, long seed) {
        RandomStreams r = new RandomStreams(seed);
        return new Person(s, age, 70, r.stream("p", StreamPurpose.PERSON, 0), r.stream("p", StreamPurpose.PERSON, 1));
    }

    @Test
    void treatsALowThenRechecksAfterFifteenMinutes() {
        Person p = person(PersonSettings.defaults(), 30, 1);
        assertEquals(0.0, p.rescueCarbs(-5 * 60_000L, 68.0), "a single low reading is looked at again");
        double first = p.rescueCarbs(0, 65.0);
        assertTrue(first >= 15 && first <= 20, "15-20 g: " + first);
        assertEquals(0.0, p.rescueCarbs(5 * 60_000L, 60.0), "no second rescue within 15 min");
        assertEquals(0.0, p.rescueCarbs(10 * 60_000L, 62.0));
        assertEquals(0.0, p.rescueCarbs(15 * 60_000L, 67.0), "still low after 15 min but rising: wait");
        assertTrue(p.rescueCarbs(20 * 60_000L, 64.0) >= 15, "still low and not recovering: again");
        assertEquals(0.0, p.rescueCarbs(40 * 60_000L, 75.0), "not low");
        assertEquals(0.0, p.rescueCarbs(45 * 60_000L, 69.0), "one low reading: look again");
        assertEquals(0.0, p.rescueCarbs(47 * 60_000L, null), "no reading, no decision");
        assertTrue(p.rescueCarbs(80 * 60_000L, 50.0) > 0, "below 54 at once");
    }

    @Test
    void aChildsRescueIsCappedAtPointThreeGramsPerKilogram() {
        RandomStreams r = new RandomStreams(1);
        Person child = new Person(PersonSettings.defaults(), 8, 25, r.stream("c", StreamPurpose.PERSON, 0),
                r.stream("c", StreamPurpose.PERSON, 1));
        child.rescueCarbs(0, 60.0);
        assertEquals(7.5, child.rescueCarbs(5 * 60_000L, 60.0), 1e-12);
    }

    @Test
    void correctsAHighOnlyThreeHoursAfterTheLastBolusLessInsulinOnBoard() {
        Person p = person(PersonSettings.defaults(), 30, 1);
        p.bolusGiven(0);
        assertEquals(0.0, p.highCorrectionUnits(2 * 3_600_000L, 300.0, 110, 40, 0.5));
        assertEquals((300 - 110) / 40.0 - 0.5, p.highCorrectionUnits(3 * 3_600_000L, 300.0, 110, 40, 0.5), 1e-12);
        assertEquals(0.0, p.highCorrectionUnits(3 * 3_600_000L, 240.0, 110, 40, 0.0), "below 250");
    }

    @Test
    void companionTreatsSevereHypoglycaemiaOnPlasmaGlucose() {
        Person p = person(PersonSettings.defaults(), 10, 1);
        assertEquals(0.0, p.emergencyCarbs(0, 45));
        assertEquals(0.0, p.emergencyCarbs(60_000L, 38), "below 40 but not yet for 30 min");
        assertEquals(20.0, p.emergencyCarbs(31 * 60_000L, 35), "30 min below 40, untreated: incapacitated");
        assertEquals(0.0, p.emergencyCarbs(40 * 60_000L, 35));
        assertEquals(20.0, p.emergencyCarbs(46 * 60_000L, 35));
    }

    @Test
    void boluslessAndLateMealsOccurAtTheirProbabilities() {
        // 20,000 meals of an adolescent: missed p = 0.15 (SE 0.0025), late p = 0.2 of the rest (SE 0.0031);
        // 5 SE bands: false failure < 1e-6.
        Person p = person(PersonSettings.defaults(), 15, 3);
        int missed = 0;
        int late = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Person.BolusPlan plan = p.planMealBolus();
            if (plan.missed()) {
                missed++;
            } else if (plan.delayMillis() > 0) {
                late++;
                assertTrue(plan.delayMillis() >= 10 * 60_000L && plan.delayMillis() <= 45 * 60_000L);
            }
        }
        assertEquals(0.15, missed / (double) n, 5 * 0.0025);
        assertEquals(0.2, late / (double) (n - missed), 5 * 0.0031);
        assertEquals(0.05, PersonSettings.defaults().missedBolusProbabilityAt(40), 0.0);
        assertEquals(0.03, PersonSettings.defaults().missedBolusProbabilityAt(9), 0.0);
    }

    @Test
    void atALowReadingThePersonEntersLessThanTheMeal() {
        Person p = person(PersonSettings.defaults(), 30, 1);
        assertEquals(60.0, p.carbsToEnter(60, 150.0), 0.0);
        assertEquals(60.0, p.carbsToEnter(60, 70.0), 0.0);
        assertEquals(30.0, p.carbsToEnter(60, 69.0), 1e-12);
        assertEquals(60.0, p.carbsToEnter(60, null), 0.0);
        Person off = person(PersonSettings.off(), 30, 1);
        assertEquals(60.0, off.carbsToEnter(60, 60.0), 0.0);
        assertFalse(off.planMealBolus().missed());
        assertEquals(0.0, off.rescueCarbs(0, 40.0));
    }

    @Test
    void settingsRefuseBadValuesByName() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new PersonSettings(null, null,
                25.0, 20.0, null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertEquals("rescueMaxCarbsGrams", e.fieldPath(), e.getMessage());
    }

    @Test
    void sameSeedSameDecisions() {
        Person a = person(PersonSettings.defaults(), 15, 8);
        Person b = person(PersonSettings.defaults(), 15, 8);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.planMealBolus(), b.planMealBolus());
            assertEquals(a.rescueCarbs(i * 20L * 60_000L, 60.0), b.rescueCarbs(i * 20L * 60_000L, 60.0));
        }
    }
}
