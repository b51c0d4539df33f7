package org.vpsim.patient;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.nio.file.Path;
import org.vpsim.patient.bergman.BergmanMinimalModel;
import org.vpsim.patient.bergman.BergmanPopulation;
import org.vpsim.patient.hovorka.HovorkaPopulation;
import org.vpsim.patient.population.PopulationFile;
import org.vpsim.patient.population.PopulationModel;
import org.vpsim.patient.uva.UvaPadovaPopulation;
import org.vpsim.patient.hovorka.HovorkaCohort;
import org.vpsim.patient.uva.UvaPadovaCohort;

/**
 * Registry of patient models by id: {@code uva-padova-2008} (30 published patients), {@code hovorka-2004}
 * and {@code bergman-minimal} (each its nominal patient). Immutable: adding a model means adding one entry here.
 */
public final class PatientModels {
    /** The model used when none is named. */
    public static final String DEFAULT_MODEL_ID = "uva-padova-2008";

    private static final Map<String, Supplier<PatientCohort>> COHORTS = Map.of(
            UvaPadovaCohort.MODEL_ID, UvaPadovaCohort::standard,
            HovorkaCohort.MODEL_ID, HovorkaCohort::standard,
            BergmanMinimalModel.MODEL_ID, BergmanMinimalModel::standardCohort);

    private static final Map<String, Supplier<PopulationModel>> POPULATIONS = Map.of(
            UvaPadovaCohort.MODEL_ID, UvaPadovaPopulation::standard,
            HovorkaCohort.MODEL_ID, HovorkaPopulation::standard,
            BergmanMinimalModel.MODEL_ID, BergmanPopulation::standard);

    private PatientModels() {
    }

    /** Registered model ids, sorted. */
    public static List<String> modelIds() {
        return List.copyOf(new TreeMap<>(COHORTS).keySet());
    }

    /**
     * The cohort of model {@code modelId}.
     *
     * @throws IllegalArgumentException naming the unknown id and listing the known ones
     */
    public static PatientCohort cohort(String modelId) {
        Supplier<PatientCohort> s = modelId == null ? null : COHORTS.get(modelId);
        if (s == null) {
            throw new IllegalArgumentException("unknown patient model '" + modelId + "'; known models: "
                    + String.join(", ", modelIds()));
        }
        return s.get();
    }

    /**
     * How model {@code modelId} samples populations and reads patient files.
     *
     * @throws IllegalArgumentException naming the unknown id and listing the known ones
     */
    public static PopulationModel population(String modelId) {
        Supplier<PopulationModel> s = modelId == null ? null : POPULATIONS.get(modelId);
        if (s == null) {
            throw new IllegalArgumentException("unknown patient model '" + modelId + "'; known models: "
                    + String.join(", ", modelIds()));
        }
        return s.get();
    }

    /** Whether model {@code modelId}'s patients represent exercise ({@link PatientModel#representsExercise()}). */
    public static boolean representsExercise(String modelId) {
        PatientCohort c = cohort(modelId);
        return c.patient(c.patientNames().get(0)).representsExercise();
    }

    /** Ids of the models that represent exercise, sorted. */
    public static List<String> exerciseModelIds() {
        return modelIds().stream().filter(PatientModels::representsExercise).toList();
    }

    /** The cohort in a patient file (e.g. one written by {@code vpsim cohort generate}). */
    public static PatientCohort cohortFromFile(Path file) {
        return PopulationFile.load(file, PatientModels::population);
    }

    /** One patient of one model, e.g. {@code create("uva-padova-2008", "adult#001")}. */
    public static PatientModel create(String modelId, String patientName) {
        return cohort(modelId).patient(patientName);
    }
}
