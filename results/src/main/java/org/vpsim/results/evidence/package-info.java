/**
 * Built-in studies held against the trials they mirror: the evidence spec ({@code NAME.evidence.json}, read strictly
 * by {@link org.vpsim.results.evidence.EvidenceSpecReader}), the endpoints measured on one run
 * ({@link org.vpsim.results.evidence.EndpointMeasurement}: mean over each arm's patients of a summary metric, the
 * effect relative or absolute as the paper states it), their summary over seeds
 * ({@link org.vpsim.results.evidence.StudyEvidence}), the {@link org.vpsim.results.evidence.Verdict} rules and the
 * page ({@link org.vpsim.results.evidence.EvidencePage}).
 *
 * <p>Contract: everything here is a pure function of the spec and the summary rows; the page text holds no time,
 * date or version, so the same build and seeds give the same bytes. Running the studies is the {@code scenarios}
 * module's job ({@code org.vpsim.scenario.evidence}); this package needs no simulation.
 */
package org.vpsim.results.evidence;
