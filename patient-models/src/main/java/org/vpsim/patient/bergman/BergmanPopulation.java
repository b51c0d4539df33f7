package org.vpsim.patient.bergman;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.patient.population.PopulationModel;

/**
 * Bergman minimal-model patients in a patient file (fields BW, Gb, u2ss, SG, SI, p2, VG, VI, ke, kd, ka2, kgri,
 * kempt, kabs, f, alpha, optional Age and group). ReplayBG identifies its parameters per patient from data and
 * publishes no population distribution, so this model cannot be sampled: {@link #draw} refuses.
 */
public final class BergmanPopulation implements PopulationModel {
    private static final BergmanPopulation INSTANCE = new BergmanPopulation();

    private BergmanPopulation() {
    }

    public static BergmanPopulation standard() {
        return INSTANCE;
    }

    @Override
    public String modelId() {
        return BergmanMinimalModel.MODEL_ID;
    }

    @Override
    public String distributionSource() {
        return "none published (ReplayBG identifies each patient from data)";
    }

    @Override
    public boolean samples() {
        return false;
    }

    @Override
    public Candidate draw(UniformRandomProvider rng, int index) {
        throw new UnsupportedOperationException(modelId() + " has no published population distribution to sample");
    }

    @Override
    public Candidate read(JsonNode j, String where) {
        String name = j.path("name").asText("");
        if (name.isBlank()) {
            throw new IllegalArgumentException(where + ": name is missing");
        }
        BergmanParameters p = new BergmanParameters(num(j, where, "BW"), num(j, where, "Gb"), num(j, where, "u2ss"),
                num(j, where, "SG"), num(j, where, "SI"), num(j, where, "p2"), num(j, where, "VG"),
                num(j, where, "VI"), num(j, where, "ke"), num(j, where, "kd"), num(j, where, "ka2"),
                num(j, where, "kgri"), num(j, where, "kempt"), num(j, where, "kabs"), num(j, where, "f"),
                num(j, where, "alpha"));
        double age = j.has("Age") ? num(j, where, "Age") : Double.NaN;
        return new Candidate(new BergmanMinimalModel(name, p, age), j.path("group").asText(null), null);
    }

    private static double num(JsonNode j, String where, String field) {
        JsonNode v = j.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(where + ": " + field + " is missing or not a number");
        }
        return v.doubleValue();
    }
}
