package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModels;
import org.vpsim.patient.population.PopulationGenerator;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.scenario.model.Cohort;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioLibrary;

/**
 * Issue 13's plausible-cohort check for the sampled Hovorka 2004 population: 30 patients (seed 1) × 14 days of the
 * default study (titrated therapy, the simulated person, variability) give lows a clinician recognises — TBR&lt;70
 * 1–5 %, TBR&lt;54 at most 1.5 % (the plausible-cohort ranges of the README), CV at most 36 % (Battelino 2019) — and
 * no patient is driven below 20 mg/dL (the negative endogenous production of the unbounded EGP0·(1 − x3) took
 * patients to 0 mg/dL). Deterministic (fixed population and study seeds); measured 3.29 %, 0.46 %, 34.3 %, lowest
 * 30.6 mg/dL, so the bounds leave room for numerical change but not for the causes found.
 */
class SampledCohortPlausibilityTest {
    @Test
    void thirtySampledHovorkaPatientsOverTwoWeeksHaveClinicallyPlausibleLows() {
        Scenario s = new ScenarioLibrary().load("default-study").withDurationDays(14)
                .withModel("hovorka-2004", new Cohort(List.of("nominal"), null)).withSeed(1);
        PopulationGenerator.Population pop = PopulationGenerator.generate(PatientModels.population("hovorka-2004"), 30, 1);
        double tbr70 = 0;
        double tbr54 = 0;
        double cv = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (PopulationGenerator.Accepted a : pop.patients()) {
            PatientSimulation.Result r = PatientSimulation.run(s, s.arms().get(0), a.candidate().model());
            tbr70 += r.summary().plasma().metrics().tbrBelow70Pct() / 30;
            tbr54 += r.summary().plasma().metrics().tbrBelow54Pct() / 30;
            cv += r.summary().plasma().metrics().cvPct() / 30;
            lowest = Math.min(lowest, r.rows().stream().mapToDouble(TimeseriesRow::glucoseMgDl).min().orElseThrow());
        }
        assertTrue(tbr70 >= 1 && tbr70 <= 5, "TBR<70 " + tbr70);
        assertTrue(tbr54 <= 1.5, "TBR<54 " + tbr54);
        assertTrue(cv <= 36, "CV " + cv);
        assertTrue(lowest > 20, "lowest " + lowest);
    }
}
