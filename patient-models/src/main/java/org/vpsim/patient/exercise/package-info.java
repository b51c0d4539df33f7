/**
 * Published models of the effect of physical exercise on glucose and insulin.
 *
 * <p>Contract: {@link org.vpsim.patient.exercise.RoyParker2007} gives the five extra states and their derivatives
 * of Roy &amp; Parker 2007 for a model that embeds them (the Bergman minimal model); every state is 0 at rest and
 * stays 0 without exercise. Which models represent exercise is {@link org.vpsim.patient.PatientModel#representsExercise()};
 * the intensity arrives as {@link org.vpsim.patient.ModelInputs#exerciseIntensityPercent()}.
 */
package org.vpsim.patient.exercise;
