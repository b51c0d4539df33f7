/**
 * The built-in studies held against the trials they mirror.
 *
 * <p>Contract: a built-in study with a {@code NAME.evidence.json} next to its scenario (listed in the library's
 * {@code index.txt}) is a study with evidence; {@link org.vpsim.scenario.evidence.StudyEvidenceRunner} checks
 * the spec against the scenario (its name, its two arms), runs the scenario as {@code vpsim run NAME --seed S}
 * would for each seed, and measures the spec's endpoints on the run's summary rows. Results depend only on
 * the scenario, the seeds and the build, never on the thread count, so the evidence page is reproducible.
 */
package org.vpsim.scenario.evidence;
