/**
 * The Bergman minimal model (Bergman 1979) with the subcutaneous insulin and oral glucose subsystems of ReplayBG
 * (Cappon et al. 2023), its nominal patient, its population (ReplayBG's priors), and reading such patients from patient
 * files.
 *
 * <p>Contract: {@link org.vpsim.patient.bergman.BergmanMinimalModel} is a pure 9-state ODE at steady state at Gb
 * under its own basal (which defines basal plasma insulin); {@link org.vpsim.patient.bergman.BergmanPopulation} samples
 * patients from ReplayBG's prior distributions. Therapy settings other than the basal come from
 * {@link org.vpsim.patient.population.InterimTherapyRule}.
 */
package org.vpsim.patient.bergman;
