package org.vpsim.patient.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.hovorka.Hovorka2004Model;

class PopulationGeneratorTest {
    @TempDir
    Path dir;

    private static void assertPlausible(PopulationGenerator.Population pop) {
        for (PopulationGenerator.Accepted a : pop.patients()) {
            PatientModel m = a.candidate().model();
            assertTrue(PopulationGenerator.hasSteadyState(m), m.patientName());
            double basal = m.therapy().basalInsulinUnitsPerHour();
            assertTrue(basal >= 0.1 && basal <= 3, m.patientName() + " basal " + basal);
            double cr = m.therapy().carbRatioGramsPerUnit();
            assertTrue(cr >= 2 && cr <= 30, m.patientName() + " CR " + cr);
            assertTrue(a.attempts() >= 1);
        }
    }

    @Test
    void aThousandHovorkaPatientsAreReproducibleFromTheSeedAndAllHaveASteadyState() throws IOException {
        PopulationModel model = PatientModels.population("hovorka-2004");
        PopulationGenerator.Population a = PopulationGenerator.generate(model, 1000, 42);
        PopulationGenerator.Population b = PopulationGenerator.generate(model, 1000, 42);
        assertEquals(1000, a.patients().size());
        assertPlausible(a);
        Path fa = dir.resolve("a.json");
        Path fb = dir.resolve("b.json");
        PopulationFile.write(fa, a, "test");
        PopulationFile.write(fb, b, "test");
        assertArrayEquals(Files.readAllBytes(fa), Files.readAllBytes(fb));
        // Another seed gives another population; a smaller population is a prefix of the larger one.
        PopulationGenerator.Population c = PopulationGenerator.generate(model, 10, 43);
        assertFalse(c.patients().get(0).candidate().json().equals(a.patients().get(0).candidate().json()));
        PopulationGenerator.Population prefix = PopulationGenerator.generate(model, 10, 42);
        for (int i = 0; i < 10; i++) {
            assertEquals(a.patients().get(i).candidate().json(), prefix.patients().get(i).candidate().json());
        }
    }

    @Test
    void hovorkaCarbBioavailabilityFollowsItsPublishedUniformDistribution() {
        // AG ~ U(0.7, 1.2) (Wilinska 2010) does not enter the steady state, so rejection does not bias it.
        // Kolmogorov–Smirnov at p > 1e-4: false-failure rate 1e-4 (fixed seed: the outcome is deterministic).
        PopulationGenerator.Population pop = PopulationGenerator.generate(PatientModels.population("hovorka-2004"), 1000, 7);
        double[] ag = pop.patients().stream().mapToDouble(a -> a.candidate().json().get("AG").doubleValue()).toArray();
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0.7, 1.2), ag);
        assertTrue(p > 1e-4, "KS p = " + p);
    }

    @Test
    void uvaPadovaPopulationIsPlausibleAndItsBodyWeightsFollowTheFittedGroupMeans() {
        PopulationGenerator.Population pop = PopulationGenerator.generate(PatientModels.population("uva-padova-2008"), 300, 11);
        assertPlausible(pop);
        PatientCohort published = PatientModels.cohort("uva-padova-2008");
        String[] groups = {"adolescents", "adults", "children"};
        for (int g = 0; g < 3; g++) {
            final String group = groups[g];
            double[] sampled = pop.patients().stream().filter(a -> group.equals(a.candidate().group()))
                    .mapToDouble(a -> Math.log(a.candidate().model().therapy().bodyWeightKg())).toArray();
            double[] fitted = published.resolve(group).stream()
                    .mapToDouble(m -> Math.log(m.therapy().bodyWeightKg())).toArray();
            double mean = java.util.Arrays.stream(fitted).average().orElseThrow();
            double var = java.util.Arrays.stream(fitted).map(v -> (v - mean) * (v - mean)).sum() / (fitted.length - 1);
            double sampledMean = java.util.Arrays.stream(sampled).average().orElseThrow();
            // 4.5 standard errors: two-sided false-failure rate 7e-6 for an unbiased sampler.
            double se = Math.sqrt(var / sampled.length);
            assertEquals(mean, sampledMean, 4.5 * se, group + " mean log BW");
        }
    }

    @Test
    void aWrittenPopulationLoadsBackAsTheSamePatients() throws IOException {
        for (String id : List.of("hovorka-2004", "uva-padova-2008")) {
            PopulationGenerator.Population pop = PopulationGenerator.generate(PatientModels.population(id), 12, 5);
            Path f = dir.resolve(id + ".json");
            PopulationFile.write(f, pop, "vpsim cohort generate");
            PatientCohort cohort = PatientModels.cohortFromFile(f);
            assertEquals(id, cohort.modelId());
            assertEquals(12, cohort.patientNames().size());
            for (PopulationGenerator.Accepted a : pop.patients()) {
                PatientModel original = a.candidate().model();
                PatientModel loaded = cohort.patient(original.patientName());
                assertArrayEquals(original.initialState(), loaded.initialState(), 0.0);
                assertEquals(original.therapy(), loaded.therapy());
            }
            assertTrue(cohort.groupNames().contains("all"));
            assertEquals(12, cohort.resolve("all").size());
        }
    }

    @Test
    void badPatientFilesAreRefusedWithTheFileAndFieldNamed() throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> PatientModels.cohortFromFile(dir.resolve("nope.json")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"model\": \"hovorka-2004\", \"patients\": [{\"name\": \"x\", \"BW\": 70}]}");
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
                () -> PatientModels.cohortFromFile(broken));
        assertTrue(field.getMessage().contains("patients[0]") && field.getMessage().contains("EGP0"), field.getMessage());
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "{\"model\": \"sorensen\", \"patients\": []}");
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> PatientModels.cohortFromFile(unknown));
        assertTrue(model.getMessage().contains("sorensen"), model.getMessage());
        Path notJson = dir.resolve("text.json");
        Files.writeString(notJson, "patients: none");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PatientModels.cohortFromFile(notJson))
                .getMessage().contains("not valid JSON"));
    }

    @Test
    void everyModelSamples() {
        for (String id : PatientModels.modelIds()) {
            assertTrue(PatientModels.population(id).samples(), id);
            assertEquals(id, PatientModels.population(id).modelId());
        }
    }

    @Test
    void bergmanPatientsFollowReplayBgPriorsAndAreReproducible() {
        // ReplayBG priors (py_replay_bg logpriors_t1d.py): SI·VG ~ Gamma(3.3, 5e-4), Gb ~ N(119.13, 7.11²) on
        // [70, 180], √p2 ~ N(0.11, 0.004²); kd > ka2 and kabs < kempt = kgri by construction. Neither SI nor Gb
        // nor p2 enters the rejection rules (any basal is a steady state at Gb; the interim CR depends on the basal
        // only), so their draws are unbiased. Kolmogorov–Smirnov at p > 1e-4 each: false-failure rate 3e-4 (fixed
        // seed: deterministic).
        PopulationModel model = PatientModels.population("bergman-minimal");
        PopulationGenerator.Population pop = PopulationGenerator.generate(model, 1000, 11);
        assertPlausible(pop);
        double[] siVg = column(pop, "SI", "VG", true);
        double[] gb = column(pop, "Gb", null, false);
        double[] sqrtP2 = pop.patients().stream().mapToDouble(a -> Math.sqrt(a.candidate().json().get("p2").doubleValue()))
                .toArray();
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        assertTrue(ks.kolmogorovSmirnovTest(new GammaDistribution(3.3, 5e-4), siVg) > 1e-4, "SI·VG");
        assertTrue(ks.kolmogorovSmirnovTest(truncatedNormal(119.13, 7.11, 70, 180), gb) > 1e-4, "Gb");
        assertTrue(ks.kolmogorovSmirnovTest(new NormalDistribution(0.11, 0.004), sqrtP2) > 1e-4, "sqrt(p2)");
        for (PopulationGenerator.Accepted a : pop.patients()) {
            var j = a.candidate().json();
            assertTrue(j.get("kd").doubleValue() > j.get("ka2").doubleValue(), "kd > ka2");
            assertTrue(j.get("kabs").doubleValue() < j.get("kempt").doubleValue(), "kabs < kempt");
            assertEquals(j.get("kempt").doubleValue(), j.get("kgri").doubleValue(), 0.0);
        }
        PopulationGenerator.Population again = PopulationGenerator.generate(model, 10, 11);
        for (int i = 0; i < 10; i++) {
            assertEquals(pop.patients().get(i).candidate().json(), again.patients().get(i).candidate().json());
        }
    }

    @Test
    void sampledHovorkaPatientsAreHeldAtThePublishedAdultsFastingGlucose() {
        // Gb ~ N(mean, SD²) of the 10 published UVA/Padova adults' fasting glucose (142.8 ± 6.3 mg/dL), truncated at
        // ±3 SD. It does enter the rejection rules (steady state, basal), so only its range and mean are checked:
        // the mean of 1000 draws is within 4 standard errors (false-failure rate 6e-5, deterministic seed).
        AdultReference.NormalFit f = AdultReference.FASTING_GLUCOSE_MG_DL;
        assertEquals(142.8, f.mean(), 0.05);
        assertEquals(6.26, f.sd(), 0.01);
        PopulationGenerator.Population pop = PopulationGenerator.generate(PatientModels.population("hovorka-2004"), 1000, 5);
        double[] gb = column(pop, "Gb", null, false);
        double mean = 0;
        for (double g : gb) {
            assertTrue(g >= f.mean() - 3 * f.sd() && g <= f.mean() + 3 * f.sd(), "Gb " + g);
            mean += g / gb.length;
        }
        assertEquals(f.mean(), mean, 4 * f.sd() / Math.sqrt(gb.length));
        for (PopulationGenerator.Accepted a : pop.patients()) {
            PatientModel m = a.candidate().model();
            assertEquals(a.candidate().json().get("Gb").doubleValue(), m.plasmaGlucoseMgDl(m.initialState()), 1e-9);
        }
    }

    private static double[] column(PopulationGenerator.Population pop, String field, String times, boolean multiply) {
        return pop.patients().stream().mapToDouble(a -> {
            double v = a.candidate().json().get(field).doubleValue();
            return multiply ? v * a.candidate().json().get(times).doubleValue() : v;
        }).toArray();
    }

    /** N(mean, sd²) truncated to [lo, hi] as a Commons Math distribution (its CDF is all KS needs). */
    private static org.apache.commons.math3.distribution.AbstractRealDistribution truncatedNormal(double mean, double sd,
                                                                                              double lo, double hi) {
        NormalDistribution n = new NormalDistribution(mean, sd);
        double a = n.cumulativeProbability(lo);
        double z = n.cumulativeProbability(hi) - a;
        return new org.apache.commons.math3.distribution.AbstractRealDistribution(null) {
            @Override
            public double density(double x) {
                return x < lo || x > hi ? 0 : n.density(x) / z;
            }

            @Override
            public double cumulativeProbability(double x) {
                return x <= lo ? 0 : x >= hi ? 1 : (n.cumulativeProbability(x) - a) / z;
            }

            @Override
            public double getNumericalMean() {
                return mean;
            }

            @Override
            public double getNumericalVariance() {
                return sd * sd;
            }

            @Override
            public double getSupportLowerBound() {
                return lo;
            }

            @Override
            public double getSupportUpperBound() {
                return hi;
            }

            @Override
            public boolean isSupportLowerBoundInclusive() {
                return true;
            }

            @Override
            public boolean isSupportUpperBoundInclusive() {
                return true;
            }

            @Override
            public boolean isSupportConnected() {
                return true;
            }
        };
    }
}
