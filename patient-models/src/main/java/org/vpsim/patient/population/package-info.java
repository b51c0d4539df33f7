/**
 * Virtual populations and patient files.
 *
 * <p>Contract: {@link org.vpsim.patient.population.PopulationGenerator} draws patient i of a model from the stream
 * keyed (seed, "model#i", POPULATION) until a draw is plausible (steady state, basal 0.1–3 U/h, carb ratio 2–30
 * g/U), so a population is a pure function of (model, seed) and each patient records its seed, index and
 * attempts. {@link org.vpsim.patient.population.PopulationFile} writes populations in the project's patient JSON
 * format and loads any such file as a {@link org.vpsim.patient.PatientCohort}, with errors that name the file,
 * the patient's position and the field. Models plug in through
 * {@link org.vpsim.patient.population.PopulationModel} (registered in {@link org.vpsim.patient.PatientModels}).
 * {@link org.vpsim.patient.population.InterimTherapyRule} is the one place where therapy settings are made up for
 * models that publish none; {@link org.vpsim.patient.population.AdultReference} is the one place where a sampled
 * patient borrows what its own model leaves free (fasting glucose, basal insulin) from the published UVA/Padova
 * adults.
 */
package org.vpsim.patient.population;
